// The background service worker: owns the library database and answers every message (see
// utils/messaging/router.ts). Listeners are registered synchronously at start so a worker woken by a
// message or a shortcut receives it; no state is kept here beyond a database connection it can reopen.
import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { NO_BADGE } from '../utils/highlight/badge';
import { type Analysed, analysing, problemOf } from '../utils/messaging/analysed';
import { analyseOffscreen, carryToOffscreen, openAnalyser } from '../utils/messaging/offscreen';
import { type BackgroundRouter, createBackgroundRouter, type TabsPort } from '../utils/messaging/router';
import type { PageRequest } from '../utils/round-trip/channel/format';
import {
  keptHere,
  PAGE_PORT,
  type PagePortPeer,
  type SliceCarrier,
  servePagePort,
} from '../utils/round-trip/channel/port';
import { warmUp } from '../utils/round-trip/host/warm-up';
import type { KeyValueArea } from '../utils/storage/area';
import { openLibraryDb } from '../utils/storage/db';
import { LibraryStore } from '../utils/storage/library';
import { cachedSettings } from '../utils/storage/settings-cache';
import { readSettings } from '../utils/storage/settings-store';
import { forgetTab, forgetTabState } from '../utils/storage/tab-state';

function area(storage: {
  get(keys?: string | string[] | null): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(keys: string | string[]): Promise<void>;
}): KeyValueArea {
  return {
    get: (keys) => storage.get(keys ?? null),
    set: (items) => storage.set(items),
    remove: (keys) => storage.remove(keys),
  };
}

const tabsPort: TabsPort = {
  async send(tabId, type, payload) {
    let answer: unknown;
    try {
      answer = await browser.tabs.sendMessage(tabId, { type, payload });
    } catch (error) {
      return { ok: false, problem: problemOf(error) };
    }
    if (answer === undefined) return { ok: false, problem: 'No answer from the page.' };
    if (answer && typeof answer === 'object' && 'error' in answer)
      return { ok: false, problem: String(answer.error) };
    return { ok: true, value: answer as never };
  },
  async focus(tabId) {
    try {
      const tab = await browser.tabs.update(tabId, { active: true });
      if (tab?.windowId !== undefined) await browser.windows.update(tab.windowId, { focused: true });
      return true;
    } catch {
      return false;
    }
  },
  async open(url) {
    const tab = await browser.tabs.create({ url, active: true });
    if (tab.id === undefined) throw new Error('The browser did not open a tab for the page.');
    return tab.id;
  },
  async activeTabId() {
    const [tab] = await browser.tabs.query({ active: true, lastFocusedWindow: true });
    return tab?.id ?? null;
  },
  async badge(tabId, { text, title }) {
    await Promise.all([
      toolbarAction().setBadgeText({ tabId, text }),
      toolbarAction().setTitle({ tabId, title }),
      text ? toolbarAction().setBadgeBackgroundColor({ tabId, color: BADGE_COLOUR }) : null,
    ]);
  },
};

/** The badge's colour: the icon's teal, so the number reads as part of it. */
const BADGE_COLOUR = '#0f5c63';

/** The toolbar button: `action` in MV3, `browserAction` in Firefox's MV2. */
function toolbarAction() {
  return browser.action ?? (browser as unknown as { browserAction: typeof browser.action }).browserAction;
}

/** The analyser where pages are analysed, how to start it ahead of the first page, and where a page's
 * slices go as they arrive. */
interface Analyser {
  analyse(request: PageRequest): Promise<Analysed>;
  warm(): void;
  carrier(): SliceCarrier;
}

/**
 * Firefox's background page has a DOM to rebuild pages in; Chrome's service worker has none, and asks its
 * offscreen document (so Chrome's worker does not carry the analyser at all). Either way the analyser's code
 * stays loaded between pages, and is loaded and run once on a sample (warm-up.ts) before the first page.
 */
function analyser(): Analyser {
  if (!import.meta.env.FIREFOX)
    return { analyse: analyseOffscreen, warm: openAnalyser, carrier: carryToOffscreen };
  const inert = () => document.implementation.createHTMLDocument('');
  let loading: Promise<(request: PageRequest) => Analysed> | null = null;
  const load = () =>
    (loading ??= Promise.all([
      import('../utils/round-trip/host/analyse'),
      import('../utils/outlets/default-lookup'),
      import('virtual:sourcelight-outlet-index'),
    ]).then(([{ analyseInStages }, { prebuiltOutlets }, { default: outletIndex }]) => {
      const outlets = prebuiltOutlets(outletIndex);
      const analyse = analysing((r) => analyseInStages(inert, r, outlets));
      warmUp(analyse, inert());
      return analyse;
    }));
  return {
    analyse: async (request) => (await load())(request),
    warm: () => void load(),
    // The analyser is here: the slices stay where they arrive.
    carrier: keptHere,
  };
}

export default defineBackground(() => {
  // A cache, not state: lost when the worker stops, reopened on the next message.
  let opening: Promise<LibraryStore> | null = null;
  const library = () => {
    opening ??= openLibraryDb({
      onClosed: () => {
        opening = null;
      },
    }).then(
      (db) => new LibraryStore(db),
      (error) => {
        opening = null;
        throw error;
      },
    );
    return opening;
  };

  const session = area(browser.storage.session as never);
  const local = area(browser.storage.local as never);
  // Read as the worker starts, for the first page's answer, and again after each change.
  const settings = cachedSettings(
    () => readSettings(local),
    (changed) =>
      browser.storage.onChanged.addListener((_changes: unknown, areaName: string) => {
        if (areaName === 'local') changed();
      }),
  );
  settings().catch(() => {});
  const here = analyser();
  // The analyser starts as the worker's script does, whatever woke it (the browser's start, the extension's
  // install, a page's port), before any page asks: sooner than the events' listeners run. Opening it is
  // idempotent. The listener on onStartup is what has the browser start the worker as it starts.
  here.warm();
  browser.runtime.onStartup.addListener(() => here.warm());
  const router: BackgroundRouter = createBackgroundRouter({
    library,
    local,
    session,
    tabs: tabsPort,
    analyse: here.analyse,
    now: () => Date.now(),
    // Failures here are handled (the caller answers in plain words); a warning, not an error, in the console.
    log: (message, error) => console.warn(message, error),
  });

  browser.runtime.onMessage.addListener(((
    message: unknown,
    sender: { tab?: { id?: number; url?: string }; url?: string },
  ) => router.handle(message, { tabId: sender.tab?.id, url: sender.url ?? sender.tab?.url })) as never);

  // Every page port a content script opens: its page analysed, answered in pieces, then recorded.
  browser.runtime.onConnect.addListener((port: { name: string }) => {
    if (port.name !== PAGE_PORT) return;
    // Should the analyser's document be gone (the browser may close it), it starts again now, while the
    // page's slices are still on their way; so does the database's opening (tens of milliseconds on a worker
    // just woken).
    here.warm();
    const read = settings();
    read.catch(() => {}); // Told in the page's answer, if the page gets as far as asking.
    void library().catch(() => {});
    servePagePort(
      port as PagePortPeer,
      (request, tabId, reply) => router.analysePage(request, { tabId, url: request.url }, reply, read),
      here.carrier(),
    );
  });

  browser.commands.onCommand.addListener((command: string, tab?: { id?: number }) => {
    if (command === 'toggle-highlights') void router.toggleHighlights(tab?.id);
  });

  browser.tabs.onRemoved.addListener((tabId: number) => {
    void forgetTab(session, tabId);
  });
  // A tab loading a new page no longer shows the analysed one (a pending reveal stays: it is for the new page).
  browser.tabs.onUpdated.addListener((tabId: number, change: { status?: string }) => {
    if (change.status === 'loading') {
      void forgetTabState(session, tabId);
      void tabsPort.badge?.(tabId, NO_BADGE).catch(() => {});
    }
  });
});
