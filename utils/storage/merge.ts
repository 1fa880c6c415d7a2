// How two copies of the same claim become one (imports). The copy with more edits (the higher version) wins;
// on a tie the library's copy stays. Times in a file are never trusted to decide: a backup dated in the year
// 99999 must not beat the reader's note. A saved claim never becomes unsaved by a merge, and a note that
// loses is reported rather than dropped without a word.
import type { ClaimRecord, PageRecord } from './types';

export interface NoteConflict {
  id: string;
  /** The claim's text, so the reader can tell which one it is. */
  text: string;
  /** The note now kept (the newer one). */
  kept: string;
  /** The note that was replaced; shown to the reader so it can be copied back. */
  replaced: string;
  keptFrom: 'backup' | 'library';
}

export type MergeOutcome =
  | { outcome: 'added'; record: ClaimRecord }
  | { outcome: 'updated'; record: ClaimRecord; conflict: NoteConflict | null }
  | { outcome: 'unchanged'; conflict: NoteConflict | null };

function sameTags(a: string[], b: string[]): boolean {
  return a.length === b.length && a.every((tag, i) => tag === b[i]);
}

/** Field-by-field equality for records (selectors and speakers compared through JSON: plain data only). */
export function sameRecord(a: ClaimRecord, b: ClaimRecord): boolean {
  return (
    a.id === b.id &&
    a.text === b.text &&
    a.note === b.note &&
    sameTags(a.tags, b.tags) &&
    a.savedAt === b.savedAt &&
    a.updatedAt === b.updatedAt &&
    a.version === b.version &&
    (a.orphanedAt ?? null) === (b.orphanedAt ?? null) &&
    a.pageUrl === b.pageUrl &&
    a.pageTitle === b.pageTitle &&
    a.kind === b.kind &&
    a.quoteId === b.quoteId &&
    a.publication === b.publication &&
    a.outlet === b.outlet &&
    a.score === b.score &&
    JSON.stringify(a.speaker) === JSON.stringify(b.speaker) &&
    JSON.stringify(a.reasons) === JSON.stringify(b.reasons) &&
    JSON.stringify(a.selector) === JSON.stringify(b.selector)
  );
}

/** Merges a claim from a backup into the library's copy (if any). Ties keep the library's copy. */
export function mergeClaim(existing: ClaimRecord | undefined, incoming: ClaimRecord): MergeOutcome {
  if (!existing) return { outcome: 'added', record: incoming };
  const incomingWins = incoming.version > existing.version;
  const newer = incomingWins ? incoming : existing;
  const older = incomingWins ? existing : incoming;
  const conflict: NoteConflict | null =
    older.note !== '' && older.note !== newer.note
      ? {
          id: existing.id,
          text: newer.text,
          kept: newer.note,
          replaced: older.note,
          keptFrom: incomingWins ? 'backup' : 'library',
        }
      : null;
  const merged: ClaimRecord = { ...newer, savedAt: newer.savedAt ?? older.savedAt };
  if (sameRecord(merged, existing)) return { outcome: 'unchanged', conflict };
  return { outcome: 'updated', record: merged, conflict };
}

/** A page's newer analysis wins. */
export function mergePage(existing: PageRecord | undefined, incoming: PageRecord): PageRecord | null {
  if (!existing || incoming.analysedAt > existing.analysedAt) return incoming;
  return null;
}
