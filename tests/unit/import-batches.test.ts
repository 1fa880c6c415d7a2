// A backup imported through the background in numbered batches (utils/messaging/import-batches.ts, the
// router, utils/storage/library-import.ts), against the real router and an in-memory IndexedDB: a batch sent
// twice is merged once, nothing lives in the worker between batches, and an import interrupted part way
// loses nothing saved before it; importing the file again finishes it.
import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import type { Answer, Ask } from '../../utils/messaging/client';
import { importInBatches, toBatches } from '../../utils/messaging/import-batches';
import { IMPORT_BATCH_RECORDS } from '../../utils/messaging/protocol';
import { openLibraryDb } from '../../utils/storage/db';
import { LibraryStore } from '../../utils/storage/library';
import { ABANDONED_IMPORT_MS } from '../../utils/storage/library-import';
import type { ClaimRecord, PageRecord } from '../../utils/storage/types';
import { freshIndexedDb, makeRecord, routerOver } from './storage-helpers';

let clock = 1_800_000_000_000;
const now = () => clock;

/** A fresh worker over the same database: a new connection, a new router, nothing carried over. */
async function worker() {
  const store = new LibraryStore(await openLibraryDb(), now);
  return { store, router: routerOver(store, now) };
}

/** The page's way of asking, over a router; failures come back as values, as from askBackground. */
function askOver(handle: (message: unknown) => Promise<unknown>): Ask {
  return (async (type: string, payload: unknown): Promise<Answer<unknown>> => {
    const answer = await handle({ type, payload });
    if (answer && typeof answer === 'object' && 'error' in answer)
      return { ok: false, error: String(answer.error), answered: true };
    return { ok: true, value: answer };
  }) as Ask;
}

/** Everything in the database, for comparing before and after. */
async function snapshot(store: LibraryStore) {
  return {
    claims: await store.db.getAll('claims'),
    pages: await store.db.getAll('pages'),
    meta: await store.db.getAll('meta'),
  };
}

function page(n: number): PageRecord {
  return {
    url: `https://blog.example/post-${n}`,
    title: `Post ${n}`,
    publication: 'Blog',
    aggregated: true,
    breakdown: [],
    quoteCount: 1,
    claimCount: 1,
    analysedAt: 1000 + n,
  };
}

/** A backup of `count` saved claims, ids from `from`. */
function backupClaims(count: number, from = 100): ClaimRecord[] {
  return Array.from({ length: count }, (_, i) => makeRecord(from + i, { note: `backup ${from + i}` }));
}

describe('importing a backup in batches', () => {
  beforeEach(() => {
    freshIndexedDb();
    clock = 1_800_000_000_000;
  });

  it('cuts the records into batches of at most IMPORT_BATCH_RECORDS, pages first', () => {
    const batches = toBatches(backupClaims(2500), [page(1), page(2)]);
    expect(batches.map((b) => [b.pages.length, b.claims.length])).toEqual([
      [2, 0],
      [0, IMPORT_BATCH_RECORDS],
      [0, IMPORT_BATCH_RECORDS],
      [0, 500],
    ]);
    expect(toBatches([], [])).toEqual([{ claims: [], pages: [] }]);
  });

  it('merges every batch once and answers the totals', async () => {
    const { store, router } = await worker();
    await store.importBackup({ claims: [makeRecord(100, { note: 'mine', version: 3 })] });
    const claims = backupClaims(2100);
    const result = await importInBatches(askOver(router.handle), { claims, pages: [page(1)] }, 'one');
    expect(result).toMatchObject({ ok: true, added: 2099, updated: 0, unchanged: 1, pagesAdded: 1 });
    // The library's copy was edited more often: it stays, and the backup's note is reported.
    expect((await store.getClaim('c100'))?.note).toBe('mine');
    expect(result.ok && result.noteConflicts.map((c) => c.replaced)).toEqual(['backup 100']);
    expect(await store.countSaved()).toBe(2100);
  });

  it('a batch sent again writes nothing and answers the same', async () => {
    const { store, router } = await worker();
    const batch = { importId: 'again', seq: 0, claims: backupClaims(3), pages: [page(1)] };
    expect(await router.handle({ type: 'import/batch', payload: batch })).toEqual({ merged: 1 });
    const after = await snapshot(store);
    clock += 60_000;
    expect(await router.handle({ type: 'import/batch', payload: batch })).toEqual({ merged: 1 });
    expect(await snapshot(store)).toEqual(after);

    const finish = { type: 'import/finish', payload: { importId: 'again', batches: 1 } };
    const first = await router.handle(finish);
    expect(first).toMatchObject({ added: 3, pagesAdded: 1 });
    expect(await router.handle(finish)).toEqual(first);
    expect(await snapshot(store)).toEqual(after);
  });

  it('sends a batch once more when the worker stopped before answering, and counts it once', async () => {
    const { store, router } = await worker();
    let dropped = 0;
    const flaky: Ask = (async (type: string, payload: unknown) => {
      const answer = await askOver(router.handle)(type as 'import/batch', payload as never);
      // The second batch is merged, but its answer is lost with the worker.
      if (type === 'import/batch' && (payload as { seq: number }).seq === 1 && dropped++ === 0)
        return { ok: false, error: 'did not answer', answered: false };
      return answer;
    }) as Ask;
    const result = await importInBatches(flaky, { claims: backupClaims(2500), pages: [] }, 'flaky');
    expect(dropped).toBe(2);
    expect(result).toMatchObject({ ok: true, added: 2500, unchanged: 0 });
    expect(await store.countSaved()).toBe(2500);
  });

  it('keeps nothing in the worker: each batch may reach a new one', async () => {
    const claims = backupClaims(2500);
    const batches = toBatches(claims, []);
    for (const [seq, batch] of batches.entries()) {
      const { router, store } = await worker();
      expect(
        await router.handle({ type: 'import/batch', payload: { importId: 'w', seq, ...batch } }),
      ).toEqual({
        merged: seq + 1,
      });
      store.db.close();
    }
    const { router, store } = await worker();
    expect(
      await router.handle({ type: 'import/finish', payload: { importId: 'w', batches: 3 } }),
    ).toMatchObject({
      added: 2500,
    });
    expect(await store.countSaved()).toBe(2500);
  });

  it('an interrupted import loses nothing saved before, says so, and importing again finishes it', async () => {
    const { store, router } = await worker();
    // The reader's library: notes written here, one claim edited more often than the backup's copy.
    const mine = [
      makeRecord(1, { note: 'my first note', version: 2 }),
      makeRecord(2, { note: '', tags: ['kept'] }),
      makeRecord(101, { note: 'edited here', version: 5 }),
    ];
    await store.importBackup({ claims: mine });
    const before = await store.listSaved();

    const claims = backupClaims(3000);
    const batches = toBatches(claims, []);
    // Two of three batches land, then the page closes (or the third fails).
    for (const seq of [0, 1])
      await router.handle({ type: 'import/batch', payload: { importId: 'cut', seq, ...batches[seq] } });
    const cut = (await router.handle({
      type: 'import/finish',
      payload: { importId: 'cut', batches: 3 },
    })) as {
      error: string;
    };
    expect(cut.error).toMatch(/^Only 2 of the backup's 3 parts reached the library/);
    // A later batch that skips one is refused too.
    const skip = await router.handle({
      type: 'import/batch',
      payload: { importId: 'cut', seq: 3, claims: [], pages: [] },
    });
    expect(skip).toEqual({ error: expect.stringMatching(/^Only 2 of the backup's 4 parts/) });

    // Every claim saved before is still there, as it was (the library's newer copy of c101 included).
    for (const record of before) expect(await store.getClaim(record.id)).toEqual(record);
    expect(await store.countSaved()).toBe(3 + 2000 - 1);

    // The same file again, as a new import: what landed is unchanged, the rest is added.
    const again = await importInBatches(askOver(router.handle), { claims, pages: [] }, 'again');
    expect(again).toMatchObject({ ok: true, added: 1000, updated: 0, unchanged: 2000 });
    expect(await store.countSaved()).toBe(3 + 3000 - 1);
    for (const record of before) expect(await store.getClaim(record.id)).toEqual(record);
  });

  it('a batch that fails part way leaves the library and the import as they were', async () => {
    const { store, router } = await worker();
    await router.handle({
      type: 'import/batch',
      payload: { importId: 'f', seq: 0, claims: backupClaims(2), pages: [] },
    });
    const after = await snapshot(store);
    const unstorable = { ...makeRecord(3), note: (() => 'a function cannot be stored') as unknown as string };
    await expect(
      store.importBatch({ importId: 'f', seq: 1, claims: [makeRecord(200), unstorable], pages: [] }),
    ).rejects.toThrow();
    expect(await snapshot(store)).toEqual(after);
    // The batch can be sent again (fixed) as the same part.
    expect(
      await router.handle({
        type: 'import/batch',
        payload: { importId: 'f', seq: 1, claims: [makeRecord(200)], pages: [] },
      }),
    ).toEqual({ merged: 2 });
  });

  it('refuses a batch larger than a message may carry, and checks its records', async () => {
    const { router } = await worker();
    const big = await router.handle({
      type: 'import/batch',
      payload: { importId: 'b', seq: 0, claims: backupClaims(IMPORT_BATCH_RECORDS + 1), pages: [] },
    });
    expect(big).toEqual({ error: expect.stringContaining(`more than ${IMPORT_BATCH_RECORDS} records`) });
    const bad = await router.handle({
      type: 'import/batch',
      payload: { importId: 'b', seq: 0, claims: [{ ...makeRecord(1), score: 'high' }], pages: [] },
    });
    expect(bad).toEqual({ error: expect.stringContaining('payload.claims[0].score') });
  });

  it('forgets the progress of an import abandoned a day ago', async () => {
    const { store, router } = await worker();
    await router.handle({
      type: 'import/batch',
      payload: { importId: 'old', seq: 0, claims: [], pages: [] },
    });
    clock += ABANDONED_IMPORT_MS + 1;
    await router.handle({
      type: 'import/batch',
      payload: { importId: 'new', seq: 0, claims: [], pages: [] },
    });
    expect((await store.db.getAll('imports')).map((p) => p.id)).toEqual(['new']);
    expect(await store.getClaim('c1')).toBeNull();
  });
});
