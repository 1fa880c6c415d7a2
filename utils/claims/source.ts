// What claim extraction needs from an analysis, as plain JSON: the article's text cut into runs that belong
// wholly to one quote or to the commentary (utils/claims/extract.ts splits them into sentences). Plain data,
// so claims can be extracted from a saved source as well as from a live analysis.
import type { PageAnalysis, QuoteKind } from '../analysis/types';

export const CLAIM_LIMITS = {
  /** Characters of one block that are split into sentences (a 10 MB text node is not a paragraph). */
  blockChars: 20_000,
  claims: 5_000,
};

export interface ClaimPiece {
  start: number;
  end: number;
  quoteId: string | null;
}

/** What claim extraction needs from an analysis, as plain JSON (it crosses the extension's messaging). */
export interface ClaimSource {
  url: string | null;
  title: string | null;
  publication: string | null;
  /** The article's text (ArticleText.text): selectors and spans count in it. */
  text: string;
  /** Runs of the text that belong wholly to one quote or to the commentary, in order. */
  pieces: ClaimPiece[];
  quotes: Array<{ id: string; kind: QuoteKind; outlet: string | null }>;
}

export function claimSourceOf(analysis: PageAnalysis): ClaimSource {
  const { report } = analysis;
  return {
    url: report.url,
    title: report.title,
    publication: report.publication,
    text: analysis.articleText.text,
    pieces: piecesOf(analysis),
    quotes: analysis.quotes.map(({ id, kind, outlet }) => ({ id, kind, outlet })),
  };
}

/** The article's text cut into runs that belong wholly to one quote or to the commentary. */
function piecesOf(analysis: PageAnalysis): ClaimPiece[] {
  const pieces: ClaimPiece[] = [];
  const inline = analysis.quotes.filter((q) => q.form === 'inline');
  for (const block of analysis.articleText.blocks) {
    if (block.ignored) continue;
    if (/^H[1-6]$/i.test(block.element.tagName)) continue; // headlines and section titles are not claims
    const end = Math.min(block.end, block.start + CLAIM_LIMITS.blockChars);
    let cursor = block.start;
    for (const q of inline) {
      const [s, e] = q.spans[0];
      if (s >= block.start && s < end) {
        if (s > cursor) pieces.push({ start: cursor, end: s, quoteId: block.quoteId });
        pieces.push({ start: s, end: Math.min(e, end), quoteId: q.id });
        cursor = Math.min(e, end);
      }
    }
    if (cursor < end) pieces.push({ start: cursor, end, quoteId: block.quoteId });
  }
  return pieces;
}
