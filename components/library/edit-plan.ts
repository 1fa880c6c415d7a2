// What an editor sends, and what it does when the claim moved on while the reader typed. An edit carries only
// the fields the reader changed, on the version they were changed from; when the claim has moved on and the
// other change touched other fields (a note here, tags there), the edit is simply made again on the newer
// version: both are kept. When both changed the same field the reader chooses.
import type { ClaimChange } from '../../utils/storage/library';
import type { ClaimRecord } from '../../utils/storage/types';

export interface Draft {
  note: string;
  tags: string[];
}

const sameTags = (a: string[], b: string[]) => a.join('\n') === b.join('\n');

/** The change from `base` to the draft, made on base's version (null when nothing changed). */
export function changeFrom(base: ClaimRecord, draft: Draft): ClaimChange | null {
  const change: ClaimChange = { version: base.version };
  if (draft.note !== base.note) change.note = draft.note;
  if (!sameTags(draft.tags, base.tags)) change.tags = draft.tags;
  return change.note === undefined && change.tags === undefined ? null : change;
}

/**
 * The draft's change made again on `current`, when no field it changes was also changed there (or was
 * changed to the same value) and the claim is still saved (or still unsaved); null when the reader must
 * choose.
 */
export function rebase(base: ClaimRecord, current: ClaimRecord, draft: Draft): ClaimChange | null {
  const change = changeFrom(base, draft);
  if (!change) return null;
  const noteClash = change.note !== undefined && current.note !== base.note && current.note !== draft.note;
  const tagClash =
    change.tags !== undefined && !sameTags(current.tags, base.tags) && !sameTags(current.tags, draft.tags);
  // Unsaved (or saved again) elsewhere: the reader decides whether the edit still stands.
  const unsaved = (current.savedAt === null) !== (base.savedAt === null);
  if (noteClash || tagClash || unsaved) return null;
  // Only what the reader changed goes again: the other fields keep the newer copy's values.
  return { ...change, version: current.version };
}

/** Both notes, theirs first, as one text for the reader to tidy: nothing of either is left out. */
export function mergedNote(theirs: string, mine: string): string {
  if (!theirs.trim()) return mine;
  if (!mine.trim()) return theirs;
  if (mine.includes(theirs)) return mine;
  if (theirs.includes(mine)) return theirs;
  return `${theirs.trimEnd()}\n\n${mine.trimStart()}`;
}

/** Tags from both, in order, without repeats. */
export function mergedTags(theirs: string[], mine: string[]): string[] {
  return [...new Set([...theirs, ...mine])];
}
