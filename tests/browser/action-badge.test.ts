// The toolbar icon speaks: on the seed post it shows 2 (Reuters and BBC) and names them in its title; on a
// page that is not an aggregated post it shows no badge.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumPath, type ExtensionSession, launchExtension } from './harness';

type ChromeApi = {
  chrome: {
    tabs: { query(q: object): Promise<Array<{ id: number }>> };
    action: {
      getBadgeText(d: { tabId: number }): Promise<string>;
      getTitle(d: { tabId: number }): Promise<string>;
    };
  };
};

/** The badge of the newest tab (the extension may not read tabs' addresses: it has no "tabs" permission). */
async function badgeOf(session: ExtensionSession): Promise<{ text: string; title: string }> {
  const worker = await session.serviceWorker();
  return worker.evaluate(async () => {
    const { chrome } = globalThis as unknown as ChromeApi;
    const [tab] = (await chrome.tabs.query({})).sort((a, b) => b.id - a.id);
    return {
      text: await chrome.action.getBadgeText({ tabId: tab.id }),
      title: await chrome.action.getTitle({ tabId: tab.id }),
    };
  });
}

describe.skipIf(!chromiumPath)('the action badge', () => {
  let session: ExtensionSession;

  beforeAll(async () => {
    session = await launchExtension();
  });

  afterAll(async () => {
    await session?.close();
  });

  it('shows the number of outlets quoted on a recognised page, and names them', async () => {
    const page = await session.openPage('/seed/seed-original.html');
    await page.waitForFunction(
      () => document.querySelectorAll('[data-sourcelight-outlet]').length >= 3,
      undefined,
      {
        timeout: 20_000,
      },
    );
    await expect
      .poll(() => badgeOf(session), { timeout: 10_000 })
      .toEqual({
        text: '2',
        title: 'Sourcelight: Zero Hedge quotes Reuters and BBC',
      });
    await page.close();
  });

  it('shows no badge on a page that is not an aggregated post', async () => {
    const page = await session.openPage('/pages/trap-person-senator.html');
    await page.waitForTimeout(1_500);
    expect((await badgeOf(session)).text).toBe('');
    await page.close();
    session.assertNoErrors();
  });
});
