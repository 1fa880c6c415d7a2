// The background's message service with an in-memory database, storage areas and tabs: every message is
// checked, failures come back as { error } in plain words, and tab state lives in the session area.
import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { type Analysed, analysing, type ClaimsFound } from '../../utils/messaging/analysed';
import { type BackgroundDeps, createBackgroundRouter, type TabsPort } from '../../utils/messaging/router';
import type { PageRequest } from '../../utils/round-trip/channel/format';
import type { PageResult } from '../../utils/round-trip/channel/port';
import { reportOnly } from '../../utils/round-trip/host/report-only';
import { type KeyValueArea, memoryArea } from '../../utils/storage/area';
import { openLibraryDb } from '../../utils/storage/db';
import { QUOTA_MESSAGE } from '../../utils/storage/errors';
import { LibraryStore } from '../../utils/storage/library';
import { getPendingReveal, getTabState, setPendingReveal } from '../../utils/storage/tab-state';
import { DEFAULT_SETTINGS } from '../../utils/storage/types';
import { freshIndexedDb, makeClaim, makeReport, PAGE_URL } from './storage-helpers';

interface Sent {
  tabId: number;
  type: string;
  payload: unknown;
}

function fakeTabs(answers: Partial<Record<string, (tabId: number, payload: unknown) => unknown>> = {}) {
  const sent: Sent[] = [];
  const opened: string[] = [];
  const focused: number[] = [];
  const port: TabsPort = {
    async send(tabId, type, payload) {
      sent.push({ tabId, type, payload });
      const answer = answers[type];
      if (!answer) return { ok: false, problem: 'no content script' };
      return { ok: true, value: answer(tabId, payload) as never };
    },
    async focus(tabId) {
      focused.push(tabId);
      return true;
    },
    async open(url) {
      opened.push(url);
      return 99;
    },
    async activeTabId() {
      return 7;
    },
  };
  return { port, sent, opened, focused };
}

let session: KeyValueArea;
let local: KeyValueArea;

/** The markup analysis of the saved claims' page, as the offscreen document would answer it. */
const analysedPage: BackgroundDeps['analyse'] = async (request) => ({
  ok: true,
  answer: reportOnly({ ...makeReport(), url: request.url }),
  claims: async () => ({ ok: true, claims: [] }),
});

/** What the router replies to a page, once it has also recorded the page. */
async function pageAnswer(
  router: ReturnType<typeof createBackgroundRouter>,
  request: PageRequest,
  sender: Parameters<ReturnType<typeof createBackgroundRouter>['analysePage']>[1],
): Promise<PageResult> {
  let result: PageResult | null = null;
  await router.analysePage(request, sender, {
    passages: (replied) => {
      result = replied;
    },
    claims: () => {},
  });
  if (!result) throw new Error('The router did not reply.');
  return result;
}

/** A router whose analyser finds the saved claims' page, and its claims with `claims`. */
function routerWithClaims(
  library: () => Promise<LibraryStore>,
  claims: () => Promise<ClaimsFound>,
  log?: BackgroundDeps['log'],
) {
  return createBackgroundRouter({
    library,
    local,
    session,
    tabs: fakeTabs().port,
    analyse: async (request) => ({ ...(await analysedPage(request)), claims }) as Analysed,
    now: () => 5000,
    log,
  });
}

/** The answer of a page analysed, failing the test when it is a problem. */
async function answered(result: Promise<PageResult>) {
  const done = await result;
  if (!done.ok) throw new Error(done.problem);
  return done.answer;
}

async function setup(tabs = fakeTabs(), library?: () => Promise<LibraryStore>) {
  freshIndexedDb();
  session = memoryArea();
  local = memoryArea();
  let store: Promise<LibraryStore> | null = null;
  const deps: BackgroundDeps = {
    library: library ?? (() => (store ??= openLibraryDb().then((db) => new LibraryStore(db, () => 5000)))),
    local,
    session,
    tabs: tabs.port,
    analyse: analysedPage,
    now: () => 5000,
  };
  return { router: createBackgroundRouter(deps), tabs, library: deps.library };
}

const fromTab = { tabId: 7, url: `${PAGE_URL}?utm_source=x` };

describe('background message service', () => {
  beforeEach(() => {
    freshIndexedDb();
  });

  it('rejects malformed messages with a plain error naming the field', async () => {
    const { router } = await setup();
    expect(await router.handle('hello')).toEqual({ error: 'Not a Sourcelight message: got "hello"' });
    expect(await router.handle({ type: 'nope' })).toEqual({ error: 'Unknown message type "nope"' });
    const bad = (await router.handle({
      type: 'claim/save',
      payload: { claim: makeClaim(1, { score: 'high' as never }), pageUrl: PAGE_URL, pageTitle: null },
    })) as { error: string };
    expect(bad.error).toBe('claim/save: payload.claim.score: expected a number between 0 and 1, got "high"');
    expect(await router.handle({ type: 'tab/state', payload: { tabId: 'x' } })).toEqual({
      error: 'tab/state: payload.tabId: expected a tab id, got "x"',
    });
  });

  it('records an analysed page, keeps the tab state in the session area, and answers with settings', async () => {
    const { router, library } = await setup();
    const answer = (await router.recordPage(makeReport(), [makeClaim(1), makeClaim(2)], fromTab)) as {
      highlightsOn: boolean;
      savedIds: string[];
    };
    expect(answer.highlightsOn).toBe(true);
    expect(answer.savedIds).toEqual([]);
    const state = await getTabState(session, 7);
    expect(state?.claims.map((c) => c.id)).toEqual(['c1', 'c2']);
    expect(state?.pageUrl).toBe(PAGE_URL);
    expect(await router.handle({ type: 'tab/state', payload: { tabId: 7 } })).toEqual(state);
    expect(await (await library()).db.count('pages')).toBe(1);
  });

  it('does nothing on a site the reader turned off', async () => {
    const { router, library } = await setup();
    await router.handle({ type: 'settings/set', payload: { disabledSites: ['zerohedge.com'] } });
    const answer = (await router.recordPage(makeReport(), [makeClaim(1)], fromTab)) as {
      highlightsOn: boolean;
    };
    expect(answer.highlightsOn).toBe(false);
    expect(await getTabState(session, 7)).toBeNull();
    expect(await (await library()).db.count('pages')).toBe(0);
  });

  it('does not analyse a page on a site the reader turned off', async () => {
    freshIndexedDb();
    const analyse = vi.fn(async () => {
      throw new Error('must not be called');
    });
    const router = createBackgroundRouter({
      library: () => Promise.reject(new Error('not used')),
      local: memoryArea(),
      session: memoryArea(),
      tabs: fakeTabs().port,
      analyse,
      now: () => 5000,
    });
    await router.handle({ type: 'settings/set', payload: { disabledSites: ['zerohedge.com'] } });
    const answer = await answered(pageAnswer(router, { url: PAGE_URL, parts: ['[1,"html",0,0]'] }, fromTab));
    expect(analyse).not.toHaveBeenCalled();
    expect(answer.analysis.report.aggregated).toBe(false);
    expect(answer.page?.highlightsOn).toBe(false);
  });

  it('answers a page it could not analyse with the problem, as a value, from every failure', async () => {
    const malformed = analysing(() => {
      throw new Error('Sourcelight received a malformed page.');
    });
    const failures: Array<[string, Partial<BackgroundDeps>]> = [
      ['Sourcelight received a malformed page.', { analyse: async (request) => malformed(request) }],
      [
        'The analyser did not answer.',
        { analyse: () => Promise.reject(new Error('The analyser did not answer.')) },
      ],
      [
        'storage.local is gone',
        {
          local: {
            get: () => Promise.reject(new Error('storage.local is gone')),
            set: async () => {},
            remove: async () => {},
          },
        },
      ],
    ];
    for (const [problem, broken] of failures) {
      const router = createBackgroundRouter({
        library: () => Promise.reject(new Error('not used')),
        local: memoryArea(),
        session: memoryArea(),
        tabs: fakeTabs().port,
        analyse: analysedPage,
        now: () => 5000,
        ...broken,
      });
      expect(await pageAnswer(router, { url: PAGE_URL, parts: [] }, fromTab)).toEqual({ ok: false, problem });
    }
  });

  it('shows an aggregated page even when the library cannot record it', async () => {
    const { router } = await setup(fakeTabs(), () => Promise.reject(new Error('Database is closed.')));
    const answer = await answered(pageAnswer(router, { url: PAGE_URL, parts: [] }, fromTab));
    expect(answer.analysis.report.aggregated).toBe(true);
    expect(answer.page).toBeNull();
  });

  it('answers the page before it records it, with the saved claims read first', async () => {
    const { router, library } = await setup();
    await router.handle({
      type: 'claim/save',
      payload: { claim: makeClaim(1), pageUrl: PAGE_URL, pageTitle: 'T' },
    });
    const store = await library();
    const events: string[] = [];
    const record = store.recordAnalysis.bind(store);
    store.recordAnalysis = async (...args) => {
      events.push('record started');
      const saved = await record(...args);
      events.push('recorded');
      return saved;
    };
    let answer: PageResult | null = null;
    await router.analysePage({ url: PAGE_URL, parts: [] }, fromTab, {
      passages: (result) => {
        events.push('passages replied');
        answer = result;
      },
      claims: () => events.push('claims replied'),
    });
    expect(events).toEqual(['passages replied', 'claims replied', 'record started', 'recorded']);
    expect(answer).toMatchObject({ ok: true, answer: { page: { highlightsOn: true, savedIds: ['c1'] } } });
    expect(await (await library()).db.count('pages')).toBe(1);
    expect((await getTabState(session, 7))?.pageUrl).toBe(PAGE_URL);
  });

  it('reads the saved claims and the pending reveal while the page is analysed, not after', async () => {
    const { library } = await setup();
    await setPendingReveal(session, 7, 'c1', 5000);
    const store = await library();
    const reads: string[] = [];
    const savedIds = store.savedIdsForPage.bind(store);
    store.savedIdsForPage = (url) => {
      reads.push('saved ids');
      return savedIds(url);
    };
    const pending = session.get.bind(session);
    session.get = (keys) => {
      reads.push('session');
      return pending(keys);
    };
    let finish: () => void = () => {};
    const analysed = new Promise<void>((resolve) => {
      finish = resolve;
    });
    const router = createBackgroundRouter({
      library,
      local,
      session,
      tabs: fakeTabs().port,
      analyse: async (request) => {
        await analysed;
        return analysedPage(request);
      },
      now: () => 5000,
    });
    const answer = pageAnswer(router, { url: PAGE_URL, parts: [] }, fromTab);
    await vi.waitFor(() => expect(reads).toEqual(expect.arrayContaining(['saved ids', 'session'])));
    finish();
    expect((await answered(answer)).page).toMatchObject({ highlightsOn: true, savedIds: [] });
  });

  it('takes the settings read as the page connected', async () => {
    const { router } = await setup();
    const settings = Promise.resolve({ ...DEFAULT_SETTINGS, disabledSites: ['zerohedge.com'] });
    let result: PageResult | null = null;
    await router.analysePage(
      { url: PAGE_URL, parts: [] },
      fromTab,
      { passages: (replied) => (result = replied), claims: () => {} },
      settings,
    );
    expect(result).toMatchObject({ ok: true, answer: { page: { highlightsOn: false, savedIds: [] } } });
  });

  it('gives the page its passages before the claims are extracted, and records the claims found', async () => {
    const { library } = await setup();
    const events: string[] = [];
    let extract: () => void = () => {};
    const router = routerWithClaims(
      library,
      () =>
        new Promise((resolve) => {
          extract = () => {
            events.push('claims extracted');
            resolve({ ok: true, claims: [{ ...makeClaim(1), span: [0, 4] }] });
          };
        }),
    );
    const done = router.analysePage({ url: PAGE_URL, parts: [] }, fromTab, {
      passages: () => events.push('passages replied'),
      claims: (found) => events.push(`claims replied: ${found.ok ? found.claims.length : found.problem}`),
    });
    await vi.waitFor(() => expect(events).toEqual(['passages replied']));
    extract();
    await done;
    expect(events).toEqual(['passages replied', 'claims extracted', 'claims replied: 1']);
    expect((await getTabState(session, 7))?.claims.map((c) => c.id)).toEqual(['c1']);
  });

  it('tells the page why it has no claims, and leaves the last record alone', async () => {
    const { library } = await setup();
    const log = vi.fn();
    const router = routerWithClaims(
      library,
      async () => ({ ok: false, problem: 'The analyser did not answer.' }),
      log,
    );
    const claims: unknown[] = [];
    await router.analysePage({ url: PAGE_URL, parts: [] }, fromTab, {
      passages: () => {},
      claims: (found) => claims.push(found),
    });
    expect(claims).toEqual([{ ok: false, problem: 'The analyser did not answer.' }]);
    expect(log).toHaveBeenCalledWith(
      'Sourcelight: finding the claims failed',
      'The analyser did not answer.',
    );
    expect(await (await library()).db.count('pages')).toBe(0);
  });

  it('reports a page it could not record, after answering the page in full', async () => {
    const { library } = await setup();
    const store = await library();
    store.recordAnalysis = () => Promise.reject(new Error('Disk full.'));
    const log = vi.fn();
    const router = createBackgroundRouter({
      library: async () => store,
      local,
      session,
      tabs: fakeTabs().port,
      analyse: analysedPage,
      now: () => 5000,
      log,
    });
    const answer = await answered(pageAnswer(router, { url: PAGE_URL, parts: [] }, fromTab));
    expect(answer.page).toMatchObject({ highlightsOn: true, savedIds: [] });
    expect(log).toHaveBeenCalledWith('Sourcelight: recording the page failed', new Error('Disk full.'));
    expect(await getTabState(session, 7)).toBeNull();
  });

  it('tells the page which claims are saved after a save and an unsave', async () => {
    const tabs = fakeTabs({ 'saved/changed': () => ({ ok: true }) });
    const { router } = await setup(tabs);
    await router.recordPage(makeReport(), [makeClaim(1)], fromTab);
    const saved = await router.handle({
      type: 'claim/save',
      payload: { claim: makeClaim(1), pageUrl: PAGE_URL, pageTitle: 'T', note: 'n' },
    });
    expect(saved).toMatchObject({ id: 'c1', note: 'n', savedAt: 5000 });
    await router.handle({ type: 'claim/unsave', payload: { id: 'c1' } });
    expect(tabs.sent.filter((s) => s.type === 'saved/changed').map((s) => s.payload)).toEqual([
      { savedIds: ['c1'] },
      { savedIds: [] },
    ]);
  });

  it('hands the note frame one claim by id, and null for one not in the library', async () => {
    const { router } = await setup();
    await router.handle({
      type: 'claim/save',
      payload: { claim: makeClaim(1), pageUrl: PAGE_URL, pageTitle: 'T', note: 'n' },
    });
    expect(await router.handle({ type: 'claim/get', payload: { id: 'c1' } })).toMatchObject({
      claim: { id: 'c1', note: 'n' },
    });
    expect(await router.handle({ type: 'claim/get', payload: { id: 'nope' } })).toEqual({ claim: null });
    expect(await router.handle({ type: 'claim/get', payload: {} })).toHaveProperty('error');
  });

  it('opens the page for "show in page" and hands the claim over with the page\'s analysis', async () => {
    const { router, tabs, library } = await setup();
    await router.handle({
      type: 'claim/save',
      payload: { claim: makeClaim(1), pageUrl: PAGE_URL, pageTitle: 'T' },
    });
    expect(await router.handle({ type: 'claim/show-in-page', payload: { id: 'c1' } })).toEqual({ ok: true });
    expect(tabs.opened).toEqual([PAGE_URL]);
    expect(await getPendingReveal(session, 99, 5000)).toEqual({ claimId: 'c1', at: 5000 });

    // A page on the way there (a consent page) is not asked to look, and the claim stays pending.
    const consent = 'https://consent.example.com/?continue=x';
    const early = await answered(
      pageAnswer(router, { url: consent, parts: [] }, { tabId: 99, url: consent }),
    );
    expect(early.reveal).toBeNull();
    // Another tab's page is not asked either.
    const elsewhere = await answered(
      pageAnswer(router, { url: PAGE_URL, parts: [] }, { tabId: 5, url: PAGE_URL }),
    );
    expect(elsewhere.reveal).toBeNull();
    const there = PAGE_URL.replace('https://www.', 'http://');
    const answer = await answered(pageAnswer(router, { url: there, parts: [] }, { tabId: 99, url: there }));
    expect(answer.reveal?.id).toBe('c1');
    expect(answer.page?.highlightsOn).toBe(true);
    await router.handle({ type: 'reveal/result', payload: { id: 'c1', found: false } }, { tabId: 99 });
    expect(await getPendingReveal(session, 99, 5000)).toBeNull();
    // Marked orphaned, and nothing was dropped: the orphan is still saved.
    const saved = await (await library()).listSaved();
    expect(saved.map((c) => [c.id, c.orphanedAt])).toEqual([['c1', 5000]]);
  });

  it('focuses the tab already showing the page and reveals the claim there', async () => {
    const tabs = fakeTabs({ 'claim/reveal': () => ({ found: true }) });
    const { router } = await setup(tabs);
    await router.recordPage(makeReport(), [makeClaim(1)], fromTab);
    await router.handle({
      type: 'claim/save',
      payload: { claim: makeClaim(1), pageUrl: PAGE_URL, pageTitle: 'T' },
    });
    await router.handle({ type: 'claim/show-in-page', payload: { id: 'c1' } });
    expect(tabs.focused).toEqual([7]);
    expect(tabs.opened).toEqual([]);
    expect(tabs.sent.find((s) => s.type === 'claim/reveal')?.tabId).toBe(7);
    expect(await getPendingReveal(session, 7, 5000)).toBeNull();
  });

  it('never opens a page that is not a web address', async () => {
    const { router, tabs } = await setup();
    await router.handle({
      type: 'claim/save',
      payload: { claim: makeClaim(1), pageUrl: 'javascript:alert(1)', pageTitle: 'T' },
    });
    const answer = (await router.handle({ type: 'claim/show-in-page', payload: { id: 'c1' } })) as {
      error: string;
    };
    expect(answer.error).toMatch(/not a web address/);
    expect(tabs.opened).toEqual([]);
  });

  it('forwards highlight toggles and remembers the choice for the site', async () => {
    const tabs = fakeTabs({
      'highlights/set': (_tab, payload) => ({ on: (payload as { on: boolean }).on }),
      'highlights/toggle': () => ({ on: false }),
    });
    const { router } = await setup(tabs);
    await router.recordPage(makeReport(), [], fromTab);
    expect(await router.handle({ type: 'highlights/set-tab', payload: { tabId: 7, on: false } })).toEqual({
      on: false,
    });
    expect((await getTabState(session, 7))?.highlightsOn).toBe(false);
    const settings = (await router.handle({ type: 'settings/get', payload: {} })) as {
      siteHighlights: object;
    };
    expect(settings.siteHighlights).toEqual({ 'zerohedge.com': false });

    await router.handle(
      { type: 'highlights/chosen', payload: { host: 'www.zerohedge.com', on: true } },
      fromTab,
    );
    expect((await getTabState(session, 7))?.highlightsOn).toBe(true);
    expect(await router.toggleHighlights()).toBe(false);
    expect(tabs.sent.at(-1)).toEqual({ tabId: 7, type: 'highlights/toggle', payload: {} });
    expect((await getTabState(session, 7))?.highlightsOn).toBe(false);
  });

  it('takes a tab that cannot answer as a value: nothing toggled, nothing marked, the words for the popup', async () => {
    const tabs = fakeTabs();
    const { router } = await setup(tabs);
    await router.recordPage(makeReport(), [makeClaim(1)], fromTab);
    await router.handle({
      type: 'claim/save',
      payload: { claim: makeClaim(1), pageUrl: PAGE_URL, pageTitle: 'T' },
    });
    expect(await router.toggleHighlights(7)).toBeNull();
    expect((await getTabState(session, 7))?.highlightsOn).toBe(true);
    expect(await router.handle({ type: 'highlights/set-tab', payload: { tabId: 7, on: false } })).toEqual({
      error: 'Sourcelight is not running on this page. Reload the page and try again.',
    });
    // "Show in page" in the tab showing the page, whose script is not listening: the claim waits for the page.
    expect(await router.handle({ type: 'claim/show-in-page', payload: { id: 'c1' } })).toEqual({ ok: true });
    expect(await getPendingReveal(session, 7, 5000)).toEqual({ claimId: 'c1', at: 5000 });
    expect(tabs.sent.map((s) => s.type)).toEqual([
      'saved/changed',
      'highlights/toggle',
      'highlights/set',
      'claim/reveal',
    ]);
  });

  it('turns a full disk into the quota message, never a thrown error', async () => {
    const failing = {
      async saveClaim() {
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      },
    } as unknown as LibraryStore;
    const { router } = await setup(fakeTabs(), async () => failing);
    const answer = await router.handle({
      type: 'claim/save',
      payload: { claim: makeClaim(1), pageUrl: PAGE_URL, pageTitle: 'T' },
    });
    expect(answer).toEqual({ error: QUOTA_MESSAGE });
  });

  it('turns a database that cannot open into an error answer', async () => {
    const { router } = await setup(fakeTabs(), () => Promise.reject(new Error('Database is closed.')));
    expect(await router.handle({ type: 'claim/delete', payload: { id: 'c1' } })).toEqual({
      error: 'Database is closed.',
    });
  });

  it('has no message for what no product part sends', async () => {
    const { router } = await setup();
    for (const type of [
      'page/analysed',
      'library/query',
      'library/orphans',
      'pages/list',
      'import',
      'export',
    ])
      expect(await router.handle({ type, payload: {} })).toEqual({ error: `Unknown message type "${type}"` });
  });
});

describe('tab state of a huge page', () => {
  it('is cut down to fit the session area, keeping the highest-scoring claims', async () => {
    const { fitTabState } = await import('../../utils/storage/tab-state');
    const claims = Array.from({ length: 400 }, (_, i) => ({
      ...makeClaim(i),
      score: (i % 10) / 10,
      text: 'x'.repeat(500),
    }));
    const report = makeReport();
    const state = { report, claims, highlightsOn: true, pageUrl: PAGE_URL };
    const fitted = fitTabState(state, 100_000);
    expect(JSON.stringify(fitted).length).toBeLessThanOrEqual(100_000);
    expect(fitted.claims.length).toBeGreaterThan(50);
    expect(Math.min(...fitted.claims.map((c) => c.score))).toBeGreaterThanOrEqual(0.5);
    expect(fitTabState({ ...state, claims: claims.slice(0, 3) }, 100_000).claims).toHaveLength(3);
  });
});
