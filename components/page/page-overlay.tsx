// Everything Sourcelight draws on a page, in one container inside its closed shadow root: passage marks and
// badges, the claim card, the provenance bar and the room kept for it at the page's end. Marks and bar are
// plain DOM (drawn on every load); the card, a small component with state, is rendered only once a card opens.
import { render } from 'preact';
import { ProvenanceBar } from './bar';
import { BarSpace } from './bar-space';
import { ClaimCard } from './ClaimCard';
import { drawMarks } from './marks';
import type { Box, OverlayActions, OverlayView } from './view';

export class PageOverlay {
  private readonly marks: HTMLElement;
  private readonly cardLayer: HTMLElement;
  private bar: ProvenanceBar | null = null;
  private space: BarSpace | null = null;
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
    if (view.bar) {
      this.bar ??= new ProvenanceBar(this.container.ownerDocument);
      this.bar.update(view.bar, actions);
      if (!this.bar.element.isConnected) this.container.append(this.bar.element);
      this.space ??= new BarSpace(this.container.ownerDocument, this.bar.element);
      if (!this.space.element.isConnected) this.container.append(this.space.element);
      this.space.setPageBottom(view.bar.pageBottom);
    } else {
      this.bar?.element.remove();
      this.space?.destroy();
      this.space = null;
    }
    if (view.card) {
      this.cardShown = true;
      const { viewport } = view.card;
      const bar = this.bar?.element;
      const avoid = (): Box[] => {
        const box = bar?.isConnected ? BarSpace.boxOf(bar) : null;
        return box ? [{ ...box, top: box.top + viewport.top, left: box.left + viewport.left }] : [];
      };
      render(
        <ClaimCard key={view.card.claim.id} card={view.card} actions={actions} avoid={avoid} />,
        this.cardLayer,
      );
    } else if (this.cardShown) {
      this.cardShown = false;
      render(null, this.cardLayer);
    }
  }

  destroy(): void {
    if (this.cardShown) render(null, this.cardLayer);
    this.space?.destroy();
    this.container.replaceChildren();
  }
}
