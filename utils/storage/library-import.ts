// Merging a validated backup into the library in one transaction: all of it lands, or (on any failure) none
// of it. Reads are batched (keys first, then only the records that exist) and writes are issued together, so
// 100,000 claims do not wait on 200,000 round trips one after another. How two copies become one: merge.ts.
import { Ledger } from './history';
import { mergeClaim, mergePage, type NoteConflict } from './merge';
import { abandon } from './records';
import type { LibraryDb } from './schema';
import type { ClaimRecord, PageRecord } from './types';

export interface ImportInput {
  claims: ClaimRecord[];
  pages?: PageRecord[];
}

export interface ImportResult {
  added: number;
  updated: number;
  unchanged: number;
  pagesAdded: number;
  noteConflicts: NoteConflict[];
}

export async function importBackup(db: LibraryDb, input: ImportInput): Promise<ImportResult> {
  const result: ImportResult = { added: 0, updated: 0, unchanged: 0, pagesAdded: 0, noteConflicts: [] };
  const tx = db.transaction(['pages', 'claims', 'meta'], 'readwrite');
  const claims = tx.objectStore('claims');
  const pages = tx.objectStore('pages');
  const writes: Promise<unknown>[] = [];
  try {
    const ledger = await Ledger.open(tx);
    const known = new Set(await claims.getAllKeys());
    const existing = await Promise.all(
      input.claims.map((c) => (known.has(c.id) ? claims.get(c.id) : Promise.resolve(undefined))),
    );
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
    await Promise.all(writes);
  } catch (error) {
    // Writes issued before the failure now reject with AbortError: they are expected, not unhandled.
    for (const write of writes) write.catch(() => {});
    return abandon(tx, error);
  }
  await tx.done;
  return result;
}
