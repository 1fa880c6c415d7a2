// The page in the current tab: is it an aggregated post, whose words make it up, and its claims by source,
// each of which can be saved with a note.
import { useState } from 'preact/hooks';
import type { Claim } from '../../utils/claims/types';
import { attributionChain } from '../../utils/export/chain';
import type { ClaimRecord, Settings } from '../../utils/storage/types';
import { visibleText } from '../../utils/text/visible';
import { percent, plural } from '../common/format';
import type { CurrentTab } from './api';
import { groupBySource } from './labels';

export interface CurrentPageProps {
  tab: CurrentTab;
  settings: Settings;
  saved: Map<string, ClaimRecord>;
  /** Each resolves true when the change was made (a failure is shown by the popup). */
  onSave(claim: Claim, note?: string): Promise<boolean>;
  onUnsave(id: string): Promise<boolean>;
  /** A note for a saved claim, made on the version shown; false when it was refused or failed. */
  onNote(id: string, note: string): Promise<boolean>;
  onHighlights(on: boolean): Promise<boolean>;
}

export function verdict(state: NonNullable<CurrentTab['state']>): string {
  const { report } = state;
  if (!report.aggregated) return 'This page does not look like an aggregated post.';
  const quoted = report.breakdown.filter((s) => s.kind !== 'commentary' && s.kind !== 'self');
  const share = quoted.reduce((sum, s) => sum + s.share, 0);
  return `Aggregated post: ${percent(share)} of the text is quoted from ${plural(quoted.length, 'source')}.`;
}

export function CurrentPage(props: CurrentPageProps) {
  const { state, tabId } = props.tab;
  if (!state) {
    return (
      <section class="sl-page" aria-label="This page">
        <p class="sl-empty">Sourcelight found no aggregated post in this tab.</p>
      </section>
    );
  }
  const claims = state.claims.filter((c) => c.score >= props.settings.minScore);
  const hidden = state.claims.length - claims.length;
  return (
    <section class="sl-page" aria-label="This page">
      <h2 class="sl-title">{visibleText(state.report.title || state.report.url || 'Untitled page')}</h2>
      <p class="sl-verdict">{verdict(state)}</p>
      {tabId !== null && (
        <label class="sl-switch">
          <input
            type="checkbox"
            role="switch"
            aria-checked={state.highlightsOn}
            checked={state.highlightsOn}
            onChange={(e) => void props.onHighlights(e.currentTarget.checked)}
          />
          <span>Highlights on this page</span>
        </label>
      )}
      {state.report.breakdown.length > 0 && (
        <ul class="sl-breakdown" aria-label="Who wrote what share of the text">
          {state.report.breakdown.map((share) => (
            <li key={`${share.kind}:${share.source}`}>
              <span class="sl-breakdown-name">{visibleText(share.source)}</span>
              <span class="sl-breakdown-bar" aria-hidden="true">
                <span style={{ width: percent(Math.min(1, Math.max(0, share.share))) }} />
              </span>
              <span class="sl-breakdown-share">{percent(share.share)}</span>
            </li>
          ))}
        </ul>
      )}
      <h3 class="sl-subtitle">
        Claims {hidden ? <span class="sl-muted">({hidden} below your threshold hidden)</span> : null}
      </h3>
      {claims.length === 0 && <p class="sl-empty">No claims to show on this page.</p>}
      {groupBySource(claims).map(([source, group]) => (
        <section key={source} class="sl-group" aria-label={`Claims from ${source}`}>
          <h4>{visibleText(source)}</h4>
          <ul>
            {group.map((claim) => (
              <PageClaim key={claim.id} claim={claim} record={props.saved.get(claim.id)} {...props} />
            ))}
          </ul>
        </section>
      ))}
    </section>
  );
}

function PageClaim(props: CurrentPageProps & { claim: Claim; record: ClaimRecord | undefined }) {
  const { claim, record } = props;
  const [noteOpen, setNoteOpen] = useState(false);
  const [note, setNote] = useState(record?.note ?? '');
  const [busy, setBusy] = useState(false);
  const saved = !!record;

  async function act(work: () => Promise<unknown>) {
    setBusy(true);
    try {
      await work();
    } finally {
      setBusy(false);
    }
  }

  return (
    <li class="sl-page-claim">
      <p class="sl-claim-text">{visibleText(claim.text)}</p>
      <p class="sl-chain">{visibleText(attributionChain(claim)) || 'Unattributed'}</p>
      <div class="sl-actions">
        <button
          type="button"
          aria-pressed={saved}
          disabled={busy}
          onClick={() => act(() => (saved ? props.onUnsave(claim.id) : props.onSave(claim)))}
        >
          {saved ? 'Saved ✓ (unsave)' : 'Save'}
        </button>
        <button type="button" aria-expanded={noteOpen} onClick={() => setNoteOpen(!noteOpen)}>
          {record?.note ? 'Edit note' : 'Add note'}
        </button>
      </div>
      {noteOpen && (
        <form
          class="sl-note-form"
          onSubmit={(e) => {
            e.preventDefault();
            void act(async () => {
              // A refused note stays in the box, so nothing the reader wrote is lost.
              const done = saved ? await props.onNote(claim.id, note) : await props.onSave(claim, note);
              if (done) setNoteOpen(false);
            });
          }}
        >
          <label class="sl-field">
            <span>Note{saved ? '' : ' (saving the note saves the claim)'}</span>
            <textarea rows={3} value={note} onInput={(e) => setNote(e.currentTarget.value)} />
          </label>
          <button type="submit" class="sl-primary" disabled={busy}>
            Save note
          </button>
        </form>
      )}
    </li>
  );
}
