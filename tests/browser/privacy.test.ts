// What a page can learn of its reader through Sourcelight: nothing of what they saved or type, and, on a page
// without quotations, not even that Sourcelight is installed. The page's own scripts are played here by
// playwright's evaluate (the page's world) and init scripts.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumPath, type ExtensionSession, launchExtension } from './harness';
import { Overlay } from './overlay';

/** Every highlight in the page-readable registry: its name and the text of each of its ranges. */
function registry(page: Page): Promise<Array<[string, string[]]>> {
  return page.evaluate(() =>
    [...CSS.highlights]
      .map(([name, highlight]): [string, string[]] => [
        name,
        [...highlight]
          .map((r) => {
            const range = document.createRange();
            range.setStart(r.startContainer, r.startOffset);
            range.setEnd(r.endContainer, r.endOffset);
            return range.toString();
          })
          .sort(),
      ])
      .sort(([a], [b]) => a.localeCompare(b)),
  );
}

async function seedWithMarks(session: ExtensionSession): Promise<Page> {
  const page = await session.openPage('/seed/seed-original.html');
  await page.waitForFunction(
    () => document.querySelectorAll('blockquote[data-sourcelight-outlet]').length >= 3,
  );
  await page.waitForFunction(() => CSS.highlights.size > 0);
  return page;
}

describe.skipIf(!chromiumPath)('privacy', () => {
  let session: ExtensionSession;

  beforeAll(async () => {
    session = await launchExtension();
  });

  afterAll(async () => {
    await session?.close();
  });

  it('a page reading CSS.highlights learns nothing about the claims saved or opened', async () => {
    const page = await seedWithMarks(session);
    const calm = await registry(page);
    const overlay = await Overlay.of(page);
    // Asking for claims paints what any reader asking gets.
    await overlay.click('[data-action="claims-top"]');
    await page.waitForFunction(() => [...CSS.highlights.keys()].some((n) => n.startsWith('sl-claim-')));
    const before = await registry(page);
    // Opening a claim's card and saving it: drawn for the reader, in the closed overlay.
    await overlay.click('[data-action="next-claim"]');
    await overlay.waitFor('[role="dialog"]');
    expect(await registry(page)).toEqual(before);
    await overlay.click('[role="dialog"] [data-action="save"]');
    await overlay.waitFor('.line.saved');
    expect(await registry(page)).toEqual(before);
    await overlay.detach();
    // A later visit, with the claim saved: the same registry as for any reader.
    await page.reload();
    await page.waitForFunction(() => CSS.highlights.size > 0);
    const again = await Overlay.of(page);
    await again.waitFor('.line.saved');
    expect(await registry(page)).toEqual(calm);
    await again.click('[data-action="claims-top"]');
    await page.waitForFunction(() => [...CSS.highlights.keys()].some((n) => n.startsWith('sl-claim-')));
    expect(await registry(page)).toEqual(before);
    await again.detach();
    await page.close();
    session.assertNoErrors();
  });

  it('a page’s capture listeners receive no keystroke of a note', async () => {
    const page = await session.context.newPage();
    await page.addInitScript(() => {
      const heard: string[] = [];
      (window as unknown as { __heard: string[] }).__heard = heard;
      for (const type of ['keydown', 'keypress', 'keyup', 'beforeinput', 'input'])
        window.addEventListener(
          type,
          (event) => heard.push(`${type}:${(event as KeyboardEvent).key ?? (event as InputEvent).data}`),
          true,
        );
    });
    await page.goto(`${session.baseUrl}/seed/seed-syndicated.html`);
    await page.waitForFunction(() => document.querySelectorAll('[data-sourcelight-outlet]').length >= 3);
    const overlay = await Overlay.of(page);
    await overlay.click('[data-action="claims-top"]');
    await page.waitForFunction(() => [...CSS.highlights.keys()].some((n) => n.startsWith('sl-claim-')));
    await overlay.click('[data-action="next-claim"]');
    await overlay.waitFor('[role="dialog"]');
    // The card itself has nothing to type into: a field in the page's document, even in a closed shadow root,
    // sends its keys through the page's capture listeners. Notes are typed in its extension frame
    // (page-ui.test.ts) or, as here, in the popup.
    expect(await overlay.exists('[role="dialog"] textarea, [role="dialog"] input, [contenteditable]')).toBe(
      false,
    );
    const claim = await overlay.text('[role="dialog"] .text');
    await overlay.click('[role="dialog"] [data-action="save"]');
    await overlay.waitFor('.line.saved');
    await overlay.detach();
    const popup = await session.openPopup();
    await popup.getByRole('tab', { name: 'Library' }).click();
    await popup
      .locator('[role="option"]')
      .filter({ hasText: claim?.slice(0, 40) ?? '' })
      .first()
      .click();
    await popup.getByLabel('Note').pressSequentially('Private thoughts');
    await popup.getByRole('button', { name: 'Save changes' }).click();
    await popup.getByRole('button', { name: 'Back to list' }).waitFor();
    await page.bringToFront();
    expect(await page.evaluate(() => (window as unknown as { __heard: string[] }).__heard)).toEqual([]);
    await popup.close();
    await page.close();
    session.assertNoErrors();
  });

  it('a page without quotations finds no attribute or performance entry of ours', async () => {
    const page = await session.context.newPage();
    const cdp = await session.context.newCDPSession(page);
    const worlds: string[] = [];
    cdp.on('Runtime.executionContextCreated', (event) => worlds.push(event.context.name));
    await cdp.send('Runtime.enable');
    await page.goto(`${session.baseUrl}/pages/trap-empty-article.html`);
    // The content script did run there (its isolated world bears the extension's name)...
    await expect.poll(() => worlds.includes('Sourcelight'), { timeout: 10_000 }).toBe(true);
    await page.waitForTimeout(1_000);
    // ...and left nothing the page can see.
    const traces = await page.evaluate(() => ({
      attributes: [...document.querySelectorAll('*')].flatMap((el) =>
        el.getAttributeNames().filter((name) => /sourcelight/i.test(name)),
      ),
      entries: performance
        .getEntries()
        .filter((e) => /sourcelight|extension:/i.test(e.name))
        .map((e) => e.name),
      elements: document.querySelectorAll('sourcelight-overlay, style[data-sourcelight]').length,
      highlights: CSS.highlights.size,
    }));
    expect(traces).toEqual({ attributes: [], entries: [], elements: 0, highlights: 0 });
    await cdp.detach();
    await page.close();
    session.assertNoErrors();
  });
});
