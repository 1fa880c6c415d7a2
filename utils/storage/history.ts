// The history's budget. Unsaved claims and page records are history: they are counted and weighed in one
// ledger record (store `meta`, key `history`) that every write adjusts in its own transaction, so the
// totals are exact without reading the library. When an analysis takes the history over its limits, the
// oldest pages go first, with their unsaved claims; saved claims and the pages they came from are kept.
import type { IDBPTransaction, StoreNames } from 'idb';
import type { LibrarySchema } from './schema';
import type { ClaimRecord, PageRecord } from './types';

export interface HistoryUsage {
  /** Unsaved claims. */
  claims: number;
  /** Page records (a page with saved claims is counted too; it is only never dropped). */
  pages: number;
  /** Their JSON length, in characters: a stand-in for the bytes they take. */
  bytes: number;
}

export interface HistoryLimits {
  claims: number;
  bytes: number;
}

/** About 20 aggregated pages' worth of claims; a flood of rewritten pages stays within a few MB. */
export const HISTORY_LIMITS: HistoryLimits = { claims: 20_000, bytes: 16 * 1024 * 1024 };
/** Pruning goes down to this share of the limits, so the next few analyses do not prune again. */
export const PRUNE_TO = 0.8;

export const LEDGER_KEY = 'history';

export const EMPTY_USAGE: HistoryUsage = { claims: 0, pages: 0, bytes: 0 };

export function claimUsage(record: ClaimRecord | undefined | null): HistoryUsage {
  if (!record || record.savedAt !== null) return EMPTY_USAGE;
  return { claims: 1, pages: 0, bytes: JSON.stringify(record).length };
}

export function pageUsage(page: PageRecord | undefined | null): HistoryUsage {
  if (!page) return EMPTY_USAGE;
  return { claims: 0, pages: 1, bytes: JSON.stringify(page).length };
}

export function overLimits(usage: HistoryUsage, limits: HistoryLimits, share = 1): boolean {
  return usage.claims > limits.claims * share || usage.bytes > limits.bytes * share;
}

/** A transaction over at least claims, pages and meta (idb types a transaction by its store list). */
type LedgerTx = IDBPTransaction<
  LibrarySchema,
  Array<StoreNames<LibrarySchema>>,
  'readwrite' | 'versionchange'
>;

/** The ledger inside one transaction: read once, adjusted by every change, written back by `save`. */
export class Ledger {
  private constructor(
    private readonly tx: LedgerTx,
    private current: HistoryUsage,
  ) {}

  static async open(tx: LedgerTx): Promise<Ledger> {
    const stored = await tx.objectStore('meta').get(LEDGER_KEY);
    return new Ledger(tx, stored ?? (await measureHistory(tx)));
  }

  get usage(): HistoryUsage {
    return this.current;
  }

  private add(change: HistoryUsage, sign: 1 | -1): void {
    this.current = {
      claims: Math.max(0, this.current.claims + sign * change.claims),
      pages: Math.max(0, this.current.pages + sign * change.pages),
      bytes: Math.max(0, this.current.bytes + sign * change.bytes),
    };
  }

  /** A claim record replaced (either side may be missing: added or deleted). */
  claim(before: ClaimRecord | undefined | null, after: ClaimRecord | undefined | null): void {
    this.add(claimUsage(before), -1);
    this.add(claimUsage(after), 1);
  }

  page(before: PageRecord | undefined | null, after: PageRecord | undefined | null): void {
    this.add(pageUsage(before), -1);
    this.add(pageUsage(after), 1);
  }

  reset(usage: HistoryUsage): void {
    this.current = usage;
  }

  async save(): Promise<void> {
    await this.tx.objectStore('meta').put(this.current, LEDGER_KEY);
  }
}

/** The history's usage, counted record by record (for a ledger that is missing, and for tests). */
export async function measureHistory(tx: LedgerTx): Promise<HistoryUsage> {
  const usage = { ...EMPTY_USAGE };
  let cursor = await tx.objectStore('claims').openCursor();
  while (cursor) {
    const u = claimUsage(cursor.value);
    usage.claims += u.claims;
    usage.bytes += u.bytes;
    cursor = await cursor.continue();
  }
  for (const page of await tx.objectStore('pages').getAll()) {
    usage.pages += 1;
    usage.bytes += pageUsage(page).bytes;
  }
  return usage;
}

/**
 * Brings the history under `share` of the limits: the oldest pages first (their unsaved claims, and the page
 * record unless a saved claim came from it), never the page `keep`; then, if that page alone is too much,
 * its lowest-scoring unsaved claims; then any unsaved claim whose page record is gone. Saved claims stay.
 */
export async function pruneHistory(
  tx: LedgerTx,
  ledger: Ledger,
  limits: HistoryLimits,
  keep: string | null,
  share = PRUNE_TO,
  /** Pruning starts only past this share of the limits (all of them, unless making room on a full disk). */
  from = 1,
): Promise<void> {
  if (!overLimits(ledger.usage, limits, from)) return;
  const claims = tx.objectStore('claims');
  const pages = tx.objectStore('pages');
  let cursor = await pages.index('byAnalysedAt').openCursor();
  while (cursor && overLimits(ledger.usage, limits, share)) {
    const page = cursor.value;
    if (page.url !== keep) {
      let anySaved = false;
      for (const record of await claims.index('byPage').getAll(page.url)) {
        if (record.savedAt !== null) anySaved = true;
        else {
          await claims.delete(record.id);
          ledger.claim(record, null);
        }
      }
      if (!anySaved) {
        await cursor.delete();
        ledger.page(page, null);
      }
    }
    cursor = await cursor.continue();
  }
  if (keep !== null && overLimits(ledger.usage, limits, share)) {
    const unsaved = (await claims.index('byPage').getAll(keep)).filter((r) => r.savedAt === null);
    unsaved.sort((a, b) => a.score - b.score);
    for (const record of unsaved) {
      if (!overLimits(ledger.usage, limits, share)) break;
      await claims.delete(record.id);
      ledger.claim(record, null);
    }
  }
  if (overLimits(ledger.usage, limits, share)) {
    // Unsaved claims whose page was dropped earlier (a claim unsaved after its page left the history).
    let claimCursor = await claims.openCursor();
    while (claimCursor && overLimits(ledger.usage, limits, share)) {
      if (claimCursor.value.savedAt === null && claimCursor.value.pageUrl !== keep) {
        ledger.claim(claimCursor.value, null);
        await claimCursor.delete();
      }
      claimCursor = await claimCursor.continue();
    }
  }
}
