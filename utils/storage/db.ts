// Opens the library database. Only the background and extension pages call this (content scripts ask the
// background). An open connection steps aside when a newer version needs the database, and an open that an
// old page blocks fails with a message instead of hanging.
import { openDB } from 'idb';
import { BLOCKED_MESSAGE, StorageError } from './errors';
import { DB_NAME, DB_VERSION, type LibraryDb, type LibrarySchema, upgradeLibrary } from './schema';

export interface OpenOptions {
  name?: string;
  /** Called when this connection closed itself so a newer version could open; reopen on next use. */
  onClosed?: () => void;
}

export async function openLibraryDb(options: OpenOptions = {}): Promise<LibraryDb> {
  let onBlocked: () => void = () => {};
  const blockedSignal = new Promise<'blocked'>((resolve) => {
    onBlocked = () => resolve('blocked');
  });
  let connection: LibraryDb | null = null;
  const opening = openDB<LibrarySchema>(options.name ?? DB_NAME, DB_VERSION, {
    upgrade(db, oldVersion, newVersion, tx) {
      upgradeLibrary(db, oldVersion, newVersion, tx).catch(() => {
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
  const result = await Promise.race([opening, blockedSignal]);
  if (result === 'blocked') {
    // If the old page closes later the upgrade completes; this connection is not needed then.
    opening.then((db) => db.close()).catch(() => {});
    throw new StorageError('blocked', BLOCKED_MESSAGE);
  }
  connection = result;
  return result;
}
