// The library: every read and write of pages and claims. Each change is one readwrite transaction that reads
// the current record and puts the new one by id, so saves arriving from several tabs at once are applied one
// after another and none is lost; doing the same save twice leaves one record. Each also adjusts the
// history's ledger (history.ts) in the same transaction, and an edit made on an older version of a claim is
// refused rather than written over a newer one.
import type { PageReport } from '../analysis/types';
import type { Claim } from '../claims/types';
import type { LibraryQuery } from '../messaging/protocol';
import { normaliseUrl } from '../url';
import { isQuotaError, StorageError } from './errors';
import { HISTORY_LIMITS, type HistoryLimits, Ledger, pruneHistory } from './history';
import { runQuery, toSearchEntries } from './library-search';
import { mergeClaim, mergePage, type NoteConflict } from './merge';
import type { LibraryDb } from './schema';
import type { ClaimRecord, PageRecord } from './types';

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

export function noteConflictMessage(current: ClaimRecord): string {
  const shown = current.note.length > 120 ? `${current.note.slice(0, 120)}…` : current.note;
  return (
    `This claim already has a different note, written elsewhere: "${shown}". Your note was not saved; ` +
    "open the claim in Sourcelight's library to keep either note or both."
  );
}

/** Tags as the reader means them: trimmed, no empties, no repeats, in the order given. */
export function cleanTags(tags: string[]): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const raw of tags) {
    const tag = raw.trim().replace(/\s+/g, ' ');
    if (tag && !seen.has(tag)) {
      seen.add(tag);
      out.push(tag);
    }
  }
  return out;
}

const ANALYSIS_FIELDS = [
  'text',
  'kind',
  'quoteId',
  'publication',
  'outlet',
  'speaker',
  'score',
  'reasons',
  'selector',
] as const;

function analysisOf(claim: Claim): Omit<Claim, 'id'> {
  const out = {} as Record<string, unknown>;
  for (const key of ANALYSIS_FIELDS) out[key] = claim[key];
  return out as Omit<Claim, 'id'>;
}

export function pageRecordFrom(
  report: PageReport,
  url: string,
  claimCount: number,
  analysedAt: number,
): PageRecord {
  return {
    url,
    title: report.title,
    publication: report.publication,
    aggregated: report.aggregated,
    breakdown: report.breakdown,
    quoteCount: report.quotes.length,
    claimCount,
    analysedAt,
  };
}

export class LibraryStore {
  constructor(
    readonly db: LibraryDb,
    private readonly now: () => number = Date.now,
    private readonly limits: HistoryLimits = HISTORY_LIMITS,
  ) {}

  private newRecord(claim: Claim, pageUrl: string, pageTitle: string | null): ClaimRecord {
    return {
      id: claim.id,
      ...analysisOf(claim),
      pageUrl: normaliseUrl(pageUrl),
      pageTitle,
      savedAt: null,
      note: '',
      tags: [],
      updatedAt: this.now(),
      version: 1,
      orphanedAt: null,
    };
  }

  private writeTx() {
    return this.db.transaction(['pages', 'claims', 'meta'], 'readwrite');
  }

  /**
   * Keeps a page's analysis (when history is on) and refreshes any saved claim found on it again (which is
   * then no longer an orphan). A new analysis of the same page replaces its unsaved claims, and the history is
   * kept within its limits. On a full disk the history makes room (half its limits) and the analysis is kept
   * again; failing that, only saved claims are refreshed, and failing that the quota message is thrown.
   * Returns the ids of the claims saved from this page.
   */
  async recordAnalysis(
    report: PageReport,
    claims: Claim[],
    pageUrl: string,
    options: { history: boolean },
  ): Promise<string[]> {
    try {
      return await this.recordOnce(report, claims, pageUrl, options.history);
    } catch (error) {
      if (!isQuotaError(error)) throw error;
    }
    if (options.history) {
      await this.shrinkHistory(0.5);
      try {
        return await this.recordOnce(report, claims, pageUrl, true);
      } catch (error) {
        if (!isQuotaError(error)) throw error;
      }
    }
    return this.recordOnce(report, claims, pageUrl, false);
  }

  private async recordOnce(
    report: PageReport,
    found: Claim[],
    pageUrl: string,
    history: boolean,
  ): Promise<string[]> {
    const url = normaliseUrl(pageUrl);
    const claims = [...new Map(found.map((c) => [c.id, c])).values()];
    const tx = this.writeTx();
    const store = tx.objectStore('claims');
    const pages = tx.objectStore('pages');
    const ledger = await Ledger.open(tx);
    if (history) {
      const page = pageRecordFrom(report, url, claims.length, this.now());
      ledger.page(await pages.get(url), page);
      await pages.put(page);
      // A new analysis of the page replaces the old one's unsaved claims instead of adding to them.
      const current = new Set(claims.map((c) => c.id));
      for (const old of await store.index('byPage').getAll(url)) {
        if (old.savedAt === null && !current.has(old.id)) {
          ledger.claim(old, null);
          await store.delete(old.id);
        }
      }
    }
    const existing = await Promise.all(claims.map((claim) => store.get(claim.id)));
    const writes: Promise<unknown>[] = [];
    claims.forEach((claim, i) => {
      const before = existing[i];
      let next: ClaimRecord | null = null;
      if (before)
        next = {
          ...before,
          ...analysisOf(claim),
          pageTitle: report.title ?? before.pageTitle,
          orphanedAt: null,
        };
      else if (history) next = this.newRecord(claim, url, report.title);
      if (next) {
        ledger.claim(before, next);
        writes.push(store.put(next));
      }
    });
    await Promise.all(writes);
    if (history) await pruneHistory(tx, ledger, this.limits, url);
    await ledger.save();
    const onPage = await store.index('byPage').getAll(url);
    await tx.done;
    return onPage.filter((r) => r.savedAt !== null).map((r) => r.id);
  }

  /** Prunes the history to `share` of its limits (on a full disk), sparing no page. */
  async shrinkHistory(share: number): Promise<void> {
    const tx = this.writeTx();
    const ledger = await Ledger.open(tx);
    await pruneHistory(tx, ledger, this.limits, null, share, share);
    await ledger.save();
    await tx.done;
  }

  async getClaim(id: string): Promise<ClaimRecord | null> {
    return (await this.db.get('claims', id)) ?? null;
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

  async query(query: LibraryQuery): Promise<ClaimRecord[]> {
    return runQuery(toSearchEntries(await this.listSaved()), query);
  }

  async orphans(): Promise<ClaimRecord[]> {
    return (await this.listSaved()).filter((r) => r.orphanedAt != null);
  }

  async savedIdsForPage(pageUrl: string): Promise<string[]> {
    const onPage = await this.db.getAllFromIndex('claims', 'byPage', normaliseUrl(pageUrl));
    return onPage.filter((r) => r.savedAt !== null).map((r) => r.id);
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

  /**
   * Merges a validated backup in one transaction: all of it lands, or (on any failure) none of it. Reads are
   * batched (keys first, then only the records that exist) and writes are issued together, so 10,000 claims
   * do not wait on 20,000 round trips one after another.
   */
  async importBackup(input: ImportInput): Promise<ImportResult> {
    const result: ImportResult = { added: 0, updated: 0, unchanged: 0, pagesAdded: 0, noteConflicts: [] };
    const tx = this.writeTx();
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
}

/** Aborts a transaction (nothing it did is kept) and throws `error`. */
async function abandon(tx: { abort(): void; done: Promise<void> }, error: unknown): Promise<never> {
  try {
    tx.abort();
  } catch {
    // Already aborted by the failure itself.
  }
  await tx.done.catch(() => {});
  throw error;
}
