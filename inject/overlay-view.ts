// What the overlay shows, worked out from the session's state with one batch of layout reads (measure.ts):
// each passage's boxes and badge, the lines under saved claims, the open card's claim and the span "show in
// page" flashes, the bar, and the card placed beside its claim. Reads layout, never changes it.
import type { Box, CardView, LineView, OverlayView, QuoteView } from '../components/page/view';
import { rangeFor } from '../utils/analysis/ranges';
import type { PageAnalysis, Span } from '../utils/analysis/types';
import { type FoundClaim, withoutSpan } from '../utils/claims/found';
import type { PageView } from '../utils/highlight/page-view';
import { barViewOf, isDashed } from './bar-view';
import type { OpenCard } from './card-controller';
import { boxesOf, lineBoxesOf, type Origin, pageBottomOf, viewportOf } from './measure';
import type { ReaderChoices } from './reader-choices';
import { noteFrameUrl } from './runtime';

/** An aggregated post as shown: its analysis on the page's nodes, claims and looks. */
export interface Shown {
  url: string;
  analysis: PageAnalysis;
  claims: FoundClaim[];
  view: PageView;
}

export interface DrawState {
  shown: Shown;
  choices: ReaderChoices;
  /** The claims painted (the bar steps through them). */
  painted: readonly FoundClaim[];
  card: OpenCard | null;
  /** The span "show in page" is flashing. */
  revealSpan: Span | null;
  /** Whether claims can be painted at all (the Highlight API exists). */
  claimHighlights: boolean;
}

/** Beyond this many passages, only those near the viewport get marks (drawn again as the reader scrolls). */
export const MARK_ALL_UP_TO = 40;

/** The boxes of the passage at an index of the analysis's quotes, each measured once, when first asked for. */
export type QuoteBoxes = (index: number) => Box[];

/** Each passage's boxes, measured on demand and remembered (kept by the caller until the layout may have
 * changed: a scroll moves no box, as boxes are in the page's coordinates). */
export function measureQuotes(shown: Shown, origin: Origin): QuoteBoxes {
  const measured = new Map<number, Box[]>();
  return (index) => {
    let boxes = measured.get(index);
    if (!boxes) {
      const quote = shown.analysis.quotes[index];
      boxes = quote ? boxesOf(quote.elements, origin) : [];
      measured.set(index, boxes);
    }
    return boxes;
  };
}

/** The overlay's view; `quoteBoxes` gives the passages' boxes when highlights are on (asked for at most once). */
export function overlayViewOf(
  state: DrawState,
  doc: Document,
  origin: Origin,
  quoteBoxes: () => QuoteBoxes,
): OverlayView {
  const { shown, choices } = state;
  const lines = lineViews(state, doc, origin);
  return {
    quotes: choices.highlightsOn ? quoteViews(shown, origin, quoteBoxes()) : [],
    lines,
    bar: barViewOf({
      quotes: shown.analysis.quotes,
      view: shown.view,
      claims: shown.claims,
      painted: state.painted,
      openClaim: state.card?.claim ?? null,
      lines,
      highlightsOn: choices.highlightsOn,
      showCommentary: choices.showCommentary,
      minScore: choices.minScore,
      claimsShown: choices.claimsShown,
      collapsed: choices.barCollapsed,
      claimHighlights: state.claimHighlights,
      pageBottom: pageBottomOf(doc, origin),
    }),
    card: cardView(state, doc, origin),
  };
}

function quoteViews(shown: Shown, origin: Origin, boxesAt: QuoteBoxes): QuoteView[] {
  const { quotes } = shown.analysis;
  // On a page of hundreds of passages, only those within a screen of the viewport are drawn, and measured:
  // passages run down the page in their order, so the first near the viewport is searched for by halves.
  const all = quotes.length <= MARK_ALL_UP_TO;
  const top = -origin.y - window.innerHeight;
  const bottom = -origin.y + 2 * window.innerHeight;
  const near = (boxes: Box[]) => boxes.some((b) => b.top < bottom && b.top + b.height > top);
  const from = all ? 0 : Math.max(0, firstEndingBelow(quotes.length, boxesAt, top) - NEIGHBOURS);
  const views: QuoteView[] = [];
  for (let i = from, after = 0; i < quotes.length && after <= NEIGHBOURS; i++) {
    const boxes = boxesAt(i);
    const look = shown.view.quotes[i];
    if (!all && boxes.length > 0 && boxes.every((b) => b.top >= bottom)) after++;
    if (boxes.length === 0 || !look || (!all && !near(boxes))) continue;
    const quote = quotes[i];
    views.push({
      id: quote.id,
      kind: quote.kind,
      label: look.label,
      swatch: look.swatch,
      dashed: isDashed(quote, look.key),
      boxes,
    });
  }
  return views;
}

/** Passages looked at on either side of those near the viewport: floats and columns put a few out of order. */
const NEIGHBOURS = 8;

/** The first passage (by index) whose boxes end below `top`, found by halves: about log2(n) passages are
 * measured. A passage without a box (hidden) is passed over for its next laid-out neighbour. */
function firstEndingBelow(count: number, boxesAt: QuoteBoxes, top: number): number {
  let lo = 0;
  let hi = count;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    let probe = mid;
    while (probe < hi && boxesAt(probe).length === 0) probe++;
    if (probe === hi) {
      hi = mid;
      continue;
    }
    const boxes = boxesAt(probe);
    if (boxes.some((b) => b.top + b.height > top)) hi = mid;
    else lo = probe + 1;
  }
  return lo;
}

/** Saved claims (while highlights are on), the open card's claim, and the one "show in page" flashes. */
function lineViews(state: DrawState, doc: Document, origin: Origin): LineView[] {
  const { shown, choices } = state;
  const text = shown.analysis.articleText;
  const boxes = (span: Span) => {
    const range = rangeFor(doc, text, span);
    return range ? lineBoxesOf(range, origin) : [];
  };
  const lines: LineView[] = [];
  if (choices.highlightsOn && choices.savedIds.size > 0) {
    const saved = shown.claims.filter((claim) => choices.savedIds.has(claim.id));
    if (saved.length > 0) lines.push({ kind: 'saved', boxes: saved.flatMap((claim) => boxes(claim.span)) });
  }
  if (state.card) lines.push({ kind: 'active', boxes: boxes(state.card.claim.span) });
  if (state.revealSpan) lines.push({ kind: 'reveal', boxes: boxes(state.revealSpan) });
  return lines;
}

function cardView(state: DrawState, doc: Document, origin: Origin): CardView | null {
  const card = state.card;
  if (!card) return null;
  const range = rangeFor(doc, state.shown.analysis.articleText, card.claim.span);
  const anchor = range ? lineBoxesOf(range, origin) : [];
  if (anchor.length === 0) return null;
  const saved = state.choices.savedIds.has(card.claim.id);
  return {
    claim: withoutSpan(card.claim),
    anchor,
    viewport: viewportOf(doc, origin),
    saved,
    status: card.status,
    focus: card.focus,
    noteUrl: saved ? noteFrameUrl(card.claim.id) : null,
  };
}
