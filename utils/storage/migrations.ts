// One migration per version of the schema (schema.ts). A database written by any earlier version opens with
// the current one: each step runs in the same versionchange transaction, so an upgrade is all or nothing.
// Only the background opens the database with an upgrade (db.ts); extension pages read (library-read.ts).
import { LEDGER_KEY, measureHistory } from './history';
import type { Upgrade, UpgradeTx } from './open-db';
import { DB_VERSION, type LibraryDb } from './schema';
import type { ClaimRecord } from './types';

/** A step's schema part runs first and synchronously; its data part (if any) after every schema part. */
interface Migration {
  schema(db: LibraryDb, tx: UpgradeTx): void;
  data?(tx: UpgradeTx): Promise<void>;
}

/** Version 1, the first development build: the two stores and claims by page; claims had no tags or updatedAt. */
function toVersion1(db: LibraryDb): void {
  db.createObjectStore('pages', { keyPath: 'url' });
  const claims = db.createObjectStore('claims', { keyPath: 'id' });
  claims.createIndex('byPage', 'pageUrl');
}

/**
 * Indexes version 2 made that no query reads (the library is filtered in memory): version 4 deletes them.
 * Typed loosely because the current schema no longer names them.
 */
const UNUSED_INDEXES = {
  pages: ['byPublication'],
  claims: ['byOutlet', 'byPublication', 'byTag'],
} as const;

interface LooseIndexes {
  createIndex(name: string, keyPath: string, options?: IDBIndexParameters): unknown;
  deleteIndex(name: string): void;
  indexNames: DOMStringList;
}

function loose(tx: UpgradeTx, store: 'pages' | 'claims'): LooseIndexes {
  return tx.objectStore(store) as unknown as LooseIndexes;
}

/** Version 2: indexes, and tags/updatedAt/orphanedAt on every claim. */
function toVersion2(_db: LibraryDb, tx: UpgradeTx): void {
  const pages = loose(tx, 'pages');
  pages.createIndex('byPublication', 'publication');
  pages.createIndex('byAnalysedAt', 'analysedAt');
  const claims = loose(tx, 'claims');
  claims.createIndex('byOutlet', 'outlet');
  claims.createIndex('byPublication', 'publication');
  claims.createIndex('bySavedAt', 'savedAt');
  claims.createIndex('byTag', 'tags', { multiEntry: true });
}

async function backfillVersion2(tx: UpgradeTx): Promise<void> {
  let cursor = await tx.objectStore('claims').openCursor();
  while (cursor) {
    const old = cursor.value as Partial<ClaimRecord> & { tags?: unknown };
    const tags = Array.isArray(old.tags) ? old.tags.filter((t): t is string => typeof t === 'string') : [];
    const updatedAt = typeof old.updatedAt === 'number' ? old.updatedAt : (old.savedAt ?? 0);
    await cursor.update({
      ...(old as ClaimRecord),
      note: typeof old.note === 'string' ? old.note : '',
      tags,
      updatedAt,
      orphanedAt: old.orphanedAt ?? null,
    });
    cursor = await cursor.continue();
  }
}

/** Version 3: the `meta` store with the history's ledger, and an edit version on every claim. */
function toVersion3(db: LibraryDb): void {
  db.createObjectStore('meta');
}

async function backfillVersion3(tx: UpgradeTx): Promise<void> {
  let cursor = await tx.objectStore('claims').openCursor();
  while (cursor) {
    const old = cursor.value as ClaimRecord & { version?: unknown };
    if (!Number.isInteger(old.version) || (old.version as number) < 1)
      await cursor.update({ ...old, version: 1 });
    cursor = await cursor.continue();
  }
  await tx.objectStore('meta').put(await measureHistory(tx), LEDGER_KEY);
}

/** Version 4: the indexes no query uses are deleted; every record stays. */
function toVersion4(_db: LibraryDb, tx: UpgradeTx): void {
  for (const [store, names] of Object.entries(UNUSED_INDEXES) as [
    keyof typeof UNUSED_INDEXES,
    readonly string[],
  ][]) {
    const indexes = loose(tx, store);
    for (const name of names) if (indexes.indexNames.contains(name)) indexes.deleteIndex(name);
  }
}

/** Version 5: the store `imports`, where a backup imported in batches keeps how far it got. */
function toVersion5(db: LibraryDb): void {
  db.createObjectStore('imports', { keyPath: 'id' });
}

/** MIGRATIONS[n - 1] takes a database from version n - 1 to version n. */
const MIGRATIONS: Migration[] = [
  { schema: toVersion1 },
  { schema: toVersion2, data: backfillVersion2 },
  { schema: toVersion3, data: backfillVersion3 },
  { schema: toVersion4 },
  { schema: toVersion5 },
];

/** Runs every step after `oldVersion`, up to `newVersion` (the current version unless a test asks for less). */
export const migrateLibrary: Upgrade = async (db, oldVersion, newVersion, tx) => {
  const steps = MIGRATIONS.slice(oldVersion, newVersion ?? DB_VERSION);
  for (const step of steps) step.schema(db, tx);
  for (const step of steps) await step.data?.(tx);
};

/** How many versions the migrations reach: DB_VERSION, or a step is missing (a unit test compares them). */
export const MIGRATED_VERSION = MIGRATIONS.length;
