// The page in the current tab: is it an aggregated post, whose words make it up, and its claims by source,
// each of which can be saved with a note.
import { useState } from 'preact/hooks';
import type { Claim } from '../../utils/claims/types';
import { attributionChain } from '../../utils/export/chain';
import type { ClaimRecord, Settings } from '../../utils/storage/types';
import { visibleText } from '../../utils/text/visible';
import { percent, plural } from '../common/format';
import type { CurrentTab } from './api';
import { groupClaims, sourceRows } from './source-rows';

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
      <SourceList report={state.report} />
      <h3 class="sl-subtitle">
        Claims {hidden ? <span class="sl-muted">({hidden} below your threshold hidden)</span> : null}
      </h3>
      {claims.length === 0 && <p class="sl-empty">No claims to show on this page.</p>}
      {groupClaims(claims, state.report).map((group) => (
        <section key={group.label} class="sl-group" aria-label={`Claims from ${group.label}`}>
          <h4>
            <span class="sl-swatch" style={{ background: group.colour }} aria-hidden="true" />
            {group.label}
          </h4>
          <ul>
            {group.claims.map((claim) => (
              <PageClaim key={claim.id} claim={claim} record={props.saved.get(claim.id)} {...props} />
            ))}
          </ul>
        </section>
      ))}
    </section>
  );
}

/** Who wrote what share of the text, one row per source, each bar in the source's colour on the page. */
function SourceList({ report }: { report: NonNullable<CurrentTab['state']>['report'] }) {
  const rows = sourceRows(report);
  if (rows.length === 0) return null;
  return (
    <ul class="sl-breakdown" aria-label="Who wrote what share of the text">
      {rows.map((row) => (
        <li key={row.source}>
          <span class="sl-breakdown-name">
            <span class="sl-swatch" style={{ background: row.colour }} aria-hidden="true" />
            {row.label}
          </span>
          <span class="sl-breakdown-bar" aria-hidden="true">
            <span style={{ width: `${row.percent}%`, background: row.colour }} />
          </span>
          <span class="sl-breakdown-share">{row.percent}%</span>
        </li>
      ))}
    </ul>
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
        {saved ? (
          <>
            <span class="sl-saved">Saved</span>
            <button type="button" disabled={busy} onClick={() => act(() => props.onUnsave(claim.id))}>
              Remove from library
            </button>
          </>
        ) : (
          <button type="button" disabled={busy} onClick={() => act(() => props.onSave(claim))}>
            Save
          </button>
        )}
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
