// The backup: a complete, versioned copy of the saved claims and their pages.
//
// Format 2 (written now) is JSON Lines, so a backup of any size is written in pieces and read back line by
// line, never held as one string: a header line, then one line per page, then one per claim:
//   {"format":"sourcelight-backup","version":2,"exportedAt":"…","pages":12,"claims":3400}
//   {"page":{…PageRecord}}
//   {"claim":{…ClaimRecord}}
// Lines are compact JSON, and a claim whose quote selector's `exact` is its text leaves `exact` out (it is
// restored on reading). The header's counts let a file cut short be told from a complete one.
// Format 1 (written before) is one pretty-printed JSON document: { format, version: 1, exportedAt, claims,
// pages }. It is still read.
import type { ClaimRecord, PageRecord } from '../storage/types';

export const BACKUP_FORMAT = 'sourcelight-backup';
export const BACKUP_VERSION = 2;

export interface BackupHeader {
  format: typeof BACKUP_FORMAT;
  version: typeof BACKUP_VERSION;
  /** ISO 8601. */
  exportedAt: string;
  pages: number;
  claims: number;
}

/** A claim as a backup line holds it: `exact` left out when it repeats the text. */
export function compactClaim(claim: ClaimRecord): unknown {
  const record = { ...claim, orphanedAt: claim.orphanedAt ?? null };
  if (claim.selector.quote.exact !== claim.text) return record;
  const { exact: _exact, ...quote } = claim.selector.quote;
  return { ...record, selector: { ...claim.selector, quote } };
}

/** The backup as lines, each ending in "\n": written to a Blob in pieces, never joined by us. */
export function backupLines(claims: ClaimRecord[], pages: PageRecord[], exportedAt: number): string[] {
  const header: BackupHeader = {
    format: BACKUP_FORMAT,
    version: BACKUP_VERSION,
    exportedAt: new Date(exportedAt).toISOString(),
    pages: pages.length,
    claims: claims.length,
  };
  const lines = [`${JSON.stringify(header)}\n`];
  for (const page of pages) lines.push(`${JSON.stringify({ page })}\n`);
  for (const claim of claims) lines.push(`${JSON.stringify({ claim: compactClaim(claim) })}\n`);
  return lines;
}
