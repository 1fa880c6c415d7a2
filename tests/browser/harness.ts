// Drives the built extension (.output/chrome-mv3) in Debian's Chromium through playwright-core.
// Never downloads a browser: without /usr/bin/chromium the tests cannot run (scripts/browser-tests.mjs decides
// whether that skips or fails). Every session gets its own profile and its own fixture server.
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type BrowserContext, chromium, type Page, type Worker } from 'playwright-core';
import { quietExtensionFlags } from '../../scripts/chromium-flags.mjs';
import { startStaticServer } from '../../scripts/static-server.mjs';
import type { ClaimRecord } from '../../utils/storage/types';
import { readSavedClaims } from './saved-claims';

const CHROMIUM = '/usr/bin/chromium';
const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const FIXTURES_DIR = join(REPO_ROOT, 'tests/fixtures');
const DEFAULT_EXTENSION_PATH = join(REPO_ROOT, '.output/chrome-mv3');
const SERVICE_WORKER_TIMEOUT_MS = 30_000;

export const chromiumPath: string | null = existsSync(CHROMIUM) ? CHROMIUM : null;

export interface ExtensionSession {
  context: BrowserContext;
  extensionId: string;
  /** http://127.0.0.1:PORT serving tests/fixtures/. */
  baseUrl: string;
  /** Opens baseUrl + path in a new tab; its errors are tracked. */
  openPage(path: string): Promise<Page>;
  /** Opens chrome-extension://ID/popup.html (plus `?query`) in a tab. */
  openPopup(query?: string): Promise<Page>;
  /** Opens an extension page such as 'options.html' in a tab. */
  openExtensionPage(file: string): Promise<Page>;
  serviceWorker(): Promise<Worker>;
  /** Page errors and console errors of pages, extension pages and the service worker. */
  errors: string[];
  /** Throws listing every collected error. */
  assertNoErrors(): void;
  close(): Promise<void>;
}

function extensionIdOf(url: string): string | null {
  const match = /^chrome-extension:\/\/([a-p]{32})\//.exec(url);
  return match ? match[1] : null;
}

// Uncaught errors in a service worker never reach playwright on their own; re-report them as console
// errors. Startup errors show up instead as a worker that never registers (launchExtension times out).
function reportUncaughtErrors(worker: Worker): Promise<void> {
  return worker
    .evaluate(() => {
      const scope = globalThis as unknown as {
        addEventListener(type: string, listener: (event: Event) => void): void;
        __sourcelightErrorsWatched?: boolean;
      };
      if (scope.__sourcelightErrorsWatched) return;
      scope.__sourcelightErrorsWatched = true;
      scope.addEventListener('error', (event) => {
        const error = event as ErrorEvent;
        console.error(`[uncaught] ${error.message}`);
      });
      scope.addEventListener('unhandledrejection', (event) => {
        const reason = (event as PromiseRejectionEvent).reason;
        console.error(`[unhandled rejection] ${reason instanceof Error ? reason.message : String(reason)}`);
      });
    })
    .catch(() => undefined);
}

async function waitForExtensionWorker(context: BrowserContext): Promise<Worker> {
  const existing = context.serviceWorkers().find((worker) => extensionIdOf(worker.url()));
  if (existing) return existing;
  try {
    return await context.waitForEvent('serviceworker', {
      predicate: (worker) => extensionIdOf(worker.url()) !== null,
      timeout: SERVICE_WORKER_TIMEOUT_MS,
    });
  } catch {
    throw new Error(
      `Sourcelight's service worker did not start within ${SERVICE_WORKER_TIMEOUT_MS / 1000}s. ` +
        'Is .output/chrome-mv3 built (npx wxt build), and does entrypoints/background.ts run without throwing?',
    );
  }
}

/** Sends a message to the background from an extension page's own context, as that page itself would. */
export async function sendFromPage<T>(page: Page, type: string, payload: unknown): Promise<T> {
  return page.evaluate(
    ([t, p]) =>
      (
        globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<unknown> } } }
      ).chrome.runtime.sendMessage({ type: t, payload: p }),
    [type, payload] as const,
  ) as Promise<T>;
}

/** Sets the remembered per-site highlights choice directly, so one failing test cannot leave them off for the next. */
export async function chooseForSite(session: ExtensionSession, on: boolean): Promise<void> {
  const page = await session.openExtensionPage('options.html');
  await sendFromPage(page, 'highlights/chosen', { host: new URL(session.baseUrl).hostname, on });
  await page.close();
}

/** Every saved claim, read from the library database in an extension page (as the pages read it). */
export async function libraryClaims(session: ExtensionSession): Promise<ClaimRecord[]> {
  const page = await session.openExtensionPage('options.html');
  const claims = await page.evaluate(readSavedClaims);
  await page.close();
  return claims;
}

export async function launchExtension(
  options: { userDataDir?: string; extensionPath?: string; serve?: string } = {},
): Promise<ExtensionSession> {
  if (!chromiumPath) {
    throw new Error(`No Chromium at ${CHROMIUM}: install it with \`apt-get install -y chromium\`.`);
  }
  const extensionPath = resolve(options.extensionPath ?? DEFAULT_EXTENSION_PATH);
  if (!existsSync(join(extensionPath, 'manifest.json'))) {
    throw new Error(`No built extension at ${extensionPath}: run \`npx wxt build\` first.`);
  }
  const ownsProfile = options.userDataDir === undefined;
  const userDataDir = options.userDataDir ?? (await mkdtemp(join(tmpdir(), 'sourcelight-profile-')));
  const server = await startStaticServer(options.serve ?? FIXTURES_DIR);
  const errors: string[] = [];

  let context: BrowserContext;
  try {
    context = await chromium.launchPersistentContext(userDataDir, {
      executablePath: chromiumPath,
      headless: true,
      // Tests run as root in CI containers, where Chromium refuses to start with its sandbox on.
      args: ['--no-sandbox', ...quietExtensionFlags(extensionPath)],
    });
  } catch (error) {
    await server.close();
    if (ownsProfile) await rm(userDataDir, { recursive: true, force: true });
    throw error;
  }

  const watchPage = (page: Page) => {
    page.on('pageerror', (error) => errors.push(`pageerror at ${page.url()}: ${error.message}`));
  };
  context.pages().forEach(watchPage);
  context.on('page', watchPage);
  // The context's console event covers pages, extension pages and workers, including the service worker.
  context.on('console', (message) => {
    if (message.type() !== 'error') return;
    const where = message.worker()?.url() ?? message.page()?.url() ?? 'unknown';
    errors.push(`console error at ${where}: ${message.text()}`);
  });
  context.on('serviceworker', (worker) => {
    if (extensionIdOf(worker.url())) void reportUncaughtErrors(worker);
  });

  let worker: Worker;
  try {
    worker = await waitForExtensionWorker(context);
  } catch (error) {
    await context.close().catch(() => undefined);
    await server.close();
    if (ownsProfile) await rm(userDataDir, { recursive: true, force: true });
    throw error;
  }
  await reportUncaughtErrors(worker);
  const extensionId = extensionIdOf(worker.url())!;
  const extensionOrigin = `chrome-extension://${extensionId}`;

  const openUrl = async (url: string) => {
    const page = await context.newPage();
    await page.goto(url);
    return page;
  };

  let closed = false;
  return {
    context,
    extensionId,
    baseUrl: server.baseUrl,
    errors,
    openPage: (path) => openUrl(`${server.baseUrl}${path.startsWith('/') ? '' : '/'}${path}`),
    openPopup: (query) => {
      const search = query ? (query.startsWith('?') ? query : `?${query}`) : '';
      return openUrl(`${extensionOrigin}/popup.html${search}`);
    },
    openExtensionPage: (file) => openUrl(`${extensionOrigin}/${file.replace(/^\//, '')}`),
    serviceWorker: async () => {
      const current = context
        .serviceWorkers()
        .find((candidate) => extensionIdOf(candidate.url()) === extensionId);
      return current ?? waitForExtensionWorker(context);
    },
    assertNoErrors: () => {
      if (errors.length > 0) {
        throw new Error(`The browser reported ${errors.length} error(s):\n- ${errors.join('\n- ')}`);
      }
    },
    close: async () => {
      if (closed) return;
      closed = true;
      await context.close().catch(() => undefined);
      await server.close();
      if (ownsProfile) await rm(userDataDir, { recursive: true, force: true });
    },
  };
}
