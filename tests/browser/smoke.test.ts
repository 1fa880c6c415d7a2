// The built extension loads in a real Chromium: service worker up, popup renders, content script runs.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumPath, type ExtensionSession, launchExtension } from './harness';

describe.skipIf(!chromiumPath)('extension smoke test', () => {
  let session: ExtensionSession;

  beforeAll(async () => {
    session = await launchExtension();
  });

  afterAll(async () => {
    await session?.close();
  });

  it('starts the service worker from the extension', async () => {
    const worker = await session.serviceWorker();
    expect(worker.url()).toBe(`chrome-extension://${session.extensionId}/background.js`);
    const manifestName = await worker.evaluate(() => {
      const scope = globalThis as unknown as { chrome: { runtime: { getManifest(): { name: string } } } };
      return scope.chrome.runtime.getManifest().name;
    });
    expect(manifestName).toBe('Sourcelight');
    session.assertNoErrors();
  });

  it('renders the popup with a non-empty <main>', async () => {
    const popup = await session.openPopup();
    const main = popup.locator('main');
    await main.waitFor();
    expect((await main.textContent())?.trim()).not.toBe('');
    session.assertNoErrors();
  });

  it('runs the content script on the seed article', async () => {
    const page = await session.openPage('/seed/seed-original.html');
    // The content script marks the seed's quoted passages (and leaves no other trace a page could read).
    await page
      .waitForFunction(() => document.querySelectorAll('[data-sourcelight-outlet]').length > 0, undefined, {
        timeout: 15_000,
      })
      .catch(() => {
        throw new Error('The content script never marked a passage of the seed article.');
      });
    expect(await page.title()).toContain('Fiercest Syrian Fighting Yet');
    session.assertNoErrors();
  });
});
