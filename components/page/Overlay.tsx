// Everything Sourcelight draws on a page, in one closed shadow root: passage marks and badges, the claim card,
// and the provenance bar.
import { ClaimCard } from './ClaimCard';
import { ProvenanceBar } from './ProvenanceBar';
import { QuoteMarks } from './QuoteMarks';
import type { OverlayActions, OverlayView } from './view';

export function Overlay({ view, actions }: { view: OverlayView; actions: OverlayActions }) {
  return (
    <>
      <div class="layer" aria-hidden="true">
        {view.quotes.map((quote) => (
          <QuoteMarks key={quote.id} quote={quote} />
        ))}
      </div>
      <div class="layer">
        {view.card ? <ClaimCard key={view.card.claim.id} card={view.card} actions={actions} /> : null}
      </div>
      {view.bar ? <ProvenanceBar bar={view.bar} actions={actions} /> : null}
    </>
  );
}
