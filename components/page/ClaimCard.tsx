// A claim's card: its chain of attribution (Zero Hedge ← Reuters ← Syrian Observatory for Human Rights), why
// it scored as it did, and saving it to the library. Opens on hover or from the bar's claim list. It has no
// text field: keys typed in the page's document reach the page's own listeners (a closed shadow root hides
// the card, not the keystrokes), so notes are written in the popup, where the page cannot listen.
import { useEffect, useRef } from 'preact/hooks';
import { bucketOf } from '../../utils/highlight/buckets';
import { chainOf } from '../../utils/highlight/labels';
import type { CardView, OverlayActions } from './view';

const BUCKET_WORDS = { low: 'low', mid: 'medium', high: 'high' } as const;
const ROLE_WORDS = { publication: 'publication', outlet: 'outlet', speaker: 'speaker' } as const;

export interface ClaimCardProps {
  card: CardView;
  actions: OverlayActions;
}

export function ClaimCard({ card, actions }: ClaimCardProps) {
  const { claim, status } = card;
  const root = useRef<HTMLElement>(null);
  const chain = chainOf(claim);
  const headingId = `sl-card-${claim.id}`;

  useEffect(() => {
    if (card.focus) root.current?.focus({ preventScroll: true });
  }, [claim.id, card.focus]);

  function submit(event: Event) {
    event.preventDefault();
    actions.saveClaim(claim);
  }

  return (
    <section
      ref={root}
      class={card.above ? 'panel card above' : 'panel card'}
      role="dialog"
      aria-labelledby={headingId}
      tabIndex={-1}
      data-claim={claim.id}
      style={{ top: `${card.top}px`, left: `${card.left}px` }}
      onMouseEnter={() => actions.hoverCard(true)}
      onMouseLeave={() => actions.hoverCard(false)}
      onFocusIn={actions.pinCard}
      onKeyDown={(event) => {
        if (event.key === 'Escape') {
          event.preventDefault();
          actions.closeCard(true);
        }
      }}
    >
      <header>
        <span class="kind" id={headingId}>
          {claim.kind === 'commentary' ? 'Commentary' : 'Reported claim'} · check-worthiness{' '}
          {BUCKET_WORDS[bucketOf(claim.score)]}
        </span>
        <button type="button" class="close" aria-label="Close" onClick={() => actions.closeCard(true)}>
          ×
        </button>
      </header>
      <p class="text">{claim.text}</p>
      <p class="chain" title="Chain of attribution: publication ← outlet ← speaker">
        {chain.length === 0
          ? 'Unattributed'
          : chain.map((link, i) => (
              <span key={link.role} data-role={link.role} title={ROLE_WORDS[link.role]}>
                {i > 0 ? ' ← ' : ''}
                {link.name}
              </span>
            ))}
      </p>
      <p class="score">Score {Math.round(claim.score * 100)} / 100</p>
      {claim.reasons.length > 0 ? (
        <ul class="reasons" aria-label="Why this score">
          {claim.reasons.map((reason) => (
            <li key={reason}>{reason}</li>
          ))}
        </ul>
      ) : null}
      <form onSubmit={submit}>
        <div class="actions">
          {card.saved ? null : (
            <button type="submit" class="primary" data-action="save" disabled={status.state === 'saving'}>
              Save claim
            </button>
          )}
          {card.saved ? (
            <button type="button" data-action="unsave" onClick={() => actions.unsaveClaim(claim)}>
              Remove from library
            </button>
          ) : null}
          <p class={status.state === 'error' ? 'status error' : 'status'} role="status">
            {status.state === 'saving'
              ? 'Saving…'
              : status.state === 'saved'
                ? 'Saved to your library. Add a note in Sourcelight’s popup.'
                : status.state === 'error'
                  ? status.message
                  : card.saved
                    ? 'In your library. Notes are in Sourcelight’s popup.'
                    : ''}
          </p>
        </div>
      </form>
    </section>
  );
}
