// The library: every read and write of pages and claims. Each change is one readwrite transaction that reads
// the current record and puts the new one by id, so saves arriving from several tabs at once are applied one
// after another and none is lost; doing the same save twice leaves one record.
import type { PageReport } from '../analysis/types';
import type { Claim } from '../claims/types';
import type { LibraryQuery } from '../messaging/protocol';
import { normaliseUrl } from '../url';
import { StorageError } from './errors';
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
}

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
      orphanedAt: null,
    };
  }

  /**
   * Keeps a page's analysis (when history is on) and refreshes any saved claim found on it again (which is
   * then no longer an orphan). Returns the ids of the claims saved from this page.
   */
  async recordAnalysis(
    report: PageReport,
    claims: Claim[],
    pageUrl: string,
    options: { history: boolean },
  ): Promise<string[]> {
    const url = normaliseUrl(pageUrl);
    const tx = this.db.transaction(['pages', 'claims'], 'readwrite');
    const store = tx.objectStore('claims');
    if (options.history)
      await tx.objectStore('pages').put(pageRecordFrom(report, url, claims.length, this.now()));
    for (const claim of claims) {
      const existing = await store.get(claim.id);
      if (existing) {
        await store.put({
          ...existing,
          ...analysisOf(claim),
          pageTitle: report.title ?? existing.pageTitle,
          orphanedAt: null,
        });
      } else if (options.history) {
        await store.put(this.newRecord(claim, url, report.title));
      }
    }
    const onPage = await store.index('byPage').getAll(url);
    await tx.done;
    return onPage.filter((r) => r.savedAt !== null).map((r) => r.id);
  }

  async getClaim(id: string): Promise<ClaimRecord | null> {
    return (await this.db.get('claims', id)) ?? null;
  }

  /** Saves a claim; saving one already saved only applies a note or tags that were given. */
  async saveClaim(input: SaveInput): Promise<ClaimRecord> {
    const tx = this.db.transaction('claims', 'readwrite');
    const existing = await tx.store.get(input.claim.id);
    const base = existing ?? this.newRecord(input.claim, input.pageUrl, input.pageTitle);
    const note = input.note ?? base.note;
    const tags = input.tags ? cleanTags(input.tags) : base.tags;
    const unchanged =
      existing?.savedAt != null && note === existing.note && tags.join('\n') === existing.tags.join('\n');
    const record: ClaimRecord = unchanged
      ? (existing as ClaimRecord)
      : { ...base, savedAt: base.savedAt ?? this.now(), note, tags, updatedAt: this.now() };
    if (!unchanged) await tx.store.put(record);
    await tx.done;
    return record;
  }

  /** Unsaves a claim: it stays as history (note and tags kept) when history is on, and goes otherwise. */
  async unsaveClaim(id: string, options: { history: boolean }): Promise<void> {
    const tx = this.db.transaction('claims', 'readwrite');
    const existing = await tx.store.get(id);
    if (existing) {
      if (!options.history) await tx.store.delete(id);
      else if (existing.savedAt !== null)
        await tx.store.put({ ...existing, savedAt: null, updatedAt: this.now() });
    }
    await tx.done;
  }

  async updateClaim(id: string, change: { note?: string; tags?: string[] }): Promise<ClaimRecord> {
    const tx = this.db.transaction('claims', 'readwrite');
    const existing = await tx.store.get(id);
    if (!existing) {
      tx.abort();
      await tx.done.catch(() => {});
      throw new StorageError(
        'not-found',
        'That claim is no longer in the library (it may have been deleted).',
      );
    }
    const record: ClaimRecord = {
      ...existing,
      note: change.note ?? existing.note,
      tags: change.tags ? cleanTags(change.tags) : existing.tags,
      updatedAt: this.now(),
    };
    await tx.store.put(record);
    await tx.done;
    return record;
  }

  async deleteClaim(id: string): Promise<ClaimRecord | null> {
    const tx = this.db.transaction('claims', 'readwrite');
    const existing = (await tx.store.get(id)) ?? null;
    if (existing) await tx.store.delete(id);
    await tx.done;
    return existing;
  }

  /** Puts a deleted record back, unless the claim was saved again meanwhile with a newer change. */
  async restoreClaim(record: ClaimRecord): Promise<ClaimRecord> {
    const tx = this.db.transaction('claims', 'readwrite');
    const existing = await tx.store.get(record.id);
    const kept = existing && existing.updatedAt > record.updatedAt ? existing : record;
    if (kept === record) await tx.store.put(record);
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
    const tx = this.db.transaction('claims', 'readwrite');
    const existing = await tx.store.get(id);
    let record: ClaimRecord | null = existing ?? null;
    if (existing) {
      const orphanedAt = found ? null : (existing.orphanedAt ?? this.now());
      if (orphanedAt !== (existing.orphanedAt ?? null)) {
        record = { ...existing, orphanedAt };
        await tx.store.put(record);
      }
    }
    await tx.done;
    return record;
  }

  /** Forgets every page and every unsaved claim; saved claims and their pages stay. */
  async clearHistory(): Promise<{ removedPages: number; removedClaims: number }> {
    const tx = this.db.transaction(['pages', 'claims'], 'readwrite');
    const keepPages = new Set<string>();
    let removedClaims = 0;
    let cursor = await tx.objectStore('claims').openCursor();
    while (cursor) {
      if (cursor.value.savedAt === null) {
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
        await pageCursor.delete();
        removedPages += 1;
      }
      pageCursor = await pageCursor.continue();
    }
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
    const tx = this.db.transaction(['pages', 'claims'], 'readwrite');
    const claims = tx.objectStore('claims');
    const pages = tx.objectStore('pages');
    const writes: Promise<unknown>[] = [];
    try {
      const known = new Set(await claims.getAllKeys());
      const existing = await Promise.all(
        input.claims.map((c) => (known.has(c.id) ? claims.get(c.id) : Promise.resolve(undefined))),
      );
      input.claims.forEach((incoming, i) => {
        const merged = mergeClaim(existing[i], incoming);
        if (merged.outcome !== 'added' && merged.conflict) result.noteConflicts.push(merged.conflict);
        if (merged.outcome === 'unchanged') result.unchanged += 1;
        else {
          writes.push(claims.put(merged.record));
          result[merged.outcome] += 1;
        }
      });
      const incomingPages = input.pages ?? [];
      const pageCopies = await Promise.all(incomingPages.map((p) => pages.get(p.url)));
      incomingPages.forEach((page, i) => {
        const kept = mergePage(pageCopies[i], page);
        if (kept) {
          writes.push(pages.put(kept));
          result.pagesAdded += 1;
        }
      });
      await Promise.all(writes);
    } catch (error) {
      // Writes issued before the failure now reject with AbortError: they are expected, not unhandled.
      for (const write of writes) write.catch(() => {});
      try {
        tx.abort();
      } catch {
        // Already aborted by the failure itself.
      }
      await tx.done.catch(() => {});
      throw error;
    }
    await tx.done;
    return result;
  }
}
