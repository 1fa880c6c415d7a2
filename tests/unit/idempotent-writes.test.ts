// The MV3 worker may stop after doing a request and before its answer arrives, and the request is then sent
// again. Every write the background does must leave the same library and the same settings when repeated,
// even later (the clock moves on between the two).
import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { createBackgroundRouter } from '../../utils/messaging/router';
import { type KeyValueArea, memoryArea } from '../../utils/storage/area';
import { openLibraryDb } from '../../utils/storage/db';
import { LibraryStore } from '../../utils/storage/library';
import { freshIndexedDb, makeClaim, makeRecord, makeReport, PAGE_URL } from './storage-helpers';

let clock = 1_800_000_000_000;

async function setup() {
  const store = new LibraryStore(await openLibraryDb(), () => clock);
  const local = memoryArea();
  const session = memoryArea();
  const router = createBackgroundRouter({
    library: async () => store,
    local,
    session,
    tabs: {
      send: async () => ({ ok: true, value: { ok: true } as never }),
      focus: async () => true,
      open: async () => 1,
      activeTabId: async () => null,
    },
    analyse: async () => {
      throw new Error('not used');
    },
    now: () => clock,
  });
  // A library with a page, two saved claims (one with a note) and history.
  await router.recordPage(makeReport(), [makeClaim(1), makeClaim(2), makeClaim(3)], {
    tabId: 4,
    url: PAGE_URL,
  });
  await store.saveClaim({ claim: makeClaim(1), pageUrl: PAGE_URL, pageTitle: 'T', note: 'first' });
  await store.saveClaim({ claim: makeClaim(2), pageUrl: PAGE_URL, pageTitle: 'T' });
  return { store, router, local, session };
}

async function everything(store: LibraryStore, local: KeyValueArea) {
  return {
    claims: await store.db.getAll('claims'),
    pages: await store.db.getAll('pages'),
    meta: await store.db.getAll('meta'),
    imports: await store.db.getAll('imports'),
    local: await local.get(null),
  };
}

const WRITES: Array<[string, Record<string, unknown>]> = [
  ['claim/save', { claim: makeClaim(3), pageUrl: PAGE_URL, pageTitle: 'T', note: 'a note', tags: ['x'] }],
  ['claim/save', { claim: makeClaim(1), pageUrl: PAGE_URL, pageTitle: 'T', note: 'replaced', version: 2 }],
  ['claim/unsave', { id: 'c1' }],
  ['claim/update', { id: 'c1', version: 2, note: 'edited', tags: ['t'] }],
  ['claim/delete', { id: 'c2' }],
  ['claim/restore', { record: makeRecord(9, { note: 'undone' }) }],
  ['reveal/result', { id: 'c1', found: false }],
  ['highlights/chosen', { host: 'www.zerohedge.com', on: false }],
  ['history/clear', {}],
  ['settings/set', { historyEnabled: false, minScore: 0.3 }],
  ['import/batch', { importId: 'i', seq: 0, claims: [makeRecord(7)], pages: [] }],
];

describe('writes repeated', () => {
  beforeEach(() => {
    freshIndexedDb();
    clock = 1_800_000_000_000;
  });

  it.each(WRITES)('%s sent twice leaves what it left once', async (type, payload) => {
    const { store, router, local } = await setup();
    const first = await router.handle({ type, payload });
    expect(first).not.toHaveProperty('error');
    expect(first).not.toMatchObject({ ok: false });
    const once = await everything(store, local);
    clock += 60_000;
    await router.handle({ type, payload });
    expect(await everything(store, local)).toEqual(once);
  });

  it('a page recorded twice leaves what it left once', async () => {
    const { store, router, local } = await setup();
    const sender = { tabId: 5, url: 'https://blog.example/post' };
    const report = makeReport(sender.url);
    await router.recordPage(report, [makeClaim(5), makeClaim(6)], sender);
    const once = await everything(store, local);
    await router.recordPage(report, [makeClaim(5), makeClaim(6)], sender);
    // Only the page's analysis time may move; every claim and the history's ledger stay as they were.
    const twice = await everything(store, local);
    expect(twice.claims).toEqual(once.claims);
    expect(twice.meta).toEqual(once.meta);
  });
});
