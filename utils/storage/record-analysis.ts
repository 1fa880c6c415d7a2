// Recording a page's analysis: the page's record and its claims kept as history (when history is on), and any
// saved claim found on the page again refreshed (and no longer an orphan). A new analysis of the same page
// replaces its unsaved claims, and the history is kept within its limits (history.ts). On a full disk the
// history makes room (half its limits) and the analysis is kept again; failing that, only saved claims are
// refreshed; failing that, the quota error goes to the caller, which answers the storage-full message.
import type { PageReport } from '../analysis/types';
import type { Claim } from '../claims/types';
import { normaliseUrl } from '../url';
import { isQuotaError } from './errors';
import { type HistoryLimits, Ledger, pruneHistory } from './history';
import { analysisOf, newClaimRecord, pageRecordFrom } from './records';
import type { LibraryDb } from './schema';
import type { ClaimRecord } from './types';

export interface RecordDeps {
  now(): number;
  limits: HistoryLimits;
}

/** Returns the ids of the claims saved from this page. */
export async function recordAnalysis(
  db: LibraryDb,
  deps: RecordDeps,
  report: PageReport,
  claims: Claim[],
  pageUrl: string,
  options: { history: boolean },
): Promise<string[]> {
  try {
    return await recordOnce(db, deps, report, claims, pageUrl, options.history);
  } catch (error) {
    if (!isQuotaError(error)) throw error;
  }
  if (options.history) {
    await shrinkHistory(db, deps.limits, 0.5);
    try {
      return await recordOnce(db, deps, report, claims, pageUrl, true);
    } catch (error) {
      if (!isQuotaError(error)) throw error;
    }
  }
  return recordOnce(db, deps, report, claims, pageUrl, false);
}

/** One attempt, in one transaction. */
export async function recordOnce(
  db: LibraryDb,
  deps: RecordDeps,
  report: PageReport,
  found: Claim[],
  pageUrl: string,
  history: boolean,
): Promise<string[]> {
  const url = normaliseUrl(pageUrl);
  const claims = [...new Map(found.map((c) => [c.id, c])).values()];
  const tx = db.transaction(['pages', 'claims', 'meta'], 'readwrite');
  const store = tx.objectStore('claims');
  const pages = tx.objectStore('pages');
  const ledger = await Ledger.open(tx);
  if (history) {
    const page = pageRecordFrom(report, url, claims.length, deps.now());
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
    else if (history) next = newClaimRecord(claim, url, report.title, deps.now());
    if (next) {
      ledger.claim(before, next);
      writes.push(store.put(next));
    }
  });
  await Promise.all(writes);
  if (history) await pruneHistory(tx, ledger, deps.limits, url);
  await ledger.save();
  const onPage = await store.index('byPage').getAll(url);
  await tx.done;
  return onPage.filter((r) => r.savedAt !== null).map((r) => r.id);
}

/** Prunes the history to `share` of its limits (on a full disk), sparing no page. */
export async function shrinkHistory(db: LibraryDb, limits: HistoryLimits, share: number): Promise<void> {
  const tx = db.transaction(['pages', 'claims', 'meta'], 'readwrite');
  const ledger = await Ledger.open(tx);
  await pruneHistory(tx, ledger, limits, null, share, share);
  await ledger.save();
  await tx.done;
}
