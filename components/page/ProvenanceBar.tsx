// The page summed up: how its text splits between sources and the blog's own words, the highlight switch,
// and a keyboard route through the claims (each opens its card). Dismissable; a labelled region.
import type { BarView, OverlayActions } from './view';

export interface ProvenanceBarProps {
  bar: BarView;
  actions: OverlayActions;
}

export function ProvenanceBar({ bar, actions }: ProvenanceBarProps) {
  const claimsUsable = bar.highlightsOn && bar.claimHighlights && bar.claimCount > 0;
  return (
    <section class="panel bar" aria-label="Sourcelight: sources on this page">
      <h2>Sourcelight</h2>
      <ul class="summary" aria-label="Share of the page's text">
        {bar.summary.map((entry) => (
          <li key={entry.label}>
            <span class="dot" style={{ background: entry.swatch.colour }} aria-hidden="true" />
            {entry.label} {entry.percent}%
          </li>
        ))}
      </ul>
      <div class="controls">
        <button
          type="button"
          data-action="toggle-highlights"
          aria-pressed={bar.highlightsOn}
          onClick={actions.toggleHighlights}
        >
          Highlights {bar.highlightsOn ? 'on' : 'off'}
        </button>
        {bar.claimHighlights ? (
          <button
            type="button"
            data-action="toggle-commentary"
            aria-pressed={bar.showCommentary}
            disabled={!bar.highlightsOn}
            onClick={actions.toggleCommentary}
          >
            Commentary
          </button>
        ) : null}
        <button
          type="button"
          data-action="previous-claim"
          aria-label="Previous claim"
          disabled={!claimsUsable}
          onClick={() => actions.stepClaim(-1)}
        >
          ‹
        </button>
        <span class="count" aria-live="polite">
          {bar.claimPosition ? `Claim ${bar.claimPosition} of ${bar.claimCount}` : `${bar.claimCount} claims`}
        </span>
        <button
          type="button"
          data-action="next-claim"
          aria-label="Next claim"
          disabled={!claimsUsable}
          onClick={() => actions.stepClaim(1)}
        >
          ›
        </button>
        <button
          type="button"
          class="close"
          data-action="dismiss"
          aria-label="Hide the Sourcelight bar"
          onClick={actions.dismissBar}
        >
          ×
        </button>
      </div>
    </section>
  );
}
