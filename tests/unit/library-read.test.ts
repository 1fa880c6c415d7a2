// The read API extension pages use (utils/storage/library-read.ts): it reads what the background wrote, and
// never creates or upgrades the database itself; a page that finds it missing or old asks the background
// (library/open) and reads once that is done.
import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { openLibraryDb } from '../../utils/storage/db';
import { StorageError } from '../../utils/storage/errors';
import { LibraryStore } from '../../utils/storage/library';
import { libraryReader, openLibraryForReading } from '../../utils/storage/library-read';
import { DB_NAME } from '../../utils/storage/schema';
import { freshIndexedDb, makeClaim, PAGE_URL, routerOver } from './storage-helpers';

function request<T>(req: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
  });
}

async function databaseVersion(): Promise<number | null> {
  const found = (await indexedDB.databases()).find((d) => d.name === DB_NAME);
  return found?.version ?? null;
}

describe('the read API', () => {
  beforeEach(() => {
    freshIndexedDb();
  });

  it('refuses a missing database without creating one', async () => {
    const error = await openLibraryForReading().then(
      () => null,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(StorageError);
    expect((error as StorageError).code).toBe('outdated');
    expect(await databaseVersion()).toBeNull();
  });

  it('leaves an older database as it was', async () => {
    const old = await request(indexedDB.open(DB_NAME, 3));
    old.close();
    await expect(openLibraryForReading()).rejects.toMatchObject({ code: 'outdated' });
    expect(await databaseVersion()).toBe(3);
  });

  it('asks the background to open the database, then reads what it wrote', async () => {
    const store = new LibraryStore(await openLibraryDb(), () => 5000);
    const router = routerOver(store, () => 5000);
    await store.saveClaim({ claim: makeClaim(1), pageUrl: PAGE_URL, pageTitle: 'T', note: 'n' });
    store.db.close();
    freshIndexedDb();

    let asked = 0;
    const background = async () => {
      asked += 1;
      const opened = new LibraryStore(await openLibraryDb(), () => 5000);
      await opened.saveClaim({ claim: makeClaim(2), pageUrl: PAGE_URL, pageTitle: 'T' });
      return router.handle({ type: 'library/open', payload: {} });
    };
    const read = libraryReader(background);
    const reader = await read();
    expect(asked).toBe(1);
    expect((await reader.listSaved()).map((c) => c.id)).toEqual(['c2']);
    expect(await reader.savedIdsForPage(`${PAGE_URL}?utm_source=x`)).toEqual(['c2']);
    // Opened once: the next read reuses the connection and asks nothing.
    expect(await read()).toBe(reader);
    expect(asked).toBe(1);
  });

  it('has no way to write: the handle it reads through offers no put, delete or readwrite transaction', async () => {
    await openLibraryDb();
    const reader = await openLibraryForReading();
    // @ts-expect-error: the read API's database has no put.
    expect(() => reader.db.put).not.toThrow();
    // @ts-expect-error: nor a readwrite transaction.
    expect(() => reader.db.transaction('claims', 'readwrite')).not.toThrow();
  });
});
