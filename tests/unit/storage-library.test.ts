// The library store against an in-memory IndexedDB: idempotent and concurrent saves, history on and off,
// clearing history, orphans, delete and undo.
import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import type { LibraryQuery } from '../../utils/messaging/protocol';
import { openLibraryDb } from '../../utils/storage/db';
import { LibraryStore } from '../../utils/storage/library';
import { matches, searchWords, toSearchEntries } from '../../utils/storage/library-search';
import { freshIndexedDb, makeClaim, makeReport, PAGE_URL } from './storage-helpers';

let clock = 1_000;
const tick = () => (clock += 1);

async function store(): Promise<LibraryStore> {
  return new LibraryStore(await openLibraryDb(), tick);
}

describe('library store', () => {
  beforeEach(() => {
    freshIndexedDb();
    clock = 1_000;
  });

  it('saves a claim once however often it is saved', async () => {
    const lib = await store();
    const claim = makeClaim(1);
    const first = await lib.saveClaim({ claim, pageUrl: `${PAGE_URL}?utm_source=x#top`, pageTitle: 'T' });
    const again = await lib.saveClaim({ claim, pageUrl: PAGE_URL, pageTitle: 'T' });
    expect(again).toEqual(first);
    expect(first.pageUrl).toBe(PAGE_URL);
    expect(await lib.listSaved()).toHaveLength(1);
  });

  it('applies a note given with a second save, keeping the first saved time', async () => {
    const lib = await store();
    const claim = makeClaim(1);
    const first = await lib.saveClaim({ claim, pageUrl: PAGE_URL, pageTitle: 'T' });
    const second = await lib.saveClaim({
      claim,
      pageUrl: PAGE_URL,
      pageTitle: 'T',
      note: 'check',
      tags: [' a ', 'a', 'b'],
    });
    expect(second.savedAt).toBe(first.savedAt);
    expect(second.note).toBe('check');
    expect(second.tags).toEqual(['a', 'b']);
    expect(second.updatedAt).toBeGreaterThan(first.updatedAt);
  });

  it('loses nothing when many tabs save at once', async () => {
    const lib = await store();
    // Three "tabs" each save 40 claims, some the same, all at once; then notes for every other one.
    const saves = [];
    for (let tab = 0; tab < 3; tab += 1) {
      for (let n = 0; n < 40; n += 1) {
        saves.push(
          lib.saveClaim({ claim: makeClaim(n + tab * 20), pageUrl: PAGE_URL, pageTitle: `tab ${tab}` }),
        );
      }
    }
    await Promise.all(saves);
    const ids = new Set((await lib.listSaved()).map((r) => r.id));
    expect(ids.size).toBe(80);
    await Promise.all(
      [...ids].map((id, i) =>
        i % 2
          ? lib.updateClaim(id, { version: 1, note: `note ${id}` })
          : lib.updateClaim(id, { version: 1, tags: [id] }),
      ),
    );
    const after = await lib.listSaved();
    expect(after).toHaveLength(80);
    after.forEach((r, i) => {
      expect(r.note === `note ${r.id}` || r.tags[0] === r.id).toBe(true);
      expect(i === 0 || after[i - 1].savedAt! <= r.savedAt!).toBe(true);
    });
  });

  it('keeps the analysis as history and refreshes saved claims found again', async () => {
    const lib = await store();
    await lib.saveClaim({ claim: makeClaim(1), pageUrl: PAGE_URL, pageTitle: 'T', note: 'mine' });
    await lib.markFound('c1', false);
    const claims = [makeClaim(1, { score: 0.9 }), makeClaim(2)];
    const savedIds = await lib.recordAnalysis(makeReport(), claims, PAGE_URL, { history: true });
    expect(savedIds).toEqual(['c1']);
    const c1 = await lib.getClaim('c1');
    expect(c1).toMatchObject({ score: 0.9, note: 'mine', orphanedAt: null });
    expect((await lib.getClaim('c2'))?.savedAt).toBeNull();
    expect((await lib.db.getAll('pages')).map((p) => p.url)).toEqual([PAGE_URL]);
    expect((await lib.db.getAll('pages'))[0]).toMatchObject({
      claimCount: 2,
      aggregated: true,
      publication: 'Zero Hedge',
    });
  });

  it('keeps no history when history is off, but still refreshes saved claims', async () => {
    const lib = await store();
    await lib.saveClaim({ claim: makeClaim(1), pageUrl: PAGE_URL, pageTitle: 'T' });
    await lib.recordAnalysis(makeReport(), [makeClaim(1, { score: 0.8 }), makeClaim(2)], PAGE_URL, {
      history: false,
    });
    expect(await lib.db.getAll('pages')).toEqual([]);
    expect(await lib.getClaim('c2')).toBeNull();
    expect((await lib.getClaim('c1'))?.score).toBe(0.8);
  });

  it('clears history but keeps saved claims and their pages', async () => {
    const lib = await store();
    const other = 'https://example.com/other';
    await lib.recordAnalysis(makeReport(), [makeClaim(1), makeClaim(2)], PAGE_URL, { history: true });
    await lib.recordAnalysis(makeReport(other), [makeClaim(3)], other, { history: true });
    await lib.saveClaim({ claim: makeClaim(1), pageUrl: PAGE_URL, pageTitle: 'T', note: 'keep me' });
    expect(await lib.clearHistory()).toEqual({ removedPages: 1, removedClaims: 2 });
    expect((await lib.listSaved()).map((r) => [r.id, r.note])).toEqual([['c1', 'keep me']]);
    expect((await lib.db.getAll('pages')).map((p) => p.url)).toEqual([PAGE_URL]);
  });

  it('unsaving keeps the claim as history, or forgets it when history is off', async () => {
    const lib = await store();
    await lib.saveClaim({ claim: makeClaim(1), pageUrl: PAGE_URL, pageTitle: 'T', note: 'n' });
    await lib.saveClaim({ claim: makeClaim(2), pageUrl: PAGE_URL, pageTitle: 'T' });
    await lib.unsaveClaim('c1', { history: true });
    await lib.unsaveClaim('c2', { history: false });
    expect(await lib.listSaved()).toEqual([]);
    expect((await lib.getClaim('c1'))?.note).toBe('n');
    expect(await lib.getClaim('c2')).toBeNull();
    expect(await lib.savedIdsForPage(PAGE_URL)).toEqual([]);
  });

  it('marks a claim orphaned when not found, lists it, and clears the mark when found', async () => {
    const lib = await store();
    await lib.saveClaim({ claim: makeClaim(1), pageUrl: PAGE_URL, pageTitle: 'T' });
    await lib.saveClaim({ claim: makeClaim(2), pageUrl: PAGE_URL, pageTitle: 'T' });
    await lib.markFound('c2', false);
    const orphans = async () => (await lib.listSaved()).filter((r) => r.orphanedAt !== null).map((r) => r.id);
    expect(await orphans()).toEqual(['c2']);
    expect((await lib.listSaved()).length).toBe(2);
    await lib.markFound('c2', true);
    expect(await orphans()).toEqual([]);
  });

  it('deletes and restores a record exactly', async () => {
    const lib = await store();
    const saved = await lib.saveClaim({
      claim: makeClaim(1),
      pageUrl: PAGE_URL,
      pageTitle: 'T',
      note: 'n',
      tags: ['x'],
    });
    const deleted = await lib.deleteClaim('c1');
    expect(deleted).toEqual(saved);
    expect(await lib.getClaim('c1')).toBeNull();
    await lib.restoreClaim(deleted!);
    expect(await lib.getClaim('c1')).toEqual(saved);
  });

  it('does not let an undo overwrite a newer save', async () => {
    const lib = await store();
    const old = await lib.saveClaim({ claim: makeClaim(1), pageUrl: PAGE_URL, pageTitle: 'T', note: 'old' });
    await lib.deleteClaim('c1');
    await lib.saveClaim({ claim: makeClaim(1), pageUrl: PAGE_URL, pageTitle: 'T', note: 'new' });
    await lib.restoreClaim(old);
    expect((await lib.getClaim('c1'))?.note).toBe('new');
  });

  it('refuses to update a claim that is gone, with a plain message', async () => {
    const lib = await store();
    await expect(lib.updateClaim('missing', { version: 1, note: 'x' })).rejects.toThrow(
      /no longer in the library/,
    );
  });

  it('reads the newest saved claims first, with the total', async () => {
    const lib = await store();
    for (let n = 1; n <= 5; n += 1)
      await lib.saveClaim({ claim: makeClaim(n), pageUrl: PAGE_URL, pageTitle: 'T' });
    await lib.recordAnalysis(makeReport(), [makeClaim(9)], PAGE_URL, { history: true });
    expect((await lib.newestSaved(2)).map((r) => r.id)).toEqual(['c5', 'c4']);
    expect(await lib.countSaved()).toBe(5);
  });

  it('finds saved claims by search words and filters, in memory', async () => {
    const lib = await store();
    for (let n = 1; n <= 6; n += 1) {
      await lib.saveClaim({
        claim: makeClaim(n, n === 3 ? { text: 'Damascus airport was struck twice' } : {}),
        pageUrl: PAGE_URL,
        pageTitle: 'T',
        tags: n % 3 === 0 ? ['syria'] : [],
      });
    }
    const all = await lib.listSaved();
    const find = (query: LibraryQuery) =>
      toSearchEntries(all)
        .filter((entry) => matches(entry, query, searchWords(query.text)))
        .map((entry) => entry.record.id);
    expect(find({ text: 'DAMASCUS struck' })).toEqual(['c3']);
    expect(find({ outlet: 'BBC' })).toEqual(['c2', 'c4', 'c6']);
    expect(find({ tag: 'syria' })).toEqual(['c3', 'c6']);
    expect(find({ savedFrom: all[2].savedAt!, savedTo: all[3].savedAt! })).toHaveLength(2);
  });
});
