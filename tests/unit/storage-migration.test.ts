// A database written by version 1 opens with the current version: data kept, new fields filled, new
// indexes answer; and an upgrade blocked by an old open page fails with a message instead of hanging.
import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { openLibraryDb } from '../../utils/storage/db';
import { BLOCKED_MESSAGE, StorageError } from '../../utils/storage/errors';
import { LibraryStore } from '../../utils/storage/library';
import { MIGRATED_VERSION } from '../../utils/storage/migrations';
import { DB_NAME, DB_VERSION } from '../../utils/storage/schema';
import { freshIndexedDb, makeRecord, PAGE_URL } from './storage-helpers';

function request<T>(req: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
  });
}

/** Writes a database exactly as version 1 did, with raw IndexedDB (no code from the current schema). */
async function writeVersion1(records: object[], pages: object[]): Promise<IDBDatabase> {
  const open = indexedDB.open(DB_NAME, 1);
  open.onupgradeneeded = () => {
    const db = open.result;
    db.createObjectStore('pages', { keyPath: 'url' });
    db.createObjectStore('claims', { keyPath: 'id' }).createIndex('byPage', 'pageUrl');
  };
  const db = await request(open);
  const tx = db.transaction(['pages', 'claims'], 'readwrite');
  for (const r of records) tx.objectStore('claims').put(r);
  for (const p of pages) tx.objectStore('pages').put(p);
  await new Promise((resolve, reject) => {
    tx.oncomplete = resolve;
    tx.onerror = () => reject(tx.error);
  });
  return db;
}

/** The stores and indexes as version 2 made them (version 3 kept them). */
function createVersion2Stores(db: IDBDatabase): void {
  const p = db.createObjectStore('pages', { keyPath: 'url' });
  p.createIndex('byPublication', 'publication');
  p.createIndex('byAnalysedAt', 'analysedAt');
  const c = db.createObjectStore('claims', { keyPath: 'id' });
  c.createIndex('byPage', 'pageUrl');
  c.createIndex('byOutlet', 'outlet');
  c.createIndex('byPublication', 'publication');
  c.createIndex('bySavedAt', 'savedAt');
  c.createIndex('byTag', 'tags', { multiEntry: true });
}

/** A version 1 claim: no tags, no updatedAt, no orphanedAt. */
function v1Record(n: number, savedAt: number | null, note = '') {
  const { tags: _t, updatedAt: _u, orphanedAt: _o, ...rest } = makeRecord(n, { savedAt, note });
  return rest;
}

describe('schema migrations', () => {
  beforeEach(() => {
    freshIndexedDb();
  });

  it('upgrades a version 1 database, keeping every record and adding the indexes', async () => {
    const old = await writeVersion1(
      [v1Record(1, 1000, 'my note'), v1Record(2, null), v1Record(3, 3000)],
      [
        {
          url: PAGE_URL,
          title: 'Fiercest',
          publication: 'Zero Hedge',
          aggregated: true,
          breakdown: [],
          quoteCount: 2,
          claimCount: 3,
          analysedAt: 500,
        },
      ],
    );
    old.close();

    const db = await openLibraryDb();
    expect(db.version).toBe(DB_VERSION);
    expect([...db.objectStoreNames].sort()).toEqual(['claims', 'imports', 'meta', 'pages']);
    const claimIndexes = [...db.transaction('claims').store.indexNames].sort();
    expect(claimIndexes).toEqual(['byPage', 'bySavedAt']);
    expect([...db.transaction('pages').store.indexNames]).toEqual(['byAnalysedAt']);

    const first = await db.get('claims', 'c1');
    expect(first).toMatchObject({
      note: 'my note',
      tags: [],
      updatedAt: 1000,
      orphanedAt: null,
      savedAt: 1000,
    });
    expect((await db.get('claims', 'c2'))?.updatedAt).toBe(0);

    // The new indexes answer for old data: only saved claims are in bySavedAt.
    const saved = await db.getAllFromIndex('claims', 'bySavedAt');
    expect(saved.map((r) => r.id)).toEqual(['c1', 'c3']);
    expect((await db.getAllFromIndex('claims', 'byPage', PAGE_URL)).length).toBe(3);

    // And the store works on the upgraded data.
    const store = new LibraryStore(db, () => 9999);
    const updated = await store.updateClaim('c3', { version: 1, tags: ['syria'] });
    expect(updated.ok && updated.record.tags).toEqual(['syria']);
    db.close();
  });

  it('upgrades a version 2 database to 3: every record kept, a version on each claim, the ledger counted', async () => {
    const saved = (n: number, note: string) => {
      const { version: _v, ...rest } = makeRecord(n, { note, tags: ['t'] });
      return rest;
    };
    const unsaved = (n: number) => {
      const { version: _v, ...rest } = makeRecord(n, { savedAt: null, pageUrl: 'https://other.example/p' });
      return rest;
    };
    const page = (url: string) => ({
      url,
      title: 'T',
      publication: 'P',
      aggregated: true,
      breakdown: [],
      quoteCount: 1,
      claimCount: 1,
      analysedAt: 5,
    });
    const claims = [saved(1, 'note one'), saved(2, ''), unsaved(3), unsaved(4)];
    const pages = [page(PAGE_URL), page('https://other.example/p')];
    const open = indexedDB.open(DB_NAME, 2);
    open.onupgradeneeded = () => {
      const db = open.result;
      createVersion2Stores(db);
    };
    const old = await request(open);
    const tx = old.transaction(['pages', 'claims'], 'readwrite');
    for (const r of claims) tx.objectStore('claims').put(r);
    for (const p of pages) tx.objectStore('pages').put(p);
    await new Promise((resolve) => {
      tx.oncomplete = resolve;
    });
    old.close();

    const db = await openLibraryDb();
    expect(db.version).toBe(DB_VERSION);
    for (const r of claims) expect(await db.get('claims', r.id)).toEqual({ ...r, version: 1 });
    expect(await db.getAll('pages')).toEqual([...pages].sort((a, b) => (a.url < b.url ? -1 : 1)));
    const bytes =
      claims.slice(2).reduce((n, r) => n + JSON.stringify({ ...r, version: 1 }).length, 0) +
      pages.reduce((n, p) => n + JSON.stringify(p).length, 0);
    expect(await db.get('meta', 'history')).toEqual({ claims: 2, pages: 2, bytes });

    // Edits now name their version: the first on version 1 goes through, a second on 1 is refused.
    const store = new LibraryStore(db, () => 9999);
    expect(await store.updateClaim('c1', { version: 1, note: 'edited' })).toMatchObject({ ok: true });
    const stale = await store.updateClaim('c1', { version: 1, note: 'stale' });
    expect(stale).toMatchObject({ ok: false, current: { note: 'edited', version: 2 } });
    db.close();
  });

  it('upgrades a version 3 database: the unused indexes gone, every record and the ledger kept', async () => {
    const claims = [
      makeRecord(1, { note: 'kept note', tags: ['syria', 'war'], version: 4 }),
      makeRecord(2, { savedAt: null, outlet: null }),
      makeRecord(3, { orphanedAt: 123, tags: ['syria'] }),
    ];
    const pages = [
      {
        url: PAGE_URL,
        title: 'T',
        publication: 'Zero Hedge',
        aggregated: true,
        breakdown: [],
        quoteCount: 1,
        claimCount: 3,
        analysedAt: 5,
      },
    ];
    const ledger = { claims: 1, pages: 1, bytes: 4321 };
    const open = indexedDB.open(DB_NAME, 3);
    open.onupgradeneeded = () => {
      const db = open.result;
      createVersion2Stores(db);
      db.createObjectStore('meta');
    };
    const old = await request(open);
    const tx = old.transaction(['pages', 'claims', 'meta'], 'readwrite');
    for (const r of claims) tx.objectStore('claims').put(r);
    for (const p of pages) tx.objectStore('pages').put(p);
    tx.objectStore('meta').put(ledger, 'history');
    await new Promise((resolve) => {
      tx.oncomplete = resolve;
    });
    old.close();

    const db = await openLibraryDb();
    expect(db.version).toBe(DB_VERSION);
    expect(await db.count('imports')).toBe(0);
    expect([...db.transaction('claims').store.indexNames].sort()).toEqual(['byPage', 'bySavedAt']);
    expect([...db.transaction('pages').store.indexNames]).toEqual(['byAnalysedAt']);
    expect(await db.getAll('claims')).toEqual(claims);
    expect(await db.getAll('pages')).toEqual(pages);
    expect(await db.get('meta', 'history')).toEqual(ledger);
    // The indexes that stay still answer for the old records.
    expect((await db.getAllFromIndex('claims', 'bySavedAt')).map((r) => r.id)).toEqual(['c1', 'c3']);
    expect(await db.countFromIndex('claims', 'byPage', PAGE_URL)).toBe(3);
    expect(await db.countFromIndex('pages', 'byAnalysedAt')).toBe(1);
    db.close();
  });

  it('has one migration for every version', () => {
    expect(MIGRATED_VERSION).toBe(DB_VERSION);
  });

  it('creates an empty current database from nothing', async () => {
    const db = await openLibraryDb();
    expect(db.version).toBe(DB_VERSION);
    expect(await db.count('claims')).toBe(0);
    db.close();
  });

  it('fails with a plain message when an old page blocks the upgrade, and loses nothing', async () => {
    const old = await writeVersion1([v1Record(1, 1000, 'kept')], []);
    // This old connection never steps aside (no versionchange handler), like an old popup left open.
    const attempt = openLibraryDb().then(
      () => null,
      (error: unknown) => error,
    );
    const error = await attempt;
    expect(error).toBeInstanceOf(StorageError);
    expect((error as StorageError).code).toBe('blocked');
    expect((error as StorageError).message).toBe(BLOCKED_MESSAGE);

    // Once the old page goes away, the upgrade completes with the data intact.
    old.close();
    await new Promise((r) => setTimeout(r, 20));
    const db = await openLibraryDb();
    expect((await db.get('claims', 'c1'))?.note).toBe('kept');
    db.close();
  });

  it('steps aside when a newer version wants the database', async () => {
    let closed = 0;
    const db = await openLibraryDb({ onClosed: () => (closed += 1) });
    const newer = await request(indexedDB.open(DB_NAME, DB_VERSION + 1));
    expect(newer.version).toBe(DB_VERSION + 1);
    expect(closed).toBe(1);
    newer.close();
    db.close();
  });
});
