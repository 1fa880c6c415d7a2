// "Show in page": a saved claim found again in the article shown, scrolled to the middle of the viewport,
// flashed, and its card opened (card-controller.ts). Also the scroll the bar's ‹ › use.
import { findQuote, rangeFor } from '../utils/analysis/ranges';
import type { PageAnalysis, Span } from '../utils/analysis/types';
import type { ClaimRecord } from '../utils/storage/types';
import type { CardController } from './card-controller';
import type { Shown } from './overlay-view';

/** Shows `record` in the page; whether it was found there. */
export function revealClaim(
  doc: Document,
  shown: Shown,
  record: ClaimRecord,
  cards: CardController,
): boolean {
  const { articleText } = shown.analysis;
  const span = findQuote(articleText.text, record.selector.quote, record.selector.position.start);
  const range = span ? rangeFor(doc, articleText, span) : null;
  if (!span || !range) return false;
  scrollToSpan(doc, shown.analysis, span);
  cards.flash(span);
  const claim =
    shown.claims.find((c) => c.id === record.id) ??
    shown.claims.find((c) => c.span[0] < span[1] && span[0] < c.span[1]);
  if (claim) cards.show(claim, { focus: false, pinned: true });
  return true;
}

/** Brings a span of the article's text to the middle of the viewport. */
export function scrollToSpan(doc: Document, analysis: PageAnalysis, span: Span): void {
  const range = rangeFor(doc, analysis.articleText, span);
  range?.startContainer.parentElement?.scrollIntoView({ block: 'center', behavior: 'instant' });
}
