// Everything Sourcelight draws on a page, in one container inside its closed shadow root: passage marks and
// badges, the claim card, and the provenance bar. Marks and bar are plain DOM (drawn on every load); the card,
// a small form with state, is a Preact component rendered only once a card opens.
import { render } from 'preact';
import { ProvenanceBar } from './bar';
import { ClaimCard } from './ClaimCard';
import { drawMarks } from './marks';
import type { OverlayActions, OverlayView } from './view';

export class PageOverlay {
  private readonly marks: HTMLElement;
  private readonly cardLayer: HTMLElement;
  private bar: ProvenanceBar | null = null;
  private cardShown = false;

  constructor(private readonly container: HTMLElement) {
    const doc = container.ownerDocument;
    this.marks = doc.createElement('div');
    this.marks.className = 'layer';
    this.marks.setAttribute('aria-hidden', 'true');
    this.cardLayer = doc.createElement('div');
    this.cardLayer.className = 'layer';
    container.append(this.marks, this.cardLayer);
  }

  render(view: OverlayView, actions: OverlayActions): void {
    drawMarks(this.marks, view.quotes, view.lines);
    if (view.card) {
      this.cardShown = true;
      render(<ClaimCard key={view.card.claim.id} card={view.card} actions={actions} />, this.cardLayer);
    } else if (this.cardShown) {
      this.cardShown = false;
      render(null, this.cardLayer);
    }
    if (view.bar) {
      this.bar ??= new ProvenanceBar(this.container.ownerDocument);
      this.bar.update(view.bar, actions);
      if (!this.bar.element.isConnected) this.container.append(this.bar.element);
    } else {
      this.bar?.element.remove();
    }
  }

  destroy(): void {
    if (this.cardShown) render(null, this.cardLayer);
    this.container.replaceChildren();
  }
}
