// Claims: each sentence of a quoted passage (with its outlet and its own speaker) and each of the blogger's
// own sentences (commentary, attributed to the publication), with a check-worthiness score, a stable id and
// W3C selectors to find it again. Pure: it reads plain data and returns data. In the extension it runs where
// pages are analysed (utils/round-trip/host/analyse.ts), never on the page's main thread.
import type { PageAnalysis } from '../analysis/types';
import { normaliseUrl } from '../url';
import type { FoundClaim } from './found';
import { claimId } from './id';
import { scoreSentence } from './score';
import { splitSentences } from './segment';
import { CLAIM_LIMITS, type ClaimSource, claimSourceOf } from './source';
import { speakersOf } from './speakers';
import type { Claim } from './types';

export { type FoundClaim, withoutSpan } from './found';

const SELECTOR_CONTEXT = 32;
const MIN_WORDS = 4;

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

export { CLAIM_LIMITS, type ClaimPiece, type ClaimSource, claimSourceOf } from './source';

/** Words that only hand over to a quotation ("here's Reuters with the latest:", "the following:"). */
const HANDS_OVER =
  /\b(?:the following|as follows|here[’']?s|here is|more from|below|this reaction|put it|had this to say)\b/i;
const LEAD_IN_MAX_WORDS = 14;

/**
 * A sentence of the blogger's right before a passage that only introduces it is not a claim: one ending in a
 * colon (a quotation mark may follow, where the sentence was cut at it) that is short or says only that
 * something follows. A longer one with content of its own ("On Friday, Reuters reported that X was killed
 * …:") stays.
 */
export function onlyIntroduces(sentence: string): boolean {
  const bare = sentence.replace(/\s*["“„«»‘'「]\s*$/u, '');
  if (!/[:：]$/.test(bare)) return false;
  return bare.split(/\s+/).length <= LEAD_IN_MAX_WORDS || HANDS_OVER.test(bare);
}

/** A mail's quoted lines keep their ">" marks at each line's start in the page (a list archive's <pre>); a
 * claim's words leave them out. A ">" inside a line ("values > 5") is the text's own. */
const MAIL_QUOTE_MARKS = /(^|\n)[ \t]*(?:>[ \t]?)+/g;

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
    list.push({ start, end, text: squash(text.slice(start, end).replace(MAIL_QUOTE_MARKS, '$1')) });
  }
  const speakers = new Map<string | null, ReturnType<typeof speakersOf>>();
  // Names resolve within a quoted passage; in the commentary only bare names do ("Moreno told CNBC").
  for (const [key, list] of groups)
    speakers.set(
      key,
      speakersOf(
        list.map((s) => s.text),
        key !== null ? 'passage' : 'names',
      ),
    );

  const claims: FoundClaim[] = [];
  const seen = new Map<string, number>();
  for (let k = 0; k < order.length; k++) {
    const { key, index } = order[k];
    if (claims.length >= CLAIM_LIMITS.claims) break;
    const { start, end, text: sentence } = groups.get(key)![index];
    if (sentence.split(' ').length < MIN_WORDS) continue;
    const quote = key ? quotes.get(key) : undefined;
    const reported = quote !== undefined && quote.kind !== 'self';
    // Only a sentence a passage follows introduces it: "…the lowest since 1969:" before a chart is a claim.
    const beforePassage = key === null && order[k + 1] !== undefined && order[k + 1].key !== null;
    if (beforePassage && onlyIntroduces(sentence)) continue;
    const speaker = speakers.get(key)![index];
    const { score, reasons } = scoreSentence(sentence, { attributed: speaker !== null, reported });
    let id = claimId(pageKey, sentence);
    // The same sentence twice on a page: later copies get a numbered variant, so ids stay unique and stable.
    const copies = (seen.get(id) ?? 0) + 1;
    seen.set(id, copies);
    if (copies > 1) id = claimId(pageKey, `${sentence}\u0000${copies}`);
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
