// The library's write API, for the background only (extension pages read through library-read.ts and send
// every change as a message). Each change is one readwrite transaction that reads the current record and
// puts the new one by id, so saves arriving from several tabs at once are applied one after another and none
// is lost; doing the same save twice leaves one record. Each also adjusts the history's ledger (history.ts)
// in the same transaction, and an edit made on an older version of a claim is refused rather than written
// over a newer one.
import type { PageReport } from '../analysis/types';
import type { Claim } from '../claims/types';
import { StorageError } from './errors';
import { HISTORY_LIMITS, type HistoryLimits, Ledger } from './history';
import {
  finishImport,
  type ImportBatch,
  type ImportInput,
  type ImportProgress,
  type ImportResult,
  importBackup,
  importBatch,
} from './library-import';
import { LibraryReader } from './library-read';
import { recordAnalysis } from './record-analysis';
import { abandon, cleanTags, newClaimRecord } from './records';
import type { LibraryDb } from './schema';
import type { ClaimRecord } from './types';

export interface SaveInput {
  claim: Claim;
  pageUrl: string;
  pageTitle: string | null;
  note?: string;
  tags?: string[];
  /**
   * The version of the saved claim the note was written on; left out by a caller that never saw a note
   * (the page's card). A note that would replace a different, non-empty note is refused unless it names the
   * claim's current version.
   */
  version?: number;
}

export interface ClaimChange {
  /** The version the edit was made on. */
  version: number;
  note?: string;
  tags?: string[];
}

/** An edit applied, or refused because the claim moved on: then `current` is the newer copy to show. */
export type UpdateResult = { ok: true; record: ClaimRecord } | { ok: false; current: ClaimRecord };

export type { ImportBatch, ImportInput, ImportResult } from './library-import';

export function noteConflictMessage(current: ClaimRecord): string {
  const shown = current.note.length > 120 ? `${current.note.slice(0, 120)}…` : current.note;
  return (
    `This claim already has a different note, written elsewhere: "${shown}". Your note was not saved; ` +
    "open the claim in Sourcelight's library to keep either note or both."
  );
}

/** The write API: the background's alone. Reads are LibraryReader's (library-read.ts), which pages use too. */
export class LibraryStore extends LibraryReader<LibraryDb> {
  constructor(
    db: LibraryDb,
    private readonly now: () => number = Date.now,
    private readonly limits: HistoryLimits = HISTORY_LIMITS,
  ) {
    super(db);
  }

  private newRecord(claim: Claim, pageUrl: string, pageTitle: string | null): ClaimRecord {
    return newClaimRecord(claim, pageUrl, pageTitle, this.now());
  }

  private writeTx() {
    return this.db.transaction(['pages', 'claims', 'meta'], 'readwrite');
  }

  /**
   * Keeps a page's analysis (when history is on) and refreshes any saved claim found on it again; see
   * record-analysis.ts. Returns the ids of the claims saved from this page.
   */
  async recordAnalysis(
    report: PageReport,
    claims: Claim[],
    pageUrl: string,
    options: { history: boolean },
  ): Promise<string[]> {
    return recordAnalysis(this.db, { now: this.now, limits: this.limits }, report, claims, pageUrl, options);
  }

  /**
   * Saves a claim; saving one already saved only applies a note or tags that were given. A note that would
   * replace a different note is refused (StorageError 'conflict') unless it names the current version.
   */
  async saveClaim(input: SaveInput): Promise<ClaimRecord> {
    const tx = this.writeTx();
    const store = tx.objectStore('claims');
    const ledger = await Ledger.open(tx);
    const existing = await store.get(input.claim.id);
    if (
      existing &&
      input.note !== undefined &&
      input.note !== existing.note &&
      existing.note !== '' &&
      input.version !== existing.version
    ) {
      return abandon(tx, new StorageError('conflict', noteConflictMessage(existing)));
    }
    const base = existing ?? this.newRecord(input.claim, input.pageUrl, input.pageTitle);
    const note = input.note ?? base.note;
    const tags = input.tags ? cleanTags(input.tags) : base.tags;
    const unchanged =
      existing?.savedAt != null && note === existing.note && tags.join('\n') === existing.tags.join('\n');
    const record: ClaimRecord = unchanged
      ? (existing as ClaimRecord)
      : {
          ...base,
          savedAt: base.savedAt ?? this.now(),
          note,
          tags,
          updatedAt: this.now(),
          version: existing ? existing.version + 1 : 1,
        };
    if (!unchanged) {
      ledger.claim(existing, record);
      await store.put(record);
      await ledger.save();
    }
    await tx.done;
    return record;
  }

  /** Unsaves a claim: it stays as history (note and tags kept) when history is on, and goes otherwise. */
  async unsaveClaim(id: string, options: { history: boolean }): Promise<void> {
    const tx = this.writeTx();
    const store = tx.objectStore('claims');
    const ledger = await Ledger.open(tx);
    const existing = await store.get(id);
    if (existing) {
      if (!options.history) {
        ledger.claim(existing, null);
        await store.delete(id);
      } else if (existing.savedAt !== null) {
        const record = { ...existing, savedAt: null, updatedAt: this.now(), version: existing.version + 1 };
        ledger.claim(existing, record);
        await store.put(record);
      }
      await ledger.save();
    }
    await tx.done;
  }

  /** Applies an edit made on `change.version`; an edit on an older version is refused with the newer copy. */
  async updateClaim(id: string, change: ClaimChange): Promise<UpdateResult> {
    const tx = this.writeTx();
    const store = tx.objectStore('claims');
    const ledger = await Ledger.open(tx);
    const existing = await store.get(id);
    if (!existing) {
      return abandon(
        tx,
        new StorageError('not-found', 'That claim is no longer in the library (it may have been deleted).'),
      );
    }
    if (existing.version !== change.version) {
      await tx.done;
      return { ok: false, current: existing };
    }
    const record: ClaimRecord = {
      ...existing,
      note: change.note ?? existing.note,
      tags: change.tags ? cleanTags(change.tags) : existing.tags,
      updatedAt: this.now(),
      version: existing.version + 1,
    };
    ledger.claim(existing, record);
    await store.put(record);
    await ledger.save();
    await tx.done;
    return { ok: true, record };
  }

  async deleteClaim(id: string): Promise<ClaimRecord | null> {
    const tx = this.writeTx();
    const store = tx.objectStore('claims');
    const ledger = await Ledger.open(tx);
    const existing = (await store.get(id)) ?? null;
    if (existing) {
      ledger.claim(existing, null);
      await store.delete(id);
      await ledger.save();
    }
    await tx.done;
    return existing;
  }

  /**
   * Puts a deleted record back (undo), unless the claim was saved again meanwhile: that copy is newer. Its
   * version moves past any copy it replaces, so an editor still open on that copy is asked before writing.
   */
  async restoreClaim(record: ClaimRecord): Promise<ClaimRecord> {
    const tx = this.writeTx();
    const store = tx.objectStore('claims');
    const ledger = await Ledger.open(tx);
    const existing = await store.get(record.id);
    let kept: ClaimRecord = record;
    if (existing && existing.savedAt !== null) kept = existing;
    else {
      kept = { ...record, version: Math.max(record.version, (existing?.version ?? 0) + 1) };
      ledger.claim(existing, kept);
      await store.put(kept);
      await ledger.save();
    }
    await tx.done;
    return kept;
  }

  /** Records whether "show in page" found the claim; not found marks it orphaned (never deletes it). */
  async markFound(id: string, found: boolean): Promise<ClaimRecord | null> {
    const tx = this.writeTx();
    const store = tx.objectStore('claims');
    const ledger = await Ledger.open(tx);
    const existing = await store.get(id);
    let record: ClaimRecord | null = existing ?? null;
    if (existing) {
      const orphanedAt = found ? null : (existing.orphanedAt ?? this.now());
      if (orphanedAt !== (existing.orphanedAt ?? null)) {
        record = { ...existing, orphanedAt };
        ledger.claim(existing, record);
        await store.put(record);
        await ledger.save();
      }
    }
    await tx.done;
    return record;
  }

  /** Forgets every page and every unsaved claim; saved claims and their pages stay. */
  async clearHistory(): Promise<{ removedPages: number; removedClaims: number }> {
    const tx = this.writeTx();
    const ledger = await Ledger.open(tx);
    const keepPages = new Set<string>();
    let removedClaims = 0;
    let cursor = await tx.objectStore('claims').openCursor();
    while (cursor) {
      if (cursor.value.savedAt === null) {
        ledger.claim(cursor.value, null);
        await cursor.delete();
        removedClaims += 1;
      } else {
        keepPages.add(cursor.value.pageUrl);
      }
      cursor = await cursor.continue();
    }
    let removedPages = 0;
    let pageCursor = await tx.objectStore('pages').openCursor();
    while (pageCursor) {
      if (!keepPages.has(pageCursor.value.url)) {
        ledger.page(pageCursor.value, null);
        await pageCursor.delete();
        removedPages += 1;
      }
      pageCursor = await pageCursor.continue();
    }
    await ledger.save();
    await tx.done;
    return { removedPages, removedClaims };
  }

  /** Merges a validated backup as one batch: all of it lands, or none of it (library-import.ts). */
  async importBackup(input: ImportInput): Promise<ImportResult> {
    return importBackup(this.db, input, this.now());
  }

  /** Merges one batch of an import sent in batches (once, however often it is sent). */
  async importBatch(batch: ImportBatch): Promise<ImportProgress> {
    return importBatch(this.db, batch, this.now());
  }

  /** What an import of `batches` batches did; refused when some never arrived. */
  async finishImport(importId: string, batches: number): Promise<ImportResult> {
    return finishImport(this.db, importId, batches, this.now());
  }
}
