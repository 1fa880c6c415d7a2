// Claims: each sentence of a quoted passage (with its outlet and its own speaker) and each of the blogger's
// own sentences (commentary, attributed to the publication), with a check-worthiness score, a stable id and
// W3C selectors to find it again. Pure: it reads plain data and returns data. The content script sends the
// ClaimSource of its analysis to the background, which extracts the claims: the page's main thread is spared
// the work, and the content script the code.
import type { PageAnalysis, QuoteKind, Span } from '../analysis/types';
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

export function extractClaims(input: PageAnalysis | ClaimSource): FoundClaim[] {
  const source = 'articleText' in input ? claimSourceOf(input) : input;
  const { text } = source;
  const pageKey = normaliseUrl(source.url ?? source.title ?? '');
  const quotes = new Map(source.quotes.map((q) => [q.id, q]));

  // Sentences, grouped by quote so speakers resolve within their passage.
  const groups = new Map<string | null, Array<{ start: number; end: number; text: string }>>();
  const order: Array<{ key: string | null; index: number }> = [];
  // All pieces are split in one pass (joined by blank lines), then mapped back to article offsets.
  const { pieces } = source;
  const joined: string[] = [];
  const offsets: number[] = [];
  let length = 0;
  for (const piece of pieces) {
    offsets.push(length);
    joined.push(text.slice(piece.start, piece.end));
    length += piece.end - piece.start + 2;
  }
  const all = joined.join('\n\n');
  let p = 0;
  for (const s of splitSentences(all)) {
    while (p + 1 < pieces.length && offsets[p + 1] <= s.start) p++;
    const piece = pieces[p];
    const start = piece.start + s.start - offsets[p];
    const end = Math.min(piece.end, piece.start + s.end - offsets[p]);
    const list = groups.get(piece.quoteId) ?? [];
    groups.set(piece.quoteId, list);
    order.push({ key: piece.quoteId, index: list.length });
    list.push({ start, end, text: squash(text.slice(start, end)) });
  }
  const speakers = new Map<string | null, ReturnType<typeof speakersOf>>();
  // Names resolve within a quoted passage; the commentary's sentences stand alone.
  for (const [key, list] of groups)
    speakers.set(
      key,
      speakersOf(
        list.map((s) => s.text),
        key !== null,
      ),
    );

  const claims: FoundClaim[] = [];
  const seen = new Set<string>();
  for (const { key, index } of order) {
    if (claims.length >= CLAIM_LIMITS.claims) break;
    const { start, end, text: sentence } = groups.get(key)![index];
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
      publication: source.publication,
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
