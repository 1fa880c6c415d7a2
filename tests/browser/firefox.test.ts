// The seed checks in Firefox ESR: the built Firefox package marks the seed article's passages, the bar's
// switch (reached with the keyboard: the overlay's shadow root is closed) and the popup's turn them off and on,
// a claim of the page is saved from the popup's list of them, and the popup's library lists it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type FirefoxSession, firefoxPath, launchFirefox, waitInPage } from './firefox-harness';
import { readSavedClaims } from './saved-claims';

const SEED = '/seed/seed-original.html';
const marked = () =>
  [...document.querySelectorAll('blockquote[data-sourcelight-outlet]')].map((el) =>
    el.getAttribute('data-sourcelight-outlet'),
  );

describe.skipIf(!firefoxPath)('Firefox ESR', () => {
  let session: FirefoxSession;

  beforeAll(async () => {
    session = await launchFirefox();
  });

  afterAll(async () => {
    await session?.close();
  });

  it('marks the seed article’s passages with their outlets', async () => {
    const page = await session.openPage(SEED);
    await page.waitForFunction(
      () => document.querySelectorAll('blockquote[data-sourcelight-outlet]').length >= 3,
      {
        timeout: 30_000,
      },
    );
    expect(await page.evaluate(marked)).toEqual(['Reuters', 'BBC', 'Reuters']);
    expect(await page.evaluate(() => CSS.highlights.size)).toBeGreaterThan(0);
    await page.close();
    session.assertNoErrors();
  });

  it('turns the highlights off and on from the bar and the popup, and saves a claim from the popup', async () => {
    const page = await session.openPage(SEED);
    await page.waitForFunction(
      () => document.querySelectorAll('blockquote[data-sourcelight-outlet]').length >= 3,
      {
        timeout: 30_000,
      },
    );
    // Tab to the bar: its first control is the highlights switch.
    let reached = false;
    for (let i = 0; i < 80 && !reached; i++) {
      await page.keyboard.press('Tab');
      reached = await page.evaluate(() => document.activeElement?.tagName === 'SOURCELIGHT-OVERLAY');
    }
    expect(reached).toBe(true);
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.querySelectorAll('[data-sourcelight-outlet]').length === 0);
    expect(await page.evaluate(() => CSS.highlights.size)).toBe(0);
    await page.keyboard.press('Enter');
    await page.waitForFunction(
      () => document.querySelectorAll('blockquote[data-sourcelight-outlet]').length >= 3,
    );
    // The popup, about this tab: its switch turns the page's highlights off and on, and its list of the page's
    // claims saves one.
    const finder = await session.openPopup();
    // Without the tabs permission a tab's address is not visible: the page's tab is the newest but this one.
    const tabId = await finder.evaluate(async () => {
      const tabs = (
        globalThis as unknown as {
          browser: {
            tabs: { query(q: object): Promise<Array<{ id: number }>>; getCurrent(): Promise<{ id: number }> };
          };
        }
      ).browser.tabs;
      const me = await tabs.getCurrent();
      return Math.max(...(await tabs.query({})).map((t) => t.id).filter((id) => id !== me.id));
    });
    await finder.close();
    expect(tabId).toBeGreaterThan(0);
    const about = await session.openPopup(`tab=${tabId}`);
    const toggle = await about.waitForSelector('input[role="switch"]', { timeout: 15_000 });
    await toggle?.click();
    await page.waitForFunction(() => document.querySelectorAll('[data-sourcelight-outlet]').length === 0);
    await toggle?.click();
    await page.waitForFunction(
      () => document.querySelectorAll('blockquote[data-sourcelight-outlet]').length >= 3,
    );
    await waitInPage(about, () =>
      [...document.querySelectorAll('button')].some((b) => b.textContent === 'Save'),
    );
    await about.evaluate(() =>
      [...document.querySelectorAll('button')].find((b) => b.textContent === 'Save')?.click(),
    );
    await about.close();

    const popup = await session.openPopup();
    const savedText = async () => (await popup.evaluate(readSavedClaims)).map((c) => c.text);
    const until = Date.now() + 15_000;
    let saved: string[] = [];
    while (Date.now() < until && saved.length === 0) {
      saved = await savedText();
      if (saved.length === 0) await new Promise((resume) => setTimeout(resume, 200));
    }
    expect(saved).toHaveLength(1);
    await popup.close();
    await page.close();
    session.assertNoErrors();
  });

  it('lists the saved claim in the popup’s library', async () => {
    const popup = await session.openPopup();
    await waitInPage(popup, () => document.querySelector('main')?.textContent?.trim() !== '');
    const tab = await popup.waitForSelector('[role="tab"]::-p-text(Library)', { timeout: 15_000 });
    await tab?.click();
    await waitInPage(popup, () => document.querySelectorAll('[role="option"]').length === 1);
    const row = await popup.$eval('[role="option"]', (el) => el.textContent ?? '');
    expect(row.length).toBeGreaterThan(20);
    await popup.close();
    session.assertNoErrors();
  });
});
