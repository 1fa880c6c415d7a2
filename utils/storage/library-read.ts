// The library's read API: everything extension pages (popup, options) may do with the database themselves.
// Pages only read: every change goes to the background over the message channel (utils/messaging), which
// alone holds the write API (library.ts) and alone upgrades the database. The database handle here is typed
// without any write method, and a unit test checks that no extension page imports the write API.
import type { IDBPTransaction, StoreNames } from 'idb';
import { normaliseUrl } from '../url';
import { StorageError } from './errors';
import { type OpenOptions, openDatabase } from './open-db';
import type { LibraryDb, LibrarySchema } from './schema';
import type { ClaimRecord, PageRecord } from './types';

type Store = StoreNames<LibrarySchema>;

/** The database as a reader sees it: gets, counts and read-only transactions. */
export interface ReadOnlyLibraryDb
  extends Pick<LibraryDb, 'get' | 'getAll' | 'getAllFromIndex' | 'count' | 'countFromIndex' | 'close'> {
  transaction<Name extends Store>(
    storeNames: Name,
    mode?: 'readonly',
  ): IDBPTransaction<LibrarySchema, [Name], 'readonly'>;
}

export class LibraryReader<Db extends ReadOnlyLibraryDb = ReadOnlyLibraryDb> {
  constructor(readonly db: Db) {}

  async getClaim(id: string): Promise<ClaimRecord | null> {
    return (await this.db.get('claims', id)) ?? null;
  }

  /** Every saved claim, oldest saved first (the savedAt index holds only saved claims). */
  async listSaved(): Promise<ClaimRecord[]> {
    return this.db.getAllFromIndex('claims', 'bySavedAt');
  }

  /**
   * The newest saved claims, newest first, for a first paint before the whole library is read. A key cursor
   * jumps to the limit-th newest time, then one getAll reads from there: three round trips, not one per row.
   */
  async newestSaved(limit: number): Promise<ClaimRecord[]> {
    const tx = this.db.transaction('claims');
    const index = tx.store.index('bySavedAt');
    let cursor = await index.openKeyCursor(null, 'prev');
    if (cursor && limit > 1) cursor = await cursor.advance(limit - 1);
    const records = cursor ? await index.getAll(IDBKeyRange.lowerBound(cursor.key)) : await index.getAll();
    await tx.done;
    return records.reverse();
  }

  async countSaved(): Promise<number> {
    return this.db.countFromIndex('claims', 'bySavedAt');
  }

  async savedIdsForPage(pageUrl: string): Promise<string[]> {
    const onPage = await this.db.getAllFromIndex('claims', 'byPage', normaliseUrl(pageUrl));
    return onPage.filter((r) => r.savedAt !== null).map((r) => r.id);
  }

  /** Every page record: the history (pages analysed) and the pages saved claims came from. */
  async listPages(): Promise<PageRecord[]> {
    return this.db.getAll('pages');
  }

  /** The page records behind a set of claims (for exports). */
  async pagesFor(claims: ClaimRecord[]): Promise<PageRecord[]> {
    const urls = new Set(claims.map((c) => c.pageUrl));
    // One read of every page beats hundreds of single reads, each a round trip to the database.
    if (urls.size > 20) return (await this.db.getAll('pages')).filter((p) => urls.has(p.url));
    const tx = this.db.transaction('pages');
    const pages = await Promise.all([...urls].map((url) => tx.store.get(url)));
    await tx.done;
    return pages.filter((p): p is PageRecord => p !== undefined);
  }
}

/** Opens the database to read; refuses (StorageError 'outdated') one that is missing or needs an upgrade. */
export async function openLibraryForReading(options: OpenOptions = {}): Promise<LibraryReader> {
  return new LibraryReader(await openDatabase(options, null));
}

/**
 * For an extension page: a reader that opens on first use and reopens after stepping aside for an upgrade.
 * A database this code finds missing or older is not touched: `prepare` asks the background to create or
 * upgrade it, and the page opens it again.
 */
export function libraryReader(
  prepare: () => Promise<unknown>,
  options: OpenOptions = {},
): () => Promise<LibraryReader> {
  let opening: Promise<LibraryReader> | null = null;
  const open = (): Promise<LibraryReader> =>
    openLibraryForReading({ ...options, onClosed: () => (opening = null) }).catch(async (error: unknown) => {
      if (!(error instanceof StorageError) || error.code !== 'outdated') throw error;
      await prepare();
      return openLibraryForReading({ ...options, onClosed: () => (opening = null) });
    });
  return () => {
    opening ??= open().catch((error: unknown) => {
      opening = null;
      throw error;
    });
    return opening;
  };
}
