// The background's message service: checks each message, does the work against the library and the storage
// areas, and answers with the result or `{ error }` in plain words. It holds no state of its own: everything
// lives in IndexedDB, storage.local and storage.session, so a service worker restart loses nothing.

import { emptyReport } from '../analysis/report';
import type { PageReport } from '../analysis/types';
import { withoutSpan } from '../claims/found';
import type { Claim } from '../claims/types';
import { type ActionBadge, badgeFor } from '../highlight/badge';
import type { PageRequest } from '../round-trip/channel/format';
import type { PageReplies, PageResult } from '../round-trip/channel/port';
import { reportOnly } from '../round-trip/host/report-only';
import type { KeyValueArea } from '../storage/area';
import { describeError, StorageError } from '../storage/errors';
import type { LibraryStore } from '../storage/library';
import { highlightsOnFor, isSiteDisabled } from '../storage/settings';
import { chooseSiteHighlights, readSettings, writeSettings } from '../storage/settings-store';
import {
  clearPendingReveal,
  getPendingReveal,
  getTabState,
  listTabStates,
  setPendingReveal,
  setTabHighlights,
  setTabState,
} from '../storage/tab-state';
import type { ClaimRecord, Settings } from '../storage/types';
import { hostOf, isWebUrl, normaliseUrl, samePage } from '../url';
import type { Analysed, ClaimsFound } from './analysed';
import { fitClaim, fitPageReport } from './fit-page-fields';
import type {
  BackgroundPayload,
  BackgroundResponse,
  BackgroundType,
  ContentPayload,
  ContentResponse,
  ContentType,
  ErrorResponse,
  PageRecorded,
  TabState,
} from './protocol';
import { checkBackgroundMessage } from './validate';

/** A tab's answer, or why there is none (no content script listening, or its own error), in words. */
export type TabAnswer<R> = { ok: true; value: R } | { ok: false; problem: string };

/** What the background needs from the tabs API (the entry point adapts browser.tabs to it). */
export interface TabsPort {
  /** Never rejects: a tab that cannot answer is a problem value. */
  send<T extends ContentType>(
    tabId: number,
    type: T,
    payload: ContentPayload<T>,
  ): Promise<TabAnswer<ContentResponse<T>>>;
  /** Brings the tab to the front; false when it no longer exists. */
  focus(tabId: number): Promise<boolean>;
  /** Opens a new tab and returns its id. */
  open(url: string): Promise<number>;
  activeTabId(): Promise<number | null>;
  /** Sets the toolbar icon's badge and title for the tab (utils/highlight/badge.ts). */
  badge?(tabId: number, badge: ActionBadge): Promise<void>;
}

export interface BackgroundDeps {
  library(): Promise<LibraryStore>;
  local: KeyValueArea;
  session: KeyValueArea;
  tabs: TabsPort;
  /**
   * Analyses a page a content script read, where a DOM and warm code are (the offscreen document, or here);
   * a failure is the answer's problem, never a rejection.
   */
  analyse(request: PageRequest): Promise<Analysed>;
  now(): number;
  /** Where unexpected failures are reported (the console in the extension). */
  log?(message: string, error: unknown): void;
}

export interface Sender {
  tabId?: number;
  /** The sending page's URL (content scripts). */
  url?: string;
}

type Handler<T extends BackgroundType> = (
  payload: BackgroundPayload<T>,
  sender: Sender,
) => Promise<BackgroundResponse<T>>;
type Handlers = { [T in BackgroundType]: Handler<T> };

/** A page's first answer, the way to its claims, and for an aggregated page the report its record keeps. */
interface Answered {
  result: PageResult;
  claims: (() => Promise<ClaimsFound>) | null;
  toRecord: PageReport | null;
}

function tabPageUrl(state: TabState): string {
  return state.pageUrl ?? normaliseUrl(state.report.url ?? '');
}

export function createBackgroundRouter(deps: BackgroundDeps) {
  const { local, session, tabs } = deps;

  /** Tells every tab showing this page (or every analysed tab) which of its claims are saved now. */
  async function broadcastSaved(pageUrl?: string): Promise<void> {
    const library = await deps.library();
    const targets = (await listTabStates(session)).filter(
      ({ state }) => !pageUrl || tabPageUrl(state) === pageUrl,
    );
    await Promise.all(
      targets.map(async ({ tabId, state }) => {
        const savedIds = await library.savedIdsForPage(tabPageUrl(state));
        // A tab that is not listening has nothing to update.
        await tabs.send(tabId, 'saved/changed', { savedIds });
      }),
    );
  }

  /** The claim "show in page" is waiting to reveal in this tab, if this page is its page. */
  async function pendingRevealFor(tabId: number | undefined, pageUrl: string): Promise<ClaimRecord | null> {
    if (tabId === undefined) return null;
    const pending = await getPendingReveal(session, tabId, deps.now());
    if (!pending) return null;
    const claim = await (await deps.library()).getClaim(pending.claimId);
    if (!claim) await clearPendingReveal(session, tabId);
    // A page on the way (a consent page, a redirect) must not look for the claim and call it lost.
    return claim && samePage(pageUrl, claim.pageUrl) ? claim : null;
  }

  async function revealIn(tabId: number, claimId: string): Promise<void> {
    const library = await deps.library();
    const claim = await library.getClaim(claimId);
    if (!claim) return;
    const answer = await tabs.send(tabId, 'claim/reveal', { claim });
    // The page's script is not listening yet: the claim goes with its analysis (analysePage).
    if (!answer.ok) return;
    await library.markFound(claimId, answer.value.found);
    await clearPendingReveal(session, tabId, claimId);
  }

  const handlers: Handlers = {
    async 'claim/save'(payload) {
      const record = await (await deps.library()).saveClaim(payload);
      await broadcastSaved(record.pageUrl);
      return record;
    },

    async 'claim/unsave'({ id }) {
      const library = await deps.library();
      const record = await library.getClaim(id);
      const { historyEnabled } = await readSettings(local);
      await library.unsaveClaim(id, { history: historyEnabled });
      if (record) await broadcastSaved(record.pageUrl);
      return { ok: true };
    },

    async 'claim/get'({ id }) {
      return { claim: await (await deps.library()).getClaim(id) };
    },

    async 'claim/update'({ id, version, note, tags }) {
      return (await deps.library()).updateClaim(id, { version, note, tags });
    },

    async 'claim/delete'({ id }) {
      const deleted = await (await deps.library()).deleteClaim(id);
      if (deleted) await broadcastSaved(deleted.pageUrl);
      return { deleted };
    },

    async 'claim/restore'({ record }) {
      await (await deps.library()).restoreClaim(record);
      await broadcastSaved(record.pageUrl);
      return { ok: true };
    },

    async 'claim/show-in-page'({ id }) {
      const library = await deps.library();
      const claim = await library.getClaim(id);
      if (!claim) throw new StorageError('not-found', 'That claim is no longer in the library.');
      if (!isWebUrl(claim.pageUrl)) {
        throw new StorageError('invalid', "This claim's page is not a web address, so it cannot be opened.");
      }
      for (const { tabId, state } of await listTabStates(session)) {
        if (tabPageUrl(state) === claim.pageUrl && (await tabs.focus(tabId))) {
          await setPendingReveal(session, tabId, id, deps.now());
          await revealIn(tabId, id);
          return { ok: true };
        }
      }
      const tabId = await tabs.open(claim.pageUrl);
      await setPendingReveal(session, tabId, id, deps.now());
      return { ok: true };
    },

    async 'reveal/result'({ id, found }, sender) {
      await (await deps.library()).markFound(id, found);
      if (sender.tabId !== undefined) await clearPendingReveal(session, sender.tabId, id);
      return { ok: true };
    },

    async 'highlights/chosen'({ host, on }, sender) {
      await chooseSiteHighlights(local, host, on);
      if (sender.tabId !== undefined) await setTabHighlights(session, sender.tabId, on);
      return { ok: true };
    },

    async 'highlights/set-tab'({ tabId, on }) {
      const answer = await tabs.send(tabId, 'highlights/set', { on });
      if (!answer.ok)
        throw new StorageError(
          'unavailable',
          'Sourcelight is not running on this page. Reload the page and try again.',
        );
      const now = answer.value.on;
      await setTabHighlights(session, tabId, now);
      const state = await getTabState(session, tabId);
      const host = state ? hostOf(tabPageUrl(state)) : null;
      if (host) await chooseSiteHighlights(local, host, now);
      return { on: now };
    },

    async 'tab/state'({ tabId }) {
      return getTabState(session, tabId);
    },

    async 'history/clear'() {
      return (await deps.library()).clearHistory();
    },

    async 'settings/get'() {
      return readSettings(local);
    },

    async 'settings/set'(change) {
      return writeSettings(local, change);
    },

    async 'library/open'() {
      await deps.library();
      return { ok: true };
    },

    async 'import/batch'(batch) {
      const progress = await (await deps.library()).importBatch(batch);
      return { merged: progress.batches };
    },

    async 'import/finish'({ importId, batches }) {
      const result = await (await deps.library()).finishImport(importId, batches);
      await broadcastSaved();
      return result;
    },
  };

  /**
   * An aggregated page's analysis: kept as history (if on), saved claims found again refreshed, the tab's
   * state kept in storage.session. Page-made text is trimmed to the limits first. On a disabled site nothing
   * is kept and highlights are off.
   */
  async function recordPage(report: PageReport, claims: Claim[], sender: Sender): Promise<PageRecorded> {
    const settings = await readSettings(local);
    const pageUrl = normaliseUrl(report.url ?? sender.url ?? '');
    const host = hostOf(pageUrl);
    const highlightsOn = highlightsOnFor(settings, host);
    if (isSiteDisabled(settings, host)) return { settings, highlightsOn: false, savedIds: [] };
    const fitted = fitPageReport(report);
    const fittedClaims = claims.map(fitClaim);
    const history = settings.historyEnabled && isWebUrl(pageUrl);
    const library = await deps.library();
    const savedIds = await library.recordAnalysis(fitted, fittedClaims, pageUrl, { history });
    if (sender.tabId !== undefined) {
      const state = { report: fitted, claims: fittedClaims, highlightsOn, pageUrl };
      await setTabState(session, sender.tabId, state).catch((error) =>
        deps.log?.('Could not keep the tab state', error),
      );
      await deps.tabs
        .badge?.(sender.tabId, badgeFor(fitted))
        .catch((error) => deps.log?.('Could not set the badge', error));
    }
    return { settings, highlightsOn, savedIds };
  }

  /** Answers one message; never rejects. */
  async function handle(message: unknown, sender: Sender = {}): Promise<unknown> {
    const checked = checkBackgroundMessage(message);
    if (!checked.ok) return { error: checked.error } satisfies ErrorResponse;
    const { type, payload } = checked.message;
    try {
      const handler = handlers[type] as Handler<BackgroundType>;
      return await handler(payload, sender);
    } catch (error) {
      if (!(error instanceof StorageError)) deps.log?.(`Sourcelight: ${type} failed`, error);
      return { error: describeError(error) } satisfies ErrorResponse;
    }
  }

  /** The keyboard shortcut: flips highlights in the given (or active) tab and remembers it for the tab. */
  async function toggleHighlights(tabId?: number): Promise<boolean | null> {
    const target = tabId ?? (await tabs.activeTabId());
    if (target === null) return null;
    const answer = await tabs.send(target, 'highlights/toggle', {});
    if (!answer.ok) return null;
    await setTabHighlights(session, target, answer.value.on);
    return answer.value.on;
  }

  /**
   * What an aggregated page at `pageUrl` (the request's address, which its report carries: host/analyse.ts)
   * needs from the library to be shown (its saved claims), and the
   * claim "show in page" is waiting to reveal there: read only, so the page is answered before its analysis
   * is written (recordPage). Started beside the analysis, which they do not depend on; a library that cannot
   * be read (a database that will not open) leaves the page shown without the library's part.
   */
  function libraryReads(pageUrl: string, sender: Sender) {
    const savedIds = deps
      .library()
      .then((library) => library.savedIdsForPage(pageUrl))
      .catch((error: unknown) => {
        deps.log?.('Sourcelight: reading the library for a page failed', error);
        return null;
      });
    // The claim waits for its page even when the library could not be read: it only reads.
    const reveal = pendingRevealFor(sender.tabId, pageUrl).catch(() => null);
    return { savedIds, reveal };
  }

  /**
   * A content script's page (over the page port): analysed, and answered through `reply` in two stages: the
   * passages with the reader's settings for the page and the claim "show in page" is waiting to reveal there,
   * if any (the page asks nothing more), then the claims. Only then is an aggregated page recorded
   * (recordPage: the page's marks do not wait for the database's writes). Never rejects: a failure to answer
   * is the reply's problem, in words; a failure to record is logged. `settings`: the reader's settings, read
   * as the page's port connected where the caller can (entrypoints/background.ts), while its slices travel.
   */
  async function analysePage(
    request: PageRequest,
    sender: Sender,
    reply: PageReplies,
    settings: Promise<Settings> = readSettings(local),
  ): Promise<void> {
    let answered: Answered;
    try {
      answered = await answerPage(request, sender, settings);
    } catch (error) {
      deps.log?.('Sourcelight: analysing a page failed', error);
      answered = { result: { ok: false, problem: describeError(error) }, claims: null, toRecord: null };
    }
    reply.passages(answered.result);
    if (!answered.result.ok) return;
    const found: ClaimsFound = answered.claims ? await answered.claims() : { ok: true, claims: [] };
    reply.claims(found);
    const { toRecord } = answered;
    if (!toRecord) return;
    if (!found.ok) {
      // Recorded without its claims, the page would lose those of its last visit: it is not recorded.
      deps.log?.('Sourcelight: finding the claims failed', found.problem);
      return;
    }
    await recordPage(toRecord, found.claims.map(withoutSpan), sender).catch((error: unknown) =>
      deps.log?.('Sourcelight: recording the page failed', error),
    );
  }

  /** The page's first answer, the way to its claims, and the report an aggregated page's record keeps. */
  async function answerPage(
    request: PageRequest,
    sender: Sender,
    settingsRead: Promise<Settings>,
  ): Promise<Answered> {
    // A site the reader turned off is not analysed at all.
    const settings = await settingsRead;
    const pageUrl = normaliseUrl(request.url);
    const host = hostOf(pageUrl);
    if (isSiteDisabled(settings, host)) {
      const page = { settings, highlightsOn: false, savedIds: [] };
      const answer = { ...reportOnly(emptyReport(request.url)), page, reveal: null };
      return { result: { ok: true, answer }, claims: null, toRecord: null };
    }
    // The library's reads go on while the page is analysed: on a worker just started, opening the database
    // takes as long as the analysis.
    const reads = libraryReads(pageUrl, sender);
    const analysed = await deps.analyse(request);
    if (!analysed.ok) return { result: analysed, claims: null, toRecord: null };
    const { analysis, view } = analysed.answer;
    if (!analysis.report.aggregated) {
      const answer = { analysis, view, page: null, reveal: null };
      return { result: { ok: true, answer }, claims: null, toRecord: null };
    }
    const [savedIds, reveal] = await Promise.all([reads.savedIds, reads.reveal]);
    const page: PageRecorded | null =
      savedIds === null ? null : { settings, highlightsOn: highlightsOnFor(settings, host), savedIds };
    return {
      result: { ok: true, answer: { analysis, view, page, reveal } },
      claims: analysed.claims,
      toRecord: analysis.report,
    };
  }

  return { handle, analysePage, recordPage, toggleHighlights, broadcastSaved };
}

export type BackgroundRouter = ReturnType<typeof createBackgroundRouter>;
