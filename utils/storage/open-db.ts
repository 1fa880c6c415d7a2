// Opening the library database, for the background (db.ts, which upgrades it) and for extension pages
// (library-read.ts, which never do). An open connection steps aside when a newer version needs the database,
// and an open that an old page blocks fails with a message instead of hanging.
import { type IDBPTransaction, openDB, type StoreNames } from 'idb';
import { BLOCKED_MESSAGE, StorageError } from './errors';
import { DB_NAME, DB_VERSION, type LibraryDb, type LibrarySchema } from './schema';

export interface OpenOptions {
  name?: string;
  /** Called when this connection closed itself so a newer version could open; reopen on next use. */
  onClosed?: () => void;
}

export type UpgradeTx = IDBPTransaction<LibrarySchema, StoreNames<LibrarySchema>[], 'versionchange'>;
export type Upgrade = (
  db: LibraryDb,
  oldVersion: number,
  newVersion: number | null,
  tx: UpgradeTx,
) => Promise<void>;

/** The database is missing or older than this code, and this opener does not upgrade. */
export const OUTDATED_MESSAGE = "Sourcelight's library is not ready yet.";

/** Opens the current version; `upgrade` null means a database that needs one is left as it is (refused). */
export async function openDatabase(options: OpenOptions, upgrade: Upgrade | null): Promise<LibraryDb> {
  let onBlocked: () => void = () => {};
  const blockedSignal = new Promise<'blocked'>((resolve) => {
    onBlocked = () => resolve('blocked');
  });
  let connection: LibraryDb | null = null;
  let refused = false;
  const opening = openDB<LibrarySchema>(options.name ?? DB_NAME, DB_VERSION, {
    upgrade(db, oldVersion, newVersion, tx) {
      if (!upgrade) {
        refused = true;
        // The abort is the answer here, not a failure to report.
        tx.done.catch(() => {});
        tx.abort();
        return;
      }
      upgrade(db, oldVersion, newVersion, tx).catch(() => {
        // A failed migration must leave the old data as it was.
        tx.abort();
      });
    },
    blocked() {
      onBlocked();
    },
    blocking() {
      connection?.close();
      options.onClosed?.();
    },
    terminated() {
      options.onClosed?.();
    },
  });
  // An open blocked by an old page would otherwise wait until that page closes, however long that takes.
  const result = await Promise.race([opening, blockedSignal]).catch((error: unknown) => {
    throw refused ? new StorageError('outdated', OUTDATED_MESSAGE) : error;
  });
  if (result === 'blocked') {
    // If the old page closes later the upgrade completes; this connection is not needed then.
    opening.then((db) => db.close()).catch(() => {});
    throw new StorageError('blocked', BLOCKED_MESSAGE);
  }
  connection = result;
  return result;
}
