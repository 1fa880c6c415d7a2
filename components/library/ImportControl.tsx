// Importing a backup, the same in the options page and the library: a labelled file picker, the file merged
// through the page's import (utils/export/import-backup.ts reads it, the library merges it in one
// transaction), and the outcome in words. A file that cannot be read is refused with its reasons and nothing
// saved changes; a failure to reach the library is shown the same way, never thrown.
import { useState } from 'preact/hooks';
import { describeError } from '../../utils/storage/errors';
import { visibleText } from '../../utils/text/visible';
import { plural } from '../common/format';
import type { ImportOutcome } from './api';

export const BACKUP_ACCEPT = '.jsonl,.json,application/jsonl,application/json';

export interface ImportControlProps {
  /** The input's id (two pickers may share a page in tests). */
  id: string;
  importFile(file: Blob): Promise<ImportOutcome>;
  /** After a successful import, so the page can show what it holds now. */
  onImported?(): void;
}

export function ImportControl({ id, importFile, onImported }: ImportControlProps) {
  const [result, setResult] = useState<ImportOutcome | null>(null);
  const [busy, setBusy] = useState(false);

  async function onFile(event: Event) {
    const input = event.currentTarget as HTMLInputElement;
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    setResult(null);
    setBusy(true);
    let outcome: ImportOutcome;
    try {
      outcome = await importFile(file);
    } catch (e) {
      outcome = { ok: false, errors: [describeError(e)] };
    }
    setResult(outcome);
    setBusy(false);
    if (outcome.ok) onImported?.();
  }

  return (
    <div class="sl-import">
      <div class="sl-inline">
        <label for={id}>Import a backup</label>
        <input id={id} type="file" accept={BACKUP_ACCEPT} disabled={busy} onChange={onFile} />
      </div>
      {busy ? (
        <p class="sl-muted" role="status">
          Importing…
        </p>
      ) : null}
      <ImportReport result={result} />
    </div>
  );
}

export function ImportReport({ result }: { result: ImportOutcome | null }) {
  if (!result) return null;
  if (!result.ok) {
    return (
      <div class="sl-error sl-import-errors" role="alert">
        <div>
          <p>This file was not imported, and nothing saved has changed:</p>
          <ul>
            {result.errors.map((e, i) => (
              <li key={i}>{e}</li>
            ))}
          </ul>
        </div>
      </div>
    );
  }
  return (
    <div class="sl-import-result" role="status">
      <p>
        Imported: {plural(result.added, 'new claim')}, {plural(result.updated, 'claim')} updated,{' '}
        {plural(result.unchanged, 'claim')} already up to date.
      </p>
      {result.futureDated > 0 && (
        <p>
          {plural(result.futureDated, 'record')} in the backup had a date in the future (the clock of the
          computer that wrote it was wrong); {result.futureDated === 1 ? 'it was' : 'they were'} dated now
          instead.
        </p>
      )}
      {result.noteConflicts.length > 0 && (
        <>
          <p>
            {plural(result.noteConflicts.length, 'claim')} had a different note in the backup and in the
            library. The copy edited more often was kept (the library's, when both were edited as often); the
            other note is below so you can copy it back.
          </p>
          <ul class="sl-conflicts">
            {result.noteConflicts.map((c) => (
              <li key={c.id}>
                <blockquote>{visibleText(c.text)}</blockquote>
                <p>
                  Kept ({c.keptFrom === 'backup' ? 'from the backup' : 'from the library'}):{' '}
                  {c.kept || '(empty)'}
                </p>
                <p>Replaced: {c.replaced}</p>
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}
