// One saved claim in full: its text, where it came from, and the reader's note and tags to edit.
import { useEffect, useRef, useState } from 'preact/hooks';
import { attributionChain } from '../../utils/export/chain';
import type { ClaimRecord } from '../../utils/storage/types';
import { shortDate } from '../common/format';
import { SafeLink } from '../common/SafeLink';
import { parseTags } from './labels';

export interface ClaimEditorProps {
  record: ClaimRecord;
  onSave(change: { note: string; tags: string[] }): Promise<void>;
  onDelete(): void;
  onShowInPage(): void;
  onClose(): void;
}

export function ClaimEditor({ record, onSave, onDelete, onShowInPage, onClose }: ClaimEditorProps) {
  const [note, setNote] = useState(record.note);
  const [tags, setTags] = useState(record.tags.join(', '));
  const [saving, setSaving] = useState(false);
  const noteBox = useRef<HTMLTextAreaElement>(null);
  useEffect(() => noteBox.current?.focus(), []);
  const changed = note !== record.note || parseTags(tags).join('\n') !== record.tags.join('\n');

  async function save(event: Event) {
    event.preventDefault();
    setSaving(true);
    try {
      await onSave({ note, tags: parseTags(tags) });
    } finally {
      setSaving(false);
    }
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
      <blockquote class="sl-claim-text">{record.text}</blockquote>
      <p class="sl-chain">{attributionChain(record) || 'Unattributed'}</p>
      <p class="sl-muted">
        <SafeLink href={record.pageUrl}>{record.pageTitle || record.pageUrl}</SafeLink>
        {record.savedAt ? ` · saved ${shortDate(record.savedAt)}` : ''}
      </p>
      {record.orphanedAt ? (
        <p class="sl-orphan-note">
          No longer found on its page (checked {shortDate(record.orphanedAt)}). It stays saved.
        </p>
      ) : null}
      <label class="sl-field">
        <span>Note</span>
        <textarea ref={noteBox} rows={4} value={note} onInput={(e) => setNote(e.currentTarget.value)} />
      </label>
      <label class="sl-field">
        <span>Tags (separated by commas)</span>
        <input type="text" value={tags} onInput={(e) => setTags(e.currentTarget.value)} />
      </label>
      <div class="sl-actions">
        <button type="submit" class="sl-primary" disabled={!changed || saving}>
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
