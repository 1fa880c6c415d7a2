// Says where each passage came from. The block's own evidence (embed account, cite="", <cite>,
// <figcaption>, dateline, credit line) outranks the lead-in; the lead-in outranks nothing at all.
import type { Outlet, OutletLookup } from '../outlets/types';
import type { ArticleWalk } from './article-text';
import { readBackCredit } from './back-credit';
import {
  outletStrip,
  readBoldLabel,
  readCitationLine,
  readCitations,
  readCreditLine,
  readDateline,
  readLogo,
  readTermCredit,
  readTestimonialAuthor,
  withoutOpeningMark,
} from './block-evidence';
import handOverWords from './data/hand-over-words.json';
import { squash, tagOf } from './dom';
import { footnoteSource } from './footnote';
import { readForwardedHeader } from './forwarded';
import { INTRODUCES, type LeadInContext, type LeadInLink, lastSentence, readLeadIn } from './lead-in';
import { alternation, lazyPattern } from './lead-in-words';
import {
  looksLikeClause,
  looksLikeLetter,
  looksLikeNotice,
  looksLikeTimedLog,
  signedForBody,
  titledAsDocument,
} from './letter';
import { linkCardBefore } from './link-card';
import type { SourceGuess } from './name-source';
import { saidLeadIn } from './own-voice';
import { answersQuestion, firstLineOfWords, outletSaying, type Passage } from './passages';
import { DASH_CREDIT_AT_END, isCaptionedFigureText, isTestimonial } from './set-apart';
import { readPastedPostCredit, readSocialEmbed, socialPlatform } from './social';
import {
  DOCUMENT_WORDS,
  PERSON_SPEAKS,
  pointsBack,
  REQUEST_WORDING,
  speaksAsSomeone,
  speaksForItself,
} from './source-words';
import type { Evidence, QuoteKind, Span } from './types';

export interface Attribution {
  kind: QuoteKind;
  outlet: string | null;
  href: string | null;
  account: string | null;
  leadIn: string | null;
  leadInMention: Span | null;
  evidence: Evidence[];
  /** Index of a credit-line block after the passage, which belongs to it rather than to the commentary. */
  creditBlock: number | null;
  /** The outlet was named by the shape of its name alone (SourceGuess.tentative). */
  tentative?: boolean;
}

const HEADING = /^H[1-6]$/;
/** A parenthesis after a paragraph's last sentence: "… for everyone. (via Aviation Week)"; or a wire's name after
 * a slash, as Nordic and other wires sign their copy: "… open until January. /FNB", "… /ritzau/" (group 2). */
const TRAILING_CREDIT =
  /[.!?…"”»]\s*(?:(\([^()]{2,70}\))|\/\s*(\p{L}[\p{L}\p{N}.&-]{1,20}(?:[\s-]\p{Lu}[\p{L}\p{N}.&-]{1,20}){0,2})\s*\/?)\s*$/u;

/** compareDocumentPosition's bits: the other node follows, or lies inside. */
const FOLLOWS = 4;
const INSIDE = 16;

function linksIn(
  el: Element,
  text: string,
  sentence: string,
  sentenceOffset: number,
  /** The passage's first element: a link after it (a "More: …" line under an excerpt that the lead-in's element
   * also holds) is no part of the lead-in; a link inside it (an inline passage's own lead-in) is. */
  passageStart: Element | null = null,
  /** Where the lead-in's block ends in `text`: a link whose words come only after it (further down an element
   * of loose text that also holds the passage, as Blogger's post body does) is no part of the lead-in. */
  blockEnd: number = text.length,
): LeadInLink[] {
  const out: LeadInLink[] = [];
  for (const a of el.querySelectorAll('a[href]')) {
    const place = passageStart?.compareDocumentPosition(a) ?? 0;
    if (place & FOLLOWS && !(place & INSIDE)) continue;
    const words = squash(a.textContent ?? '');
    if (!words) continue;
    const at = sentence.indexOf(words);
    // A link whose words are not in the lead-in sentence belongs to an earlier sentence.
    if (at < 0 && !text.slice(sentenceOffset, blockEnd).includes(words)) continue;
    const start = Math.max(at, 0);
    out.push({ href: a.getAttribute('href')!, start, end: start + words.length });
  }
  return out;
}

/** Whether a domain-style name is the page's own site ("harbourwatch.example" on www.harbourwatch.example). */
function sameSite(name: string, host: string): boolean {
  if (!/^[a-z0-9.-]+\.[a-z]{2,}$/i.test(name)) return false;
  const bare = name.toLowerCase();
  return host === bare || host.endsWith(`.${bare}`) || bare.endsWith(`.${host}`);
}

/** Whether a guess names the blog's own site as the outlet (by its domain). */
const namesOwnSite = (guess: SourceGuess, host: string | null): boolean =>
  guess.kind === 'outlet' && guess.outlet !== null && host !== null && sameSite(guess.outlet, host);

const REPLY =
  /^\s*(?:and\s+)?(?:(?:her|his|their|my|our)\s+(?:reply|response|answer|e-?mail|letter|message|text|words|statement)\b|(?:this is |here is |here's )?what (?:I|we) got back\b)/i;

/** The words opening a short hand-over that point at a source the paragraph before names ("It reported that:",
 * `pointsAtNamed` in data/hand-over-words.json), "and" or "so" perhaps before them, or "and" in Catalan, Spanish,
 * Italian, Portuguese or French ("Y añaden:", "E aggiungono:", "Et ils ajoutent :"). */
const POINTS_AT_NAMED = lazyPattern(
  () =>
    new RegExp(
      `^[\\s(]*(?:(?:and|so|then|i|y|e|et)[\\s,]+)?${alternation({ en: handOverWords.pointsAtNamed }, { left: true, right: true })}`,
      'iu',
    ),
);

export function attributePassage(
  passage: Passage,
  walk: ArticleWalk,
  taken: Set<number>,
  context: LeadInContext,
): Attribution {
  const { blocks, text } = walk;
  const evidence: Evidence[] = [];
  let own: (SourceGuess & { account?: string | null }) | null = null;
  let creditBlock: number | null = null;
  /** "That was FreightWaves on Tuesday, …" opening the paragraph after the block: read when nothing else names. */
  let after: SourceGuess | null = null;
  const first = passage.form === 'inline' ? null : passage.blocks[0];
  const last = passage.form === 'inline' ? null : passage.blocks[passage.blocks.length - 1];

  if (passage.form === 'social') {
    const platform = socialPlatform(passage.elements[0])!;
    own = readSocialEmbed(
      passage.elements[0],
      platform,
      squash(text.slice(passage.spans[0][0], passage.spans.at(-1)![1])),
      context.outlets,
    );
  } else if (passage.form === 'blockquote' || passage.form === 'block') {
    for (const el of passage.elements) own ??= readCitations(el, context.outlets);
    own ??= readDateline(
      withoutOpeningMark(text.slice(blocks[first!].start, blocks[first!].end)),
      context.outlets,
      blocks[first!].element,
    );
    // A byline or source line opening the block ("Ma'ariv by Ben Caspit", "Source: USA Today").
    const openingIndex = firstLineOfWords(walk, passage.blocks);
    const opening = blocks[openingIndex];
    if (!own && last! > openingIndex && opening.end - opening.start <= 120)
      own = readCitationLine(text.slice(opening.start, opening.end), opening.element, context.outlets);
    if (!own) own = readBoldLabel(opening.element, context.outlets);
    if (!own && passage.elements[0]) own = readLogo(passage.elements[0], context.outlets);
    for (const el of passage.elements) own ??= readTestimonialAuthor(el, context.outlets);
    const lastBlock = blocks[last!];
    if (!own && last! > first!) {
      const credit = readCreditLine(
        text.slice(lastBlock.start, lastBlock.end),
        lastBlock.element,
        context.outlets,
        { inside: true },
      );
      if (credit) own = credit;
      // "— @harbourwatcher": a post pasted as text, credited to its account.
      else own = readPastedPostCredit(squash(text.slice(lastBlock.start, lastBlock.end)), context.outlets);
    }
    // "… would raise base fares for everyone. (via Aviation Week)": a credit in parentheses closing the last
    // paragraph, after its last sentence.
    if (!own) {
      const tail = TRAILING_CREDIT.exec(
        text.slice(Math.max(lastBlock.start, lastBlock.end - 100), lastBlock.end),
      );
      if (tail) own = readCreditLine(tail[1] ?? `(${tail[2]})`, null, context.outlets, { inside: true });
    }
    // "… nei giorni festivi. — La Serenissima, 4 dicembre": a dash credit after the last sentence, in the same
    // paragraph (a picture's caption quoting), when it names an outlet.
    if (!own) {
      const dash = DASH_CREDIT_AT_END().exec(
        text.slice(Math.max(lastBlock.start, lastBlock.end - 90), lastBlock.end),
      );
      const credit = dash ? readCreditLine(dash[1], null, context.outlets, { inside: true }) : null;
      if (credit?.kind === 'outlet') own = credit;
    }
    // "… not expected on site before 12 December.¹": a footnote marker closing the passage cites its source in
    // the note.
    if (!own)
      own = footnoteSource(lastBlock.element, context.outlets, context.publicationHost, PASSAGE_MARKER_REACH);
    // Preformatted wire copy keeps its paragraphs in one block: its last line may be the wire's own credit
    // ("This report by The Canadian Press was first published …").
    if (!own && tagOf(lastBlock.element) === 'PRE') {
      const lines = text
        .slice(lastBlock.start, lastBlock.end)
        .trimEnd()
        .split(/\n\s*\n/);
      if (lines.length > 1)
        own = readCreditLine(squash(lines[lines.length - 1]), lastBlock.element, context.outlets, {
          inside: true,
        });
    }
    const next = blocks[last! + 1];
    if (
      next &&
      next.container < 0 &&
      next.post === lastBlock.post &&
      !taken.has(last! + 1) &&
      tagOf(next.element) !== 'BLOCKQUOTE'
    ) {
      const line = text.slice(next.start, next.end);
      // A line ending in a colon hands over to what follows ("Ellen Price, Financial Times, wrote the next
      // morning:"): the next block's lead-in, not a credit under this one.
      const credit = /[:：]\s*$/.test(line)
        ? null
        : readCreditLine(line, next.element, context.outlets, { isSurname: context.isSurname });
      if (credit) {
        creditBlock = last! + 1;
        own ??= credit;
        if (own !== credit) evidence.push(credit.evidence);
      } else after = readBackCredit(line, context.outlets);
    }
  }
  // A credit naming the blog's own site by its domain is the blog quoting itself.
  if (own && namesOwnSite(own, context.publicationHost))
    own = { ...own, kind: 'self', outlet: context.publication };
  if (own) evidence.unshift(own.evidence);

  // The lead-in: the text just before the passage, when it is not part of another passage. A label of the
  // passage's own box (a quoting callout's title, "Quote") stands between them and is passed over.
  let prior = first === null ? -1 : first - 1;
  while (prior >= 0 && taken.has(prior) && passage.elements[0]?.contains(blocks[prior].element)) prior--;
  let lead: ReturnType<typeof readLeadIn> = null;
  let leadIn: string | null = null;
  let leadInMention: Span | null = null;
  let sentenceStart = 0;
  let sentence = '';
  let leadElement: Element | null = null;
  let leadEnd = text.length;
  if (passage.form === 'inline' && passage.inlineLeadIn) {
    [sentenceStart] = passage.inlineLeadIn;
    sentence = text.slice(passage.inlineLeadIn[0], passage.inlineLeadIn[1]);
    leadElement = passage.elements[0];
  } else if (
    prior >= 0 &&
    !taken.has(prior) &&
    blocks[prior].container < 0 &&
    blocks[prior].post === blocks[first!].post
  ) {
    const previous = blocks[prior];
    const blockText = text.slice(previous.start, previous.end);
    const { sentence: s, offset } = HEADING.test(tagOf(previous.element))
      ? { sentence: blockText, offset: 0 }
      : lastSentence(blockText);
    sentence = s;
    sentenceStart = previous.start + offset;
    leadElement = previous.element;
    leadEnd = previous.end;
  }
  // A strip of outlets that once covered the page's owner ("As seen on …") is no lead-in.
  if (leadElement && sentence.trim() && !outletStrip(squash(sentence), context.outlets)) {
    const read = (words: string, offset: number) =>
      readLeadIn(
        words,
        linksIn(leadElement!, text, squash(words), offset, passage.elements[0] ?? null, leadEnd),
        context,
        HEADING.test(tagOf(leadElement!)) || passage.marked === true,
      );
    // A short line above the block that cites it ("NY Times: <headline>", "Source: USA Today") is explicit.
    // A citation line right above the block; else the lead-in's words; else, when the line above is short
    // and says nothing (a date, a byline), a citation line one further up.
    const citationAt = (i: number): SourceGuess | null => {
      const line = blocks[i];
      if (!line || line.container >= 0 || taken.has(i) || line.post !== blocks[first!].post) return null;
      if (line.end - line.start > 240) return null;
      // A definition list's term heads the passage under it ("NTV News" over its words).
      const words = text.slice(line.start, line.end);
      const cited = readCitationLine(words, line.element, context.outlets);
      // A line linking to the blog's own site: a post's own title over its first passage names no source; any
      // other such line cites the blog itself.
      if (cited && namesOwnSite(cited, context.publicationHost))
        return HEADING.test(tagOf(line.element))
          ? null
          : { ...cited, kind: 'self', outlet: context.publication };
      return (
        cited ??
        (tagOf(line.element) === 'DT' ? readTermCredit(words, line.element, context.outlets) : null) ??
        readForwardedHeader(words, line.element, context.outlets)
      );
    };
    const above = passage.form === 'inline' ? null : citationAt(first! - 1);
    lead = above ? { ...above, mention: null } : read(sentence, sentenceStart);
    if (!lead && passage.form !== 'inline' && first! >= 2 && sentence.length <= 80) {
      const further = citationAt(first! - 2);
      if (further) lead = { ...further, mention: null };
    }
    // "The Harbour Courier's editors called the plan “…”": an inline quotation's speaker is a newsroom.
    if (!lead && passage.form === 'inline') {
      const outlet = outletSaying(sentence, context.outlets);
      if (outlet)
        lead = {
          kind: 'outlet',
          outlet,
          href: null,
          evidence: { type: 'lead-in', value: squash(sentence).slice(0, 200), source: outlet },
          mention: null,
        };
    }
    // A last sentence that hands over ("Hilarious copy, below.") but names nobody: the source is in the
    // sentence or two before it, in the same paragraph.
    // "Her reply:", "Their answer, in full:", "This is what I got back:": the words of someone the sentence points back at, not of a
    // source named before it.
    if (
      !lead &&
      passage.form !== 'inline' &&
      (REPLY.test(sentence) || PERSON_SPEAKS.test(sentence) || saidLeadIn(sentence))
    )
      lead = { ...formGuess('person', squash(sentence)), mention: null };
    // A footnote marker in the lead-in cites the source in its note.
    if (!lead && passage.form !== 'inline' && INTRODUCES.test(sentence)) {
      const note = footnoteSource(leadElement, context.outlets, context.publicationHost);
      if (note) lead = { ...note, mention: null };
    }
    if (!lead && passage.form !== 'inline' && INTRODUCES.test(sentence)) {
      const paragraph = blocks[first! - 1];
      const widerStart = Math.max(paragraph.start, sentenceStart - 300);
      if (widerStart < sentenceStart) {
        const wider = text.slice(widerStart, paragraph.end);
        lead = read(wider, widerStart);
        if (lead) {
          sentence = wider;
          sentenceStart = widerStart;
        }
      }
    }
    // "Here's what the Guardian found." / "It reported that:": a paragraph of one short hand-over opening on
    // words that point at a source already named ("It", "The paper", "Le journal") lets the last sentence of
    // the paragraph before it name the source.
    // "The paper says:" read alone calls the passage a document; the paragraph before may name the paper.
    if (
      (!lead || (lead.kind === 'document' && lead.outlet === null)) &&
      passage.form !== 'inline' &&
      INTRODUCES.test(sentence)
    ) {
      const pointer = first! - 1;
      const before = blocks[first! - 2];
      const pointing =
        sentence.length <= 60 &&
        squash(sentence) === squash(text.slice(blocks[pointer].start, blocks[pointer].end)) &&
        POINTS_AT_NAMED.test(sentence);
      // A link card right before the hand-over is what it points at: "<card of a story>" / "They add:".
      const card = pointing ? linkCardBefore(blocks[pointer].element, context.outlets, sentence) : null;
      if (card) lead = { ...card, mention: null };
      else if (
        before &&
        pointing &&
        !taken.has(first! - 2) &&
        before.container < 0 &&
        before.post === blocks[first!].post
      ) {
        const { sentence: named, offset } = lastSentence(text.slice(before.start, before.end));
        const start = before.start + offset;
        const links = linksIn(
          before.element,
          text,
          squash(named),
          start,
          passage.elements[0] ?? null,
          before.end,
        );
        // The two paragraphs hand over as one: the first read as if it ended on the second's colon.
        const found = readLeadIn(named.replace(/[.!]?\s*$/, ':'), links, context, false);
        if (found?.kind === 'outlet') {
          lead = found;
          sentence = named;
          sentenceStart = start;
        }
      }
    }
    // "That was the Financial Times on Tuesday, and …" credits the passage above it, not the one below.
    if (
      lead?.kind === 'outlet' &&
      passage.form !== 'inline' &&
      !/[:：]\s*$/.test(sentence) &&
      readBackCredit(text.slice(blocks[first! - 1].start, blocks[first! - 1].end), context.outlets)
        ?.outlet === lead.outlet
    )
      lead = null;
    if (lead) {
      leadIn = squash(sentence);
      evidence.push(lead.evidence);
      if (lead.mention)
        leadInMention = [sentenceStart + lead.mention.start, sentenceStart + lead.mention.end];
    } else if (/[:：]\s*$/.test(sentence) || pointsBack(sentence)) leadIn = squash(sentence);
  }

  const pick = (g: SourceGuess, mention: Span | null): Attribution => ({
    kind: passage.form === 'social' ? 'social' : g.kind,
    outlet: g.kind === 'self' ? context.publication : g.outlet,
    href: g.href,
    account: own && 'account' in own ? (own.account ?? null) : null,
    leadIn,
    leadInMention: mention,
    // The clue that decided comes first; the others follow in the order they were read.
    evidence: [g.evidence, ...evidence.filter((e) => e !== g.evidence)],
    creditBlock,
    ...(g.tentative ? { tentative: true } : {}),
  });
  const words = first !== null && last !== null ? text.slice(blocks[first].start, blocks[last].end) : '';
  // A name read as a title by its shape alone does not make an outlet's the words a lead-in gives a person, or
  // words spoken in the first person: they are someone's own ("A reader wrote in:" / … / "— Odile Brandt";
  // "My daughter is shy…" / "— New Parent, Junior Squad").
  if (own?.tentative && (lead?.kind === 'person' || speaksForItself(words, context.language)))
    return lead ? pick(lead, leadInMention) : pick(formGuess('person', own.evidence.value), null);
  // On a thread, a block repeating a post above it is that poster's words, whatever the lead-in calls them
  // ("the numbers that matter are the ones in the report:") or names near them, unless the block names its own.
  // A letter answering a request repeats the request's wording, though, as a filed text: a document.
  if (passage.quotesPoster && own?.kind !== 'outlet')
    return leadIn !== null && REQUEST_WORDING.test(leadIn)
      ? pick(formGuess('document', 'a request quoted by its answer'), null)
      : pick(formGuess('person', 'a post quoted in its thread'), null);
  // The block's own evidence wins when it names a source; a bare unknown URL loses to a named lead-in.
  if (own && (own.kind !== 'unknown' || !lead)) {
    const agrees = lead?.outlet && lead.outlet === own.outlet;
    return pick(own, agrees ? leadInMention : null);
  }
  // A notice to the public ("Geachte klanten, …") is a body's text, though the lead-in calls it a message
  // without naming whose ("De EBS verspreidde dit bericht:").
  if (lead?.kind === 'person' && lead.evidence.source === null && looksLikeNotice(words))
    return pick(formGuess('document', 'a notice to the public'), null);
  if (lead) return pick(lead, leadInMention);
  if (after) return pick(after, null);
  // Nothing names a source, but the passage's form says whose it is: a notice's, a body's letter, signed for
  // it, a person's letter, or a clause.
  if (looksLikeNotice(words)) return pick(formGuess('document', 'a notice to the public'), null);
  const lastBlock = last !== null ? text.slice(blocks[last].start, blocks[last].end) : '';
  if (signedForBody(lastBlock)) return pick(formGuess('document', 'a letter signed for a body'), null);
  if (looksLikeLetter(words, context.language))
    return pick(formGuess('person', 'a letter or an e-mail'), null);
  if (looksLikeClause(words)) return pick(formGuess('document', 'a numbered clause'), null);
  if (looksLikeTimedLog(words)) return pick(formGuess('document', 'a log of timed entries'), null);
  if (first !== null && titledAsDocument(text.slice(blocks[first].start, blocks[first].end)))
    return pick(formGuess('document', 'a document by its title'), null);
  if (passage.elements.some(isTestimonial)) return pick(formGuess('person', 'a testimonial'), null);
  // A figure's words whose caption calls them a document ("Notice pinned in the mill yard, March 1982. …").
  const caption = figureCaption(passage.elements);
  if (caption && DOCUMENT_WORDS.test(caption)) return pick(formGuess('document', caption), null);
  // An interview's answer under its question, opening on the answerer's label ("PM: Loud. …").
  if (first !== null && answersQuestion(walk, first))
    return pick(formGuess('person', 'an answer in a transcript'), null);
  // Words in the first or second person that nothing attributes are someone's own, as said or written (a
  // resident's response, a card, an answer at a Q&A, a film's dialogue), not an unnamed report.
  if (speaksAsSomeone(words, context.language)) return pick(formGuess('person', SPOKEN), null);
  return {
    kind: 'unknown',
    outlet: null,
    href: null,
    account: null,
    leadIn,
    leadInMention: null,
    evidence,
    creditBlock,
  };
}

/** Outlets named or linked in the article before a given offset: the candidates for back-references. */
export function outletsBefore(
  walk: ArticleWalk,
  article: Element,
  offset: number,
  outlets: OutletLookup,
): Outlet[] {
  const seen = new Map<string, Outlet>();
  for (const m of outlets.mentions(walk.text.slice(0, Math.min(offset, 200_000))))
    seen.set(m.outlet.name, m.outlet);
  for (const a of article.querySelectorAll('a[href]')) {
    const outlet = outlets.byHost(a.getAttribute('href')!);
    if (outlet) seen.set(outlet.name, outlet);
  }
  return [...seen.values()];
}

/** How far from a passage's end a footnote marker may sit and still close it: after its last word. */
const PASSAGE_MARKER_REACH = 8;

/** The evidence of words read as someone's by their person alone: what nothing named. */
export const SPOKEN = 'words in the first or second person';

/** Whether nothing names the attributed passage's source: it is unknown, or someone's only by its words. */
export const namesNoSource = (a: Attribution): boolean =>
  a.kind === 'unknown' || (a.evidence[0]?.type === 'person' && a.evidence[0].value === SPOKEN);

/** The caption of the figure whose words the passage shows, squashed and cut to 300 characters, or null. */
function figureCaption(elements: readonly Element[]): string | null {
  const el = elements.find(isCaptionedFigureText);
  const caption = el?.parentElement?.querySelector(':scope > figcaption');
  return caption ? squash(caption.textContent ?? '').slice(0, 300) : null;
}

function formGuess(kind: 'person' | 'document', value: string): SourceGuess {
  return { kind, outlet: null, href: null, evidence: { type: kind, value, source: null } };
}
