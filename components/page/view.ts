// What the page overlay draws, measured and worded by the content script; the components only render it.
import type { QuoteKind } from '../../utils/analysis/types';
import type { Claim } from '../../utils/claims/types';
import type { ClaimStyle } from '../../utils/highlight/buckets';
import type { SwatchStyle } from '../../utils/highlight/colours';
import type { SummaryEntry } from '../../utils/highlight/labels';

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
  highlightsOn: boolean;
  showCommentary: boolean;
  /** Whether this browser can paint claims (CSS Custom Highlight API). */
  claimHighlights: boolean;
  claimCount: number;
  /** 1-based position of the claim whose card is open, in the bar's claim order. */
  claimPosition: number | null;
}

export type SaveStatus =
  | { state: 'idle' }
  | { state: 'saving' }
  | { state: 'saved' }
  | { state: 'error'; message: string };

export interface CardView {
  claim: Claim;
  style: ClaimStyle;
  /** Where the card goes: below the claim's last line, or above its first when there is no room. */
  top: number;
  left: number;
  above: boolean;
  saved: boolean;
  status: SaveStatus;
  /** Opened from the keyboard (the bar): focus moves into the card. */
  focus: boolean;
}

export interface OverlayActions {
  toggleHighlights(): void;
  toggleCommentary(): void;
  dismissBar(): void;
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
