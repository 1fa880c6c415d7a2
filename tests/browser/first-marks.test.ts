// The first marks before the session's code has loaded (inject/first-marks.ts, begin-session.ts), in real
// Chromium with the built extension: the session's module is held back (intercepted through the DevTools
// protocol, then answered with the built file), so the first look must draw the passages' marks from the first
// answer on its own; once the module is let through, the session takes them over as they are (no mark set
// twice) and switches them off like its own. With highlights off for the site, nothing is drawn at all.
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { CDPSession, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it, onTestFinished } from 'vitest';
import { chooseForSite, chromiumPath, type ExtensionSession, launchExtension } from './harness';
import { Overlay } from './overlay';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const SESSION_MODULE = join(ROOT, '.output/chrome-mv3/content-scripts/session.js');
const SEED = '/seed/seed-original.html';

/** Installed before any page script: counts every time an element of the page gets our outlet mark. */
function countMarksSet() {
  const scope = window as unknown as { __marksSet: number };
  scope.__marksSet = 0;
  new MutationObserver((records) => {
    scope.__marksSet += records.length;
  }).observe(document, { attributes: true, subtree: true, attributeFilter: ['data-sourcelight-outlet'] });
}

/** What of ours is on the page: marks, our <style>, our highlights, the overlay's host; and marks ever set. */
function onThePage(page: Page) {
  return page.evaluate(() => ({
    marks: document.querySelectorAll('[data-sourcelight-outlet]').length,
    styles: document.querySelectorAll('style[data-sourcelight]').length,
    highlights: [...CSS.highlights.keys()].filter((name) => name.startsWith('sl-')).length,
    host: document.querySelectorAll('sourcelight-overlay').length,
    marksSet: (window as unknown as { __marksSet: number }).__marksSet,
  }));
}

/** Holds the session's module back on `page` until `release()` answers it with the built file. */
async function holdSession(page: Page): Promise<{ release(): Promise<void>; held(): boolean }> {
  const cdp: CDPSession = await page.context().newCDPSession(page);
  let requestId: string | null = null;
  cdp.on('Fetch.requestPaused', (event: { requestId: string }) => {
    requestId = event.requestId;
  });
  await cdp.send('Fetch.enable', { patterns: [{ urlPattern: '*/content-scripts/session.js*' }] });
  return {
    held: () => requestId !== null,
    async release() {
      if (!requestId) throw new Error('the session module was never asked for');
      await cdp.send('Fetch.fulfillRequest', {
        requestId,
        responseCode: 200,
        responseHeaders: [{ name: 'Content-Type', value: 'text/javascript' }],
        body: readFileSync(SESSION_MODULE).toString('base64'),
      });
      await cdp.send('Fetch.disable');
    },
  };
}

describe.skipIf(!chromiumPath)('the first marks', () => {
  let session: ExtensionSession;

  beforeAll(async () => {
    session = await launchExtension();
    await session.context.addInitScript(countMarksSet);
  });

  afterAll(async () => {
    await session?.close();
  });

  it('come before the session has loaded, and the session takes them over as they are', async () => {
    onTestFinished(() => chooseForSite(session, true));
    const page = await session.context.newPage();
    const hold = await holdSession(page);
    await page.goto(`${session.baseUrl}${SEED}`);
    await page.waitForFunction(
      () => document.querySelectorAll('blockquote[data-sourcelight-outlet]').length === 3,
    );
    expect(hold.held()).toBe(true);
    const first = await onThePage(page);
    // Drawn by the first look alone: the session, which adds the overlay's host, has not loaded.
    expect(first).toMatchObject({ styles: 1, host: 0 });
    expect(first.marks).toBeGreaterThanOrEqual(3);
    expect(first.highlights).toBeGreaterThan(0);
    expect(first.marksSet).toBe(first.marks);

    await hold.release();
    const overlay = await Overlay.of(page);
    await overlay.waitFor('[data-action="toggle-highlights"][aria-pressed="true"]');
    // The session shows the page without drawing its marks again.
    expect(await onThePage(page)).toEqual({ ...first, host: 1 });

    await overlay.click('[data-action="toggle-highlights"]');
    await page.waitForFunction(() => document.querySelectorAll('[data-sourcelight-outlet]').length === 0);
    expect(await onThePage(page)).toMatchObject({ marks: 0, styles: 0, highlights: 0, host: 1 });
    await overlay.click('[data-action="toggle-highlights"]');
    await page.waitForFunction(() => document.querySelectorAll('[data-sourcelight-outlet]').length > 0);
    await overlay.detach();
    await page.close();
    session.assertNoErrors();
  });

  it('are not drawn with highlights off for the site', async () => {
    onTestFinished(() => chooseForSite(session, true));
    await chooseForSite(session, false);
    const worker = await session.serviceWorker();
    const recorded = () =>
      worker.evaluate(async () => {
        const scope = globalThis as unknown as {
          chrome: { storage: { session: { get(k: null): Promise<Record<string, unknown>> } } };
        };
        return Object.keys(await scope.chrome.storage.session.get(null)).filter((k) => k.startsWith('tab:'));
      });
    const before = new Set(await recorded());
    const page = await session.context.newPage();
    const hold = await holdSession(page);
    await page.goto(`${session.baseUrl}${SEED}`);
    // The background keeps the tab's state after both answers went to the page.
    await expect
      .poll(async () => (await recorded()).some((key) => !before.has(key)), { timeout: 15_000 })
      .toBe(true);
    expect(hold.held()).toBe(true);
    expect(await onThePage(page)).toEqual({ marks: 0, styles: 0, highlights: 0, host: 0, marksSet: 0 });

    await hold.release();
    const overlay = await Overlay.of(page);
    await overlay.waitFor('[data-action="toggle-highlights"][aria-pressed="false"]');
    expect(await onThePage(page)).toEqual({ marks: 0, styles: 0, highlights: 0, host: 1, marksSet: 0 });
    await overlay.detach();
    await page.close();
    session.assertNoErrors();
  });
});
