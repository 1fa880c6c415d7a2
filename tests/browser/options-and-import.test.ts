// The options page in the real extension: it fits a 400 px window without a clipped column or a sideways
// scroll, lists the history Sourcelight keeps and clears it (after a confirmation) without touching saved
// claims; and the library imports a backup itself, refusing a malformed file with a message.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Claim } from '../../utils/claims/types';
import { exportLibrary } from '../../utils/export';
import type { ClaimRecord } from '../../utils/storage/types';
import { chromiumPath, type ExtensionSession, launchExtension, sendFromPage } from './harness';

const PAGES = ['/seed/seed-original.html', '/seed/seed-syndicated.html'];

function claimOn(pageUrl: string, id: string, text: string): Claim & { pageUrl: string } {
  return {
    id,
    text,
    kind: 'reported',
    quoteId: 'q1',
    publication: 'Zero Hedge',
    outlet: 'Reuters',
    speaker: null,
    score: 0.6,
    reasons: [],
    selector: {
      quote: { type: 'TextQuoteSelector', exact: text, prefix: '', suffix: '' },
      position: { type: 'TextPositionSelector', start: 0, end: text.length },
    },
    pageUrl,
  };
}

/** Elements of the page whose right edge is past the window's, and how wide the document scrolls. */
function overflowAt(page: Page) {
  return page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    const past = [...document.querySelectorAll('main *')]
      .filter((el) => el.getBoundingClientRect().right > width + 0.5)
      .map((el) => `${el.tagName.toLowerCase()}.${el.className}`);
    return { width, scrollWidth: document.documentElement.scrollWidth, past };
  });
}

/** The pages the options page lists as history, read again from the library. */
async function historyShown(page: Page): Promise<Array<{ url: string; title: string }>> {
  await page.reload();
  await page.locator('.sl-history .sl-count').filter({ hasNotText: 'Reading' }).waitFor();
  return page
    .locator('.sl-history-list li a')
    .evaluateAll((links) =>
      links.map((a) => ({ url: (a as HTMLAnchorElement).href, title: a.textContent ?? '' })),
    );
}

describe.skipIf(!chromiumPath)('options and import in the real extension', () => {
  let session: ExtensionSession;

  beforeAll(async () => {
    session = await launchExtension();
  });

  afterAll(async () => {
    await session?.close();
  });

  it('lists the history at 400 px wide and clears it, keeping saved claims', async () => {
    for (const path of PAGES) {
      const page = await session.openPage(path);
      await page.waitForFunction(
        () => document.querySelectorAll('[data-sourcelight-outlet]').length > 0,
        undefined,
        {
          timeout: 20_000,
        },
      );
    }
    const options = await session.openExtensionPage('options.html');
    await expect.poll(async () => (await historyShown(options)).length, { timeout: 15_000 }).toBe(2);
    const pages = await historyShown(options);
    const kept = claimOn(pages[0].url, 'kept-1', 'At least 40 fighters were killed near Hama on Tuesday.');
    await sendFromPage(options, 'claim/save', {
      claim: kept,
      pageUrl: kept.pageUrl,
      pageTitle: pages[0].title,
    });

    await options.setViewportSize({ width: 400, height: 900 });
    await options.reload();
    await expect.poll(() => options.locator('.sl-history-list li').count()).toBe(2);
    const fit = await overflowAt(options);
    expect(fit.width).toBe(400);
    expect(fit.past).toEqual([]);
    expect(fit.scrollWidth).toBeLessThanOrEqual(fit.width);

    await options.getByRole('button', { name: 'Clear history' }).click();
    expect(await options.locator('.sl-history-list li').count()).toBe(2);
    await options.getByRole('button', { name: 'Yes, clear history' }).click();
    await expect
      .poll(() => options.locator('.sl-history [role="status"]').textContent())
      .toContain('History cleared');
    // The page a claim was saved from stays; the other goes.
    await expect.poll(() => options.locator('.sl-history-list li').count()).toBe(1);
    expect(await options.locator('.sl-history-list li a').textContent()).toBe(pages[0].title);
    // The saved claim is still in the library.
    const popup = await session.openPopup('view=library');
    await expect.poll(() => popup.locator('.sl-count').textContent()).toBe('1 saved claim');
    expect(await popup.locator('[role="option"]').allTextContents()).toEqual([
      expect.stringContaining('At least 40 fighters were killed near Hama'),
    ]);
    await popup.close();
    session.assertNoErrors();
  });

  it('imports a backup from the library, and refuses a malformed one with a message', async () => {
    const library = await session.openPopup('view=library');
    await expect.poll(() => library.locator('.sl-count').textContent()).toBe('1 saved claim');
    const picker = library.getByLabel('Import a backup');

    await picker.setInputFiles({
      name: 'broken.jsonl',
      mimeType: 'application/jsonl',
      buffer: Buffer.from('{"format":"sourcelight-backup","version":2,"claims":1}\n{"claim":{"id":'),
    });
    const alert = library.locator('.sl-import-errors[role="alert"]');
    await alert.waitFor();
    expect(await alert.textContent()).toContain('This file was not imported, and nothing saved has changed');
    expect(await library.locator('.sl-count').textContent()).toBe('1 saved claim');

    const record: ClaimRecord = {
      ...claimOn('https://blog.example/post', 'imported-1', 'Damascus airport was closed for six hours.'),
      pageTitle: 'A post',
      savedAt: 1_700_000_000_000,
      note: 'from the backup',
      tags: ['imported'],
      updatedAt: 1_700_000_000_000,
      version: 1,
      orphanedAt: null,
    };
    const backup = exportLibrary('json', [record], [], 1_700_000_100_000);
    await picker.setInputFiles({
      name: backup.filename,
      mimeType: backup.mime,
      buffer: Buffer.from(backup.parts.join('')),
    });
    await expect.poll(() => library.locator('.sl-import-result').textContent()).toContain('1 new claim');
    await expect.poll(() => library.locator('.sl-count').textContent()).toBe('2 saved claims');
    expect(await library.locator('[role="option"]').allTextContents()).toEqual(
      expect.arrayContaining([expect.stringContaining('Damascus airport was closed')]),
    );
    session.assertNoErrors();
  });
});
