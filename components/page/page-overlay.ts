// Everything Sourcelight draws on a page, in one container inside its closed shadow root: passage marks and
// badges, the claim card, the provenance bar and the room kept for it at the page's end. Marks and bar are
// plain DOM (drawn on every load); the card, a small Preact component with state, is its own module, loaded
// the first time a card opens (`loadCard`), so the first marks never wait for its code.
import { ProvenanceBar } from './bar';
import { BarSpace } from './bar-space';
import { drawMarks } from './marks';
import type { Box, CardLayer, CardProps, OverlayActions, OverlayView } from './view';

export class PageOverlay {
  private readonly marks: HTMLElement;
  private readonly cardLayer: HTMLElement;
  private bar: ProvenanceBar | null = null;
  private space: BarSpace | null = null;
  /** The card's code, once loaded; the load under way; why it failed (cleared when the card closes). */
  private card: CardLayer | null = null;
  private cardLoading: Promise<void> | null = null;
  private cardFailure: string | null = null;
  /** The card the last view asked for, drawn once its code is in. */
  private wanted: CardProps | null = null;
  private cardShown = false;
  private destroyed = false;

  constructor(
    private readonly container: HTMLElement,
    private readonly loadCard: () => Promise<CardLayer>,
  ) {
    const doc = container.ownerDocument;
    this.marks = doc.createElement('div');
    this.marks.className = 'layer';
    this.marks.setAttribute('aria-hidden', 'true');
    this.cardLayer = doc.createElement('div');
    this.cardLayer.className = 'layer';
    container.append(this.marks, this.cardLayer);
  }

  /** Draws `view`; resolves once all of it is drawn (a card's code may have to load first). */
  render(view: OverlayView, actions: OverlayActions): Promise<void> {
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
    this.wanted = null;
    if (view.card) {
      const { viewport } = view.card;
      const bar = this.bar?.element;
      const avoid = (): Box[] => {
        const box = bar?.isConnected ? BarSpace.boxOf(bar) : null;
        return box ? [{ ...box, top: box.top + viewport.top, left: box.left + viewport.left }] : [];
      };
      this.wanted = { card: view.card, actions, avoid };
    }
    this.drawCard();
    return this.cardLoading ?? Promise.resolve();
  }

  destroy(): void {
    this.destroyed = true;
    if (this.card && this.cardShown) this.card.renderCard(this.cardLayer, null);
    this.space?.destroy();
    this.container.replaceChildren();
  }

  /** The card wanted now, drawn if its code is in; else its code asked for, or why it cannot be had said. */
  private drawCard(): void {
    const { card, wanted } = this;
    if (card) {
      if (wanted || this.cardShown) card.renderCard(this.cardLayer, wanted);
      this.cardShown = wanted !== null;
      return;
    }
    if (!wanted) {
      // A card closed after its code failed to load: the next one tries again.
      this.cardFailure = null;
      this.cardLayer.replaceChildren();
      this.cardShown = false;
      return;
    }
    if (this.cardFailure !== null) {
      this.cardLayer.replaceChildren(cardFailed(this.cardLayer.ownerDocument, wanted, this.cardFailure));
      this.cardShown = true;
      return;
    }
    this.cardLoading ??= this.loadCard()
      .then(
        (loaded) => {
          this.card = loaded;
        },
        (error: unknown) => {
          this.cardFailure = error instanceof Error ? error.message : String(error);
          console.info('Sourcelight: could not load the claim card:', this.cardFailure);
        },
      )
      .finally(() => {
        this.cardLoading = null;
        if (!this.destroyed) this.drawCard();
      });
  }
}

/** In the card's place, below the claim: that it could not open, and why. */
function cardFailed(doc: Document, { card }: CardProps, why: string): HTMLElement {
  const panel = doc.createElement('section');
  panel.className = 'panel card';
  panel.setAttribute('role', 'alert');
  const last = card.anchor[card.anchor.length - 1];
  if (last) {
    panel.style.top = `${last.top + last.height + 8}px`;
    panel.style.left = `${Math.max(card.viewport.left, last.left)}px`;
  }
  const text = doc.createElement('p');
  text.className = 'status error';
  text.textContent = `Sourcelight could not open this claim's card (${why}). Reload the page to try again.`;
  panel.append(text);
  return panel;
}
