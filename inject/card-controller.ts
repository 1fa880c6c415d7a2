// The claim card: which claim's card is open, and how it goes. A click (or the bar's ‹ ›) opens a pinned card
// that stays until closed, a click elsewhere on the page or Escape; a deliberate hover opens one that goes
// 300 ms after the pointer leaves the claim and the card. "Show in page" flashes a span for a few seconds.
// Its timers and its listener end with the lifetime.
import type { SaveStatus } from '../components/page/view';
import type { Span } from '../utils/analysis/types';
import type { FoundClaim } from '../utils/claims/found';
import type { Lifetime } from './lifetime';

export interface OpenCard {
  claim: FoundClaim;
  focus: boolean;
  pinned: boolean;
  status: SaveStatus;
}

export interface CardHost {
  /** Draws the overlay now (the card, its claim's line). */
  render(): void;
  /** Draws again on the next frame; `afterLayout`: once the browser has laid the page out. */
  redraw(afterLayout: boolean): void;
  /** Gives focus back to the bar (its next-claim button). */
  focusBar(): void;
  /** Whether an event's target is our own overlay. */
  isOwn(target: EventTarget | null): boolean;
}

export const HIDE_DELAY_MS = 300;
export const REVEAL_MS = 4_000;

export class CardController {
  private open: OpenCard | null = null;
  private overCard = false;
  private hideTimer: number | null = null;
  private revealTimer: number | null = null;
  /** The span "show in page" is flashing. */
  private flashing: Span | null = null;

  constructor(
    private readonly ctx: Lifetime,
    private readonly doc: Document,
    private readonly host: CardHost,
  ) {}

  get card(): OpenCard | null {
    return this.open;
  }

  get revealSpan(): Span | null {
    return this.flashing;
  }

  /** Closes a pinned card on a press anywhere on the page but our overlay, for the session's lifetime. */
  listen(): void {
    this.ctx.addEventListener(
      this.doc,
      'mousedown',
      (event) => {
        if (this.open?.pinned && !this.host.isOwn(event.target)) this.close(false);
      },
      { passive: true },
    );
  }

  /** The pointer chose a claim: a click opens (and keeps) its card; a hover never replaces a card the reader
   * clicked or used. */
  pointed(claim: FoundClaim, pinned: boolean): void {
    if (pinned || (!this.open?.pinned && this.open?.claim !== claim))
      this.show(claim, { focus: false, pinned });
  }

  show(claim: FoundClaim, options: { focus: boolean; pinned: boolean }): void {
    this.cancelHide();
    this.open = { claim, focus: options.focus, pinned: options.pinned, status: { state: 'idle' } };
    this.host.render();
  }

  close(returnFocus: boolean): void {
    this.cancelHide();
    if (!this.open) return;
    this.open = null;
    this.overCard = false;
    this.host.render();
    if (returnFocus) this.host.focusBar();
  }

  /** Forgets the card without drawing (the caller draws the page again). */
  drop(): void {
    this.open = null;
  }

  /** Forgets a card that is not pinned (the claims painted changed). */
  dropUnpinned(): void {
    if (this.open && !this.open.pinned) this.open = null;
  }

  /** A new analysis of the same page: the card stays open on the same claim, if it is still there. */
  follow(claims: readonly FoundClaim[]): void {
    if (!this.open) return;
    const again = claims.find((c) => c.id === this.open?.claim.id);
    this.open = again ? { ...this.open, claim: again, focus: false } : null;
  }

  /** The pointer entered or left the card. */
  hovered(inside: boolean): void {
    this.overCard = inside;
    if (inside) this.cancelHide();
    else this.scheduleHide();
  }

  /** The reader used the card: it stays. */
  pin(): void {
    if (this.open && !this.open.pinned) this.open = { ...this.open, pinned: true };
  }

  /** A hover-opened card goes a moment after the pointer left its claim and the card. */
  scheduleHide(): void {
    if (!this.open || this.open.pinned || this.overCard || this.hideTimer !== null) return;
    this.hideTimer = this.ctx.setTimeout(() => {
      this.hideTimer = null;
      if (this.open && !this.open.pinned && !this.overCard) this.close(false);
    }, HIDE_DELAY_MS);
  }

  /** Shows how saving the card's claim went (a card being used stays). */
  setStatus(id: string, status: SaveStatus): void {
    if (this.open?.claim.id !== id) return;
    this.open = { ...this.open, status, focus: false, pinned: true };
    this.host.render();
  }

  /** Flashes `span` ("show in page") for a few seconds. */
  flash(span: Span): void {
    this.flashing = span;
    if (this.revealTimer !== null) clearTimeout(this.revealTimer);
    this.revealTimer = this.ctx.setTimeout(() => {
      this.revealTimer = null;
      this.flashing = null;
      this.host.redraw(false);
    }, REVEAL_MS);
    this.host.redraw(true);
  }

  private cancelHide(): void {
    if (this.hideTimer !== null) clearTimeout(this.hideTimer);
    this.hideTimer = null;
  }
}
