// Claims: each sentence of a quoted passage (with its outlet and its own speaker) and each of the blogger's
// own sentences (commentary, attributed to the publication), with a check-worthiness score, a stable id and
// W3C selectors to find it again. Pure: it reads an analysis and returns data.
import type { PageAnalysis, Span } from '../analysis/types';
import { normaliseUrl } from '../url';
import { claimId } from './id';
import { scoreSentence } from './score';
import { splitSentences } from './segment';
import { speakersOf } from './speakers';
import type { Claim } from './types';

export interface FoundClaim extends Claim {
  /** Offsets into the article's text, for highlighting. */
  span: Span;
}

export const CLAIM_LIMITS = {
  /** Characters of one block that are split into sentences (a 10 MB text node is not a paragraph). */
  blockChars: 20_000,
  claims: 5_000,
};
const SELECTOR_CONTEXT = 32;
const MIN_WORDS = 4;

interface Piece {
  start: number;
  end: number;
  quoteId: string | null;
}

/** The article's text cut into runs that belong wholly to one quote or to the commentary. */
function piecesOf(analysis: PageAnalysis): Piece[] {
  const pieces: Piece[] = [];
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

function selectorFor(text: string, start: number, end: number): Claim['selector'] {
  return {
    quote: {
      type: 'TextQuoteSelector',
      exact: text.slice(start, end),
      prefix: text.slice(Math.max(0, start - SELECTOR_CONTEXT), start),
      suffix: text.slice(end, end + SELECTOR_CONTEXT),
    },
    position: { type: 'TextPositionSelector', start, end },
  };
}

const squash = (s: string) => s.replace(/\s+/g, ' ').trim();

export function extractClaims(analysis: PageAnalysis): FoundClaim[] {
  const { report, articleText } = analysis;
  const text = articleText.text;
  const pageKey = normaliseUrl(report.url ?? report.title ?? '');
  const quotes = new Map(analysis.quotes.map((q) => [q.id, q]));

  // Sentences, grouped by quote so speakers resolve within their passage.
  const groups = new Map<string | null, Array<{ start: number; end: number }>>();
  const order: Array<{ key: string | null; index: number }> = [];
  for (const piece of piecesOf(analysis)) {
    const list = groups.get(piece.quoteId) ?? [];
    groups.set(piece.quoteId, list);
    for (const s of splitSentences(text.slice(piece.start, piece.end))) {
      order.push({ key: piece.quoteId, index: list.length });
      list.push({ start: piece.start + s.start, end: piece.start + s.end });
    }
  }
  const speakers = new Map<string | null, ReturnType<typeof speakersOf>>();
  for (const [key, list] of groups)
    speakers.set(key, speakersOf(list.map((s) => squash(text.slice(s.start, s.end)))));

  const claims: FoundClaim[] = [];
  const seen = new Set<string>();
  for (const { key, index } of order) {
    if (claims.length >= CLAIM_LIMITS.claims) break;
    const { start, end } = groups.get(key)![index];
    const sentence = squash(text.slice(start, end));
    if (sentence.split(' ').length < MIN_WORDS) continue;
    const quote = key ? quotes.get(key) : undefined;
    const reported = quote !== undefined && quote.kind !== 'self';
    const speaker = speakers.get(key)![index];
    const { score, reasons } = scoreSentence(sentence, { attributed: speaker !== null, reported });
    let id = claimId(pageKey, sentence);
    // The same sentence twice on a page: later copies get a suffix so ids stay unique and stable.
    for (let n = 2; seen.has(id); n++) id = claimId(pageKey, `${sentence}\u0000${n}`);
    seen.add(id);
    claims.push({
      id,
      text: sentence,
      kind: reported ? 'reported' : 'commentary',
      quoteId: quote?.id ?? null,
      publication: report.publication,
      outlet: reported ? quote.outlet : null,
      speaker,
      score,
      reasons,
      selector: selectorFor(text, start, end),
      span: [start, end],
    });
  }
  return claims;
}
