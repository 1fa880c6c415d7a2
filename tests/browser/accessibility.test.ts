// axe-core on the popup (its page view on the seed post, the library with saved claims, a claim's editor and
// the "Passage gone" list) and the options page, in the real extension, light and dark: no serious or critical
// violation.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations, describeViolations, seriousOnly } from './axe';
import { chromiumPath, type ExtensionSession, launchExtension } from './harness';

async function expectAccessible(page: Page) {
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    const serious = seriousOnly(await axeViolations(page));
    expect(serious, `${colorScheme}:\n${describeViolations(serious)}`).toEqual([]);
  }
}

describe.skipIf(!chromiumPath)('accessibility of the popup and the options page', () => {
  let session: ExtensionSession;

  beforeAll(async () => {
    session = await launchExtension();
  });

  afterAll(async () => {
    await session?.close();
  });

  it('the popup’s page view on the seed post, with a claim saved', async () => {
    const article = await session.openPage('/seed/seed-original.html');
    await article.waitForFunction(
      () => document.querySelectorAll('[data-sourcelight-outlet]').length >= 3,
      undefined,
      {
        timeout: 20_000,
      },
    );
    const popup = await session.openPopup();
    await article.bringToFront();
    await popup.reload();
    await popup.locator('.sl-page-claim').first().waitFor();
    await popup.locator('.sl-page-claim').first().getByRole('button', { name: 'Save' }).click();
    await popup.locator('.sl-saved').first().waitFor();
    await popup.locator('.sl-page-claim').first().getByRole('button', { name: 'Add note' }).click();
    await expectAccessible(popup);
  });

  it('the popup’s library', async () => {
    const popup = await session.openPopup('view=library');
    await popup.locator('[role="option"]').first().waitFor();
    await popup.getByText('Filter and sort').click();
    await expectAccessible(popup);
    await popup.locator('[role="option"]').first().click();
    await popup.locator('.sl-editor').waitFor();
    await expectAccessible(popup);
    await popup.getByRole('tab', { name: 'Passage gone' }).click();
    await popup.locator('.sl-orphans').waitFor();
    await expectAccessible(popup);
  });

  it('the options page, history listed and clearing asked', async () => {
    const options = await session.openExtensionPage('options.html');
    await options.locator('.sl-history-list li').first().waitFor();
    await expectAccessible(options);
    await options.getByRole('button', { name: 'Clear history' }).click();
    await expectAccessible(options);
    session.assertNoErrors();
  });
});
