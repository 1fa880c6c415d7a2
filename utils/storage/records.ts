// Making library records: a claim record from the analyser's claim, a page record from its report, tags
// as the reader means them, and giving up a transaction. Shared by the store and its history and import.
import type { PageReport } from '../analysis/types';
import type { Claim } from '../claims/types';
import { normaliseUrl } from '../url';
import type { ClaimRecord, PageRecord } from './types';

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

export function analysisOf(claim: Claim): Omit<Claim, 'id'> {
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

/** A claim kept as history (unsaved, no note), at version 1. */
export function newClaimRecord(
  claim: Claim,
  pageUrl: string,
  pageTitle: string | null,
  now: number,
): ClaimRecord {
  return {
    id: claim.id,
    ...analysisOf(claim),
    pageUrl: normaliseUrl(pageUrl),
    pageTitle,
    savedAt: null,
    note: '',
    tags: [],
    updatedAt: now,
    version: 1,
    orphanedAt: null,
  };
}

/** Aborts a transaction (nothing it did is kept) and throws `error`. */
export async function abandon(tx: { abort(): void; done: Promise<void> }, error: unknown): Promise<never> {
  try {
    tx.abort();
  } catch {
    // Already aborted by the failure itself.
  }
  await tx.done.catch(() => {});
  throw error;
}
