// What the page overlay draws, measured and worded by the content script; the components only render it.
import type { QuoteKind } from '../../utils/analysis/types';
import type { Claim } from '../../utils/claims/types';
import type { ClaimsShown } from '../../utils/highlight/claim-choice';
import type { SwatchStyle } from '../../utils/highlight/colours';
import type { SummaryEntry } from '../../utils/highlight/labels';
import type { LegendEntry } from '../../utils/highlight/legend';

/** A rectangle in the overlay's coordinates (the page's, scrolled with it). */
export interface Box {
  top: number;
  left: number;
  width: number;
  height: number;
}

export interface QuoteView {
  id: string;
  kind: QuoteKind;
  /** "Reuters · outlet". */
  label: string;
  swatch: SwatchStyle;
  /** Inline quotations and the blog's own words get a dashed rule: the block is not wholly someone else's. */
  dashed: boolean;
  /** One box per element holding the passage. */
  boxes: Box[];
}

/**
 * Lines of the article's text drawn over the page rather than with the page-readable highlight registry, since
 * they tell what this reader did: claims they saved, the claim whose card is open, the one "show in page" asked
 * for.
 */
export interface LineView {
  kind: 'saved' | 'active' | 'reveal';
  /** One box per line of text. */
  boxes: Box[];
}

export interface SummaryView extends SummaryEntry {
  swatch: SwatchStyle;
}

export interface BarView {
  summary: SummaryView[];
  /** Folded into a small pill (the reader's choice for this page's session). */
  collapsed: boolean;
  highlightsOn: boolean;
  showCommentary: boolean;
  /** Whether this browser can paint claims (CSS Custom Highlight API). */
  claimHighlights: boolean;
  /** Which claims the page paints: none (the default), the few most worth checking, or all. */
  claimsShown: ClaimsShown;
  /** How many "the most worth checking" shows, and how many claims there are in all. */
  topCount: number;
  allCount: number;
  /** Claims painted now (the bar's steps go through these). */
  claimCount: number;
  /** 1-based position of the claim whose card is open, in the bar's claim order. */
  claimPosition: number | null;
  /** What each mark now on the page means. */
  legend: LegendEntry[];
  /** Where the page's own content ends (the bar's room goes there), in the overlay's coordinates. */
  pageBottom: number;
}

export type SaveStatus =
  | { state: 'idle' }
  | { state: 'saving' }
  | { state: 'saved' }
  | { state: 'error'; message: string };

export interface CardView {
  claim: Claim;
  /** The claim's lines (the card goes beside them, never over them). */
  anchor: Box[];
  /** The part of the page in view. */
  viewport: Box;
  saved: boolean;
  status: SaveStatus;
  /** Opened from the keyboard (the bar): focus moves into the card. */
  focus: boolean;
  /** A saved claim's note editor: an extension page's address, framed in the card. */
  noteUrl: string | null;
}

export interface OverlayActions {
  toggleHighlights(): void;
  toggleCommentary(): void;
  /** Folds the bar into its pill, or unfolds it. */
  collapseBar(collapsed: boolean): void;
  chooseClaims(shown: ClaimsShown): void;
  stepClaim(direction: 1 | -1): void;
  closeCard(returnFocus: boolean): void;
  saveClaim(claim: Claim): void;
  unsaveClaim(claim: Claim): void;
  /** The pointer entered or left the card (it stays open while the pointer is over it). */
  hoverCard(inside: boolean): void;
  /** The reader started using the card (focus inside it): it stays open until closed. */
  pinCard(): void;
}

export interface OverlayView {
  quotes: QuoteView[];
  lines: LineView[];
  bar: BarView | null;
  card: CardView | null;
}

/** A claim card as drawn (components/page/ClaimCard.tsx). */
export interface CardProps {
  card: CardView;
  actions: OverlayActions;
  /** Boxes the card must keep clear of besides the claim (the bar), in the overlay's coordinates. */
  avoid?: () => Box[];
}

/** The card's module (components/page/card-layer.tsx), loaded when a card first opens. */
export interface CardLayer {
  renderCard(layer: HTMLElement, props: CardProps | null): void;
}
