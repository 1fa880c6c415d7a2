// A claim's card, compact and beside the claim (card-place.ts): whose words, through whom, and in one line why
// it is worth checking; the scoring rules one click away; saving it to the library. A saved claim's note is
// shown and edited in an extension page framed inside the card (entrypoints/note-frame/): keys typed into the
// page's own document reach the page's listeners even from a closed shadow root, keys typed into that frame
// never do. Opens on a click, a deliberate hover or from the bar's claim steps.
import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import { whoseWords, whyLine } from '../../utils/highlight/card-words';
import { placeCard } from './card-place';
import type { CardProps, CardView } from './view';

function statusText(card: CardView): string {
  const { status } = card;
  if (status.state === 'saving') return 'Saving…';
  if (status.state === 'error') return status.message;
  if (status.state === 'saved') return 'Saved to your library.';
  return '';
}

export function ClaimCard({ card, actions, avoid }: CardProps) {
  const { claim, status } = card;
  const root = useRef<HTMLElement>(null);
  const [reasonsOpen, setReasonsOpen] = useState(false);
  const headingId = `sl-card-${claim.id}`;
  const reasonsId = `sl-reasons-${claim.id}`;

  // Measured and placed on every render: the card's size changes with its reasons shown or hidden.
  useLayoutEffect(() => {
    const el = root.current;
    if (!el) return;
    const spot = placeCard(
      card.anchor,
      { width: el.offsetWidth, height: el.offsetHeight },
      card.viewport,
      avoid?.() ?? [],
    );
    el.style.top = `${spot.top}px`;
    el.style.left = `${spot.left}px`;
    el.dataset.side = spot.side;
    el.style.visibility = 'visible';
  });

  useLayoutEffect(() => {
    if (card.focus) root.current?.focus({ preventScroll: true });
  }, [claim.id, card.focus]);

  return (
    <section
      ref={root}
      class="panel card"
      role="dialog"
      aria-labelledby={headingId}
      tabIndex={-1}
      data-claim={claim.id}
      style={{ visibility: 'hidden' }}
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
        <h2 class="kind" id={headingId}>
          {claim.kind === 'commentary' ? 'The publication’s claim' : 'Reported claim'}
        </h2>
        <button type="button" class="close" aria-label="Close" onClick={() => actions.closeCard(true)}>
          ×
        </button>
      </header>
      <p class="text">{claim.text}</p>
      <p class="chain">{whoseWords(claim)}</p>
      <p class="why">{whyLine(claim)}</p>
      {claim.reasons.length > 0 ? (
        <>
          <button
            type="button"
            class="disclosure"
            data-action="reasons"
            aria-expanded={reasonsOpen}
            aria-controls={reasonsId}
            onClick={() => {
              setReasonsOpen(!reasonsOpen);
              actions.pinCard();
            }}
          >
            {reasonsOpen ? 'Hide the scoring rules' : 'How this was scored'}
          </button>
          <ul class="reasons" id={reasonsId} hidden={!reasonsOpen}>
            {claim.reasons.map((reason) => (
              <li key={reason}>{reason}</li>
            ))}
          </ul>
        </>
      ) : null}
      {card.saved && card.noteUrl ? <iframe class="note" title="Your note" src={card.noteUrl} /> : null}
      <div class="actions">
        {card.saved ? (
          <button type="button" data-action="unsave" onClick={() => actions.unsaveClaim(claim)}>
            Remove from library
          </button>
        ) : (
          <button
            type="button"
            class="primary"
            data-action="save"
            disabled={status.state === 'saving'}
            onClick={() => actions.saveClaim(claim)}
          >
            Save
          </button>
        )}
        <p class={status.state === 'error' ? 'status error' : 'status'} role="status">
          {statusText(card)}
        </p>
      </div>
    </section>
  );
}
