// One saved claim in full: its text, where it came from, and the reader's note and tags to edit. Every save
// names the version it was made on; when the claim changed elsewhere meanwhile (another popup, the page's
// card, an import) the editor shows the newer note and lets the reader keep theirs, keep the other, or
// merge the two. Nothing is overwritten without the reader seeing it.
import { useEffect, useRef, useState } from 'preact/hooks';
import { attributionChain } from '../../utils/export/chain';
import type { ClaimChange, UpdateResult } from '../../utils/storage/library';
import type { ClaimRecord } from '../../utils/storage/types';
import { visibleText } from '../../utils/text/visible';
import { shortDate } from '../common/format';
import { SafeLink } from '../common/SafeLink';
import { changeFrom, type Draft, mergedNote, mergedTags, rebase } from './edit-plan';
import { parseTags } from './labels';

export interface ClaimEditorProps {
  record: ClaimRecord;
  /** The edit's answer, or null when it failed (the failure is shown by the caller). */
  onSave(change: ClaimChange): Promise<UpdateResult | null>;
  onDelete(): void;
  onShowInPage(): void;
  onClose(): void;
}

export function ClaimEditor({ record, onSave, onDelete, onShowInPage, onClose }: ClaimEditorProps) {
  // The copy the reader's edit is made on; it moves on only when the reader has seen the newer one.
  const [base, setBase] = useState(record);
  const [note, setNote] = useState(record.note);
  const [tags, setTags] = useState(record.tags.join(', '));
  const [saving, setSaving] = useState(false);
  const [theirs, setTheirs] = useState<ClaimRecord | null>(null);
  const [status, setStatus] = useState('');
  const noteBox = useRef<HTMLTextAreaElement>(null);
  useEffect(() => noteBox.current?.focus(), []);
  const draft: Draft = { note, tags: parseTags(tags) };
  const changed = changeFrom(base, draft) !== null;

  // A newer copy arriving while nothing is typed is simply shown.
  useEffect(() => {
    if (record.version > base.version && !changed) adopt(record);
  }, [record]);

  function adopt(next: ClaimRecord) {
    setBase(next);
    setNote(next.note);
    setTags(next.tags.join(', '));
  }

  async function send(change: ClaimChange, from: ClaimRecord): Promise<void> {
    let answer = await onSave(change);
    // The claim moved on in fields this edit does not touch: the edit is made again on the newer copy.
    const again = answer && !answer.ok ? rebase(from, answer.current, draft) : null;
    if (answer && !answer.ok && again) answer = await onSave(again);
    if (!answer) return;
    if (answer.ok) {
      adopt(answer.record);
      setTheirs(null);
      setStatus('Saved.');
    } else {
      setTheirs(answer.current);
      setStatus('');
    }
  }

  async function save(event: Event) {
    event.preventDefault();
    const change = changeFrom(base, draft);
    if (!change) return;
    setSaving(true);
    try {
      await send(change, base);
    } finally {
      setSaving(false);
    }
  }

  async function keepMine() {
    if (!theirs) return;
    setSaving(true);
    try {
      await send(changeFrom(theirs, draft) ?? { version: theirs.version }, theirs);
    } finally {
      setSaving(false);
    }
  }

  function keepTheirs() {
    if (!theirs) return;
    adopt(theirs);
    setTheirs(null);
    setStatus('Kept the other note; yours was dropped.');
  }

  function merge() {
    if (!theirs) return;
    setBase(theirs);
    setNote(mergedNote(theirs.note, note));
    setTags(mergedTags(theirs.tags, draft.tags).join(', '));
    setTheirs(null);
    setStatus('Both notes are in the box: tidy them and save.');
    noteBox.current?.focus();
  }

  return (
    <form
      class="sl-editor"
      aria-label="Edit saved claim"
      onSubmit={save}
      onKeyDown={(event) => {
        if (event.key === 'Escape') {
          event.preventDefault();
          onClose();
        }
      }}
    >
      <blockquote class="sl-claim-text">{visibleText(record.text)}</blockquote>
      <p class="sl-chain">{visibleText(attributionChain(record)) || 'Unattributed'}</p>
      <p class="sl-muted">
        <SafeLink href={record.pageUrl}>{visibleText(record.pageTitle || record.pageUrl)}</SafeLink>
        {record.savedAt ? ` · saved ${shortDate(record.savedAt)}` : ''}
      </p>
      {record.orphanedAt ? (
        <p class="sl-orphan-note">
          No longer found on its page (checked {shortDate(record.orphanedAt)}). It stays saved.
        </p>
      ) : null}
      {theirs ? (
        <div class="sl-conflict" role="alert">
          <p>
            This claim was changed elsewhere while you were editing it (
            {shortDate(theirs.updatedAt) || 'just now'}). Its note there:
          </p>
          <blockquote class="sl-conflict-theirs">{theirs.note || '(no note)'}</blockquote>
          {theirs.savedAt === null ? (
            <p class="sl-muted">It is no longer saved there; keeping yours keeps the note with it.</p>
          ) : null}
          {theirs.tags.join('\n') !== draft.tags.join('\n') ? (
            <p class="sl-muted">Its tags there: {theirs.tags.join(', ') || '(none)'}</p>
          ) : null}
          <div class="sl-actions">
            <button type="button" class="sl-primary" disabled={saving} onClick={() => void keepMine()}>
              Keep mine
            </button>
            <button type="button" disabled={saving} onClick={keepTheirs}>
              Keep theirs
            </button>
            <button type="button" disabled={saving} onClick={merge}>
              Merge the text
            </button>
          </div>
        </div>
      ) : null}
      <label class="sl-field">
        <span>Note</span>
        <textarea ref={noteBox} rows={4} value={note} onInput={(e) => setNote(e.currentTarget.value)} />
      </label>
      <label class="sl-field">
        <span>Tags (separated by commas)</span>
        <input type="text" value={tags} onInput={(e) => setTags(e.currentTarget.value)} />
      </label>
      <p class="sl-muted" role="status" aria-live="polite">
        {status}
      </p>
      <div class="sl-actions">
        <button type="submit" class="sl-primary" disabled={!changed || saving || theirs !== null}>
          Save changes
        </button>
        <button type="button" onClick={onClose}>
          Back to list
        </button>
        <button type="button" onClick={onShowInPage}>
          Show in page
        </button>
        <button type="button" class="sl-danger" onClick={onDelete}>
          Delete
        </button>
      </div>
    </form>
  );
}
