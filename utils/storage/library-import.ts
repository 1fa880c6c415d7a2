// Merging a validated backup into the library, in batches. The options page reads the file and sends its
// records to the background in numbered batches of one import; each batch is merged in one transaction that
// also records how far the import got (store `imports`), so:
// - a batch sent twice (a worker that stopped before it answered) is merged once: the second finds itself
//   already counted and writes nothing;
// - the background keeps nothing in memory between batches, and an import interrupted half way leaves the
//   batches before it merged and everything else as it was (merging never loses the newer copy of a claim,
//   nor unsaves one), so importing the file again finishes the work.
// How two copies become one: merge.ts.
import { interruptedImportMessage, StorageError } from './errors';
import { Ledger } from './history';
import { mergeClaim, mergePage, type NoteConflict } from './merge';
import { abandon } from './records';
import type { LibraryDb } from './schema';
import type { ClaimRecord, PageRecord } from './types';

export interface ImportInput {
  claims: ClaimRecord[];
  pages?: PageRecord[];
}

export interface ImportBatch extends ImportInput {
  /** Names one import (the page makes it up); batches of another import are counted apart. */
  importId: string;
  /** 0, 1, 2…: each batch must follow the last one merged. */
  seq: number;
}

export interface ImportResult {
  added: number;
  updated: number;
  unchanged: number;
  pagesAdded: number;
  noteConflicts: NoteConflict[];
}

/** How far one import got: kept in the store `imports` beside the records it merged. */
export interface ImportProgress extends ImportResult {
  id: string;
  /** How many batches are merged. */
  batches: number;
  finished: boolean;
  touchedAt: number;
}

/** An import not touched for this long was abandoned: the next import forgets its progress. */
export const ABANDONED_IMPORT_MS = 24 * 60 * 60 * 1000;

function emptyProgress(id: string, now: number): ImportProgress {
  return {
    id,
    batches: 0,
    finished: false,
    touchedAt: now,
    added: 0,
    updated: 0,
    unchanged: 0,
    pagesAdded: 0,
    noteConflicts: [],
  };
}

function resultOf(progress: ImportProgress): ImportResult {
  const { added, updated, unchanged, pagesAdded, noteConflicts } = progress;
  return { added, updated, unchanged, pagesAdded, noteConflicts };
}

function importTx(db: LibraryDb) {
  return db.transaction(['pages', 'claims', 'meta', 'imports'], 'readwrite');
}
type ImportTx = ReturnType<typeof importTx>;

/** Merges the records into the library inside `tx`; reads are issued together, then writes together. */
async function mergeRecords(
  tx: ImportTx,
  input: ImportInput,
  result: ImportResult,
  writes: Promise<unknown>[],
) {
  const claims = tx.objectStore('claims');
  const pages = tx.objectStore('pages');
  const ledger = await Ledger.open(tx);
  const existing = await Promise.all(input.claims.map((c) => claims.get(c.id)));
  input.claims.forEach((incoming, i) => {
    const merged = mergeClaim(existing[i], incoming);
    if (merged.outcome !== 'added' && merged.conflict) result.noteConflicts.push(merged.conflict);
    if (merged.outcome === 'unchanged') result.unchanged += 1;
    else {
      ledger.claim(existing[i], merged.record);
      writes.push(claims.put(merged.record));
      result[merged.outcome] += 1;
    }
  });
  const incomingPages = input.pages ?? [];
  const pageCopies = await Promise.all(incomingPages.map((p) => pages.get(p.url)));
  incomingPages.forEach((page, i) => {
    const kept = mergePage(pageCopies[i], page);
    if (kept) {
      ledger.page(pageCopies[i], kept);
      writes.push(pages.put(kept));
      result.pagesAdded += 1;
    }
  });
  writes.push(ledger.save());
}

/** Forgets the progress of imports nobody finished or asked about for a day. */
async function forgetAbandoned(tx: ImportTx, now: number, writes: Promise<unknown>[]) {
  for (const progress of await tx.objectStore('imports').getAll())
    if (now - progress.touchedAt > ABANDONED_IMPORT_MS)
      writes.push(tx.objectStore('imports').delete(progress.id));
}

/**
 * Merges batch `seq` of an import, all of it or (on any failure) none of it, and answers how many batches of
 * that import are merged. A batch already merged is not merged again.
 */
export async function importBatch(db: LibraryDb, batch: ImportBatch, now: number): Promise<ImportProgress> {
  const tx = importTx(db);
  const writes: Promise<unknown>[] = [];
  try {
    const progress =
      (await tx.objectStore('imports').get(batch.importId)) ?? emptyProgress(batch.importId, now);
    if (batch.seq < progress.batches) {
      await tx.done;
      return progress;
    }
    if (progress.finished || batch.seq > progress.batches)
      throw new StorageError('invalid', interruptedImportMessage(progress.batches, batch.seq + 1));
    if (batch.seq === 0) await forgetAbandoned(tx, now, writes);
    const next: ImportProgress = { ...progress, noteConflicts: [...progress.noteConflicts] };
    await mergeRecords(tx, batch, next, writes);
    next.batches = batch.seq + 1;
    next.touchedAt = now;
    writes.push(tx.objectStore('imports').put(next));
    await Promise.all(writes);
    await tx.done;
    return next;
  } catch (error) {
    // Writes issued before the failure now reject with AbortError: they are expected, not unhandled.
    for (const write of writes) write.catch(() => {});
    return abandon(tx, error);
  }
}

/**
 * Ends an import of `batches` batches with what it did in all. Refused, in words the reader can act on, when
 * fewer batches arrived; asked again, it answers the same.
 */
export async function finishImport(
  db: LibraryDb,
  importId: string,
  batches: number,
  now: number,
): Promise<ImportResult> {
  const tx = importTx(db);
  const imports = tx.objectStore('imports');
  const progress = await imports.get(importId);
  if (!progress || progress.batches !== batches)
    return abandon(
      tx,
      new StorageError('invalid', interruptedImportMessage(progress?.batches ?? 0, batches)),
    );
  if (!progress.finished) await imports.put({ ...progress, finished: true, touchedAt: now });
  await tx.done;
  return resultOf(progress);
}

/** A backup merged as one batch: all of it lands, or none of it. */
export async function importBackup(db: LibraryDb, input: ImportInput, now: number): Promise<ImportResult> {
  const importId = `whole:${now}:${Math.random().toString(36).slice(2)}`;
  await importBatch(db, { ...input, importId, seq: 0 }, now);
  return finishImport(db, importId, 1, now);
}
