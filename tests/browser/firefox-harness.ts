// Drives the built Firefox extension (.output/firefox-mv2) in Debian's Firefox ESR through puppeteer-core
// (WebDriver BiDi), installed as a temporary add-on. Never downloads a browser: without /usr/bin/firefox-esr
// the Firefox tests cannot run (scripts/browser-tests.mjs decides whether that skips or fails). Each session
// has its own profile and its own fixture server; the add-on's internal UUID is fixed, so its pages have a
// known address (moz-extension://<uuid>/popup.html).
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { startStaticServer } from '../../scripts/static-server.mjs';

const FIREFOX = '/usr/bin/firefox-esr';
const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const EXTENSION = join(REPO_ROOT, '.output/firefox-mv2');
/** The add-on's id (wxt.config.ts, browser_specific_settings). */
const ADDON_ID = 'sourcelight@sourcelight.invalid';
const UUID = '5e1f0c3a-13a1-4d6e-9b1e-50c0e11a1013';

export const firefoxPath: string | null = existsSync(FIREFOX) ? FIREFOX : null;

export interface FirefoxSession {
  browser: Browser;
  baseUrl: string;
  extensionOrigin: string;
  openPage(path: string): Promise<Page>;
  /** Opens moz-extension://<uuid>/popup.html (plus `?query`) in a tab, once it has loaded. */
  openPopup(query?: string): Promise<Page>;
  /** Console errors and uncaught errors of the pages opened through this session. */
  errors: string[];
  assertNoErrors(): void;
  close(): Promise<void>;
}

/** Waits until `predicate`, run in the page, returns true. Puppeteer's waitForFunction builds its poller with
 * Function(), which an extension page's content security policy refuses in Firefox ESR 140; this polls through
 * evaluate, which the policy allows. */
export async function waitInPage(page: Page, predicate: () => boolean, timeout = 15_000): Promise<void> {
  const until = Date.now() + timeout;
  for (;;) {
    if (await page.evaluate(predicate)) return;
    if (Date.now() > until)
      throw new Error(`waitInPage: not true within ${timeout} ms: ${predicate.toString()}`);
    await new Promise((resume) => setTimeout(resume, 100));
  }
}

export async function launchFirefox(): Promise<FirefoxSession> {
  if (!firefoxPath)
    throw new Error(`No Firefox at ${FIREFOX}: install it with \`apt-get install -y firefox-esr\`.`);
  if (!existsSync(join(EXTENSION, 'manifest.json')))
    throw new Error(`No built extension at ${EXTENSION}: run \`npx wxt build -b firefox\` first.`);
  const server = await startStaticServer(join(REPO_ROOT, 'tests/fixtures'));
  let browser: Browser;
  try {
    browser = await puppeteer.launch({
      browser: 'firefox',
      executablePath: firefoxPath,
      headless: true,
      args: ['--remote-allow-system-access'],
      extraPrefsFirefox: { 'extensions.webextensions.uuids': JSON.stringify({ [ADDON_ID]: UUID }) },
    });
    await browser.installExtension(EXTENSION);
  } catch (error) {
    await server.close();
    throw error;
  }
  const errors: string[] = [];
  const watch = (page: Page) => {
    page.on('pageerror', (error) => errors.push(`pageerror at ${page.url()}: ${(error as Error).message}`));
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(`console error at ${page.url()}: ${message.text()}`);
    });
    return page;
  };
  const extensionOrigin = `moz-extension://${UUID}`;
  return {
    browser,
    baseUrl: server.baseUrl,
    extensionOrigin,
    errors,
    openPage: async (path) => {
      const page = watch(await browser.newPage());
      await page.goto(`${server.baseUrl}${path}`);
      return page;
    },
    openPopup: async (query) => {
      const page = watch(await browser.newPage());
      // An extension page's navigation never resolves over BiDi here: start it, then wait for the document.
      void page.goto(`${extensionOrigin}/popup.html${query ? `?${query}` : ''}`).catch(() => undefined);
      const until = Date.now() + 20_000;
      while (Date.now() < until) {
        const ready = await page
          .evaluate(() => location.protocol === 'moz-extension:' && document.readyState === 'complete')
          .catch(() => false);
        if (ready) return page;
        await new Promise((resume) => setTimeout(resume, 100));
      }
      throw new Error('The popup did not load within 20 s.');
    },
    assertNoErrors: () => {
      if (errors.length > 0)
        throw new Error(`Firefox reported ${errors.length} error(s):\n- ${errors.join('\n- ')}`);
    },
    close: async () => {
      await browser.close().catch(() => undefined);
      await server.close();
    },
  };
}
