// The popup is about the tab the reader is on, with no `?tab=` parameter. A test cannot open the toolbar
// popup itself, so it opens popup.html in a tab of the same window, then makes the article's tab the active
// one and loads the page again: popup.html then runs exactly what the toolbar popup runs (the active tab of
// its window, and what the background keeps for that tab). While popup.html is itself the active tab, it has
// no page to show.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumPath, type ExtensionSession, launchExtension } from './harness';

describe.skipIf(!chromiumPath)('the popup opens on the active tab', () => {
  let session: ExtensionSession;

  beforeAll(async () => {
    session = await launchExtension();
  });

  afterAll(async () => {
    await session?.close();
  });

  it('shows the active tab’s page, with no parameter', async () => {
    const article = await session.openPage('/seed/seed-original.html');
    await article.waitForFunction(
      () => document.querySelectorAll('[data-sourcelight-outlet]').length >= 3,
      undefined,
      { timeout: 20_000 },
    );
    // Another recognised page in another tab: the popup must pick the active one, not any tab with a page.
    const other = await session.openPage('/pages/wordpress-cite-footer.html');
    await other.waitForFunction(
      () => document.querySelectorAll('[data-sourcelight-outlet]').length > 0,
      undefined,
      {
        timeout: 20_000,
      },
    );
    const popup = await session.openPopup();
    await popup.locator('main').waitFor();
    // popup.html is the active tab: nothing to describe, so it opens on the library.
    await expect
      .poll(() => popup.locator('[role="tab"][aria-selected="true"]').textContent())
      .toBe('Library');

    await article.bringToFront();
    await popup.reload();
    await popup.locator('.sl-page').waitFor();
    expect(await popup.locator('[role="tab"][aria-selected="true"]').textContent()).toBe('This page');
    const title = (await popup.locator('.sl-title').textContent()) ?? '';
    expect(title.length).toBeGreaterThan(10);
    expect(await article.title()).toContain(title);
    expect(await other.title()).not.toContain(title);
    const rows = await popup.locator('.sl-breakdown li .sl-breakdown-name').allTextContents();
    expect(rows).toHaveLength(3);
    expect(rows.filter((r) => r.startsWith('Zero Hedge'))).toEqual(["Zero Hedge's own words"]);
    expect([...rows].sort()).toEqual(['BBC', 'Reuters', "Zero Hedge's own words"]);
    // The other page's own images point at hosts that do not resolve here; any other error counts.
    expect(session.errors.filter((e) => !e.includes('ERR_NAME_NOT_RESOLVED'))).toEqual([]);
  });
});
