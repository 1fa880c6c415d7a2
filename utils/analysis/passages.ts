// Finds the quoted passages in an article's walk: blockquotes (adjacent ones joined into one passage),
// social embeds, and long inline quotations a lead-in introduces. Pull quotes and data tables are not
// passages. Attribution happens afterwards (attribute.ts).

import type { OutletLookup } from '../outlets/types';
import type { ArticleWalk } from './article-text';
import {
  hrefs,
  readBoldLabel,
  readCitationLine,
  readCitations,
  readCreditLine,
  readDateline,
  readTermCredit,
} from './block-evidence';
import { accordingTo, reportsAfter, reportsBefore, sourceLabels } from './data/lead-in-words.json';
import { OTHER_DOCUMENTS } from './document-words';
import { classList, closest, squash, tagOf } from './dom';
import { echoedLines } from './echoed-lines';
import { isForumQuoteTitle, titledForumQuote } from './forum-quote';
import { lastSentenceStart, STOPS, STOPS_WITH_CJK } from './last-sentence';
import {
  alternation,
  alternationFor,
  type CaselessSplit,
  gatedPattern,
  type SlotWords,
} from './lead-in-words';
import { looksLikeClause, looksLikeNotice, titledAsDocument } from './letter';
import { REPLY_ATTRIBUTION } from './mail-lines';
import { looksLikeOutletName, looksLikePersonName, siteOf } from './name-source';
import { OTHER_DOCUMENT_NAMES, OTHER_SELF_REFERENCE, OTHER_SOMEONES_WORDS } from './own-voice';
import { findQuotedRuns, reportedIn, sourceOpensBefore } from './quoted-runs';
import {
  closingMarkAt,
  DASH_CREDIT_AT_END,
  DOUBLE_OPENERS,
  HOLDS_STORY,
  INTRODUCES,
  isCaptionedFigureText,
  isLoneBox,
  isMarkedCell,
  isQuotingCaption,
  isTestimonial,
  isWeakBox,
  looksQuoteStyled,
  NAMED_BEFORE_QUOTE,
  OPEN_CLOSE,
  SAYS_WHAT,
} from './set-apart';
import { socialPlatform } from './social';
import { DOCUMENT_WORDS, SELF_REFERENCE, SOMEONES_TEXT } from './source-words';
import { citesPoster } from './thread';
import type { Span } from './types';

export interface Passage {
  form: 'blockquote' | 'block' | 'inline' | 'social';
  elements: Element[];
  /** Indices into walk.blocks of the passage's blocks (empty for an inline quotation). */
  blocks: number[];
  spans: Span[];
  /** For inline quotations: the text before the opening mark in the same block (its lead-in). */
  inlineLeadIn: Span | null;
  /** Block index whose text introduces an inline quotation. */
  host: number;
  /** The page marked it up as a quotation (<q>): the words before it introduce it whatever they say. */
  marked?: boolean;
  /** On a thread, it repeats a post above it or cites its poster: a poster quoting another (a pull quote
   * elsewhere). */
  quotesPoster?: boolean;
  /** A quotation in marks of its own right after another, both after one introduction: it has that one's
   * source unless it names its own. */
  followsQuote?: boolean;
}

const PULL_QUOTE = /pull-?quote|pull_quote|pullout|pull-out|graf--pullquote|quote--pull|callout/;
const INLINE_MIN_CHARS = 80;
const INLINE_MIN_WORDS = 15;
/** Pull quotes are short; longer blocks are never compared with the article's text. */
const PULL_QUOTE_MAX_CHARS = 600;

const words = (text: string) => text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
const SHINGLE = 3;

/** Three-word shingles of a text: a pull quote repeats the article, so nearly all of its shingles are there. */
function shinglesOf(list: string[]): Set<string> {
  const out = new Set<string>();
  for (let i = 0; i + SHINGLE <= list.length; i++) out.add(`${list[i]} ${list[i + 1]} ${list[i + 2]}`);
  return out;
}

function repeatsText(candidate: string, article: Set<string>): boolean {
  const own = shinglesOf(words(candidate));
  if (own.size < 3) return false;
  let hits = 0;
  for (const s of own) if (article.has(s)) hits++;
  return hits / own.size >= 0.8;
}

/** Obsidian-style callouts (Quartz, Obsidian Publish) of these types hold a quotation; the others (note, tip,
 * info, warning…) hold the writer's own words. */
const QUOTING_CALLOUTS = new Set(['quote', 'cite']);

/** Whether a blockquote is a callout that quotes: `data-callout="quote"`. */
export const isQuotingCallout = (el: Element): boolean =>
  QUOTING_CALLOUTS.has((el.getAttribute('data-callout') ?? '').toLowerCase());

function isPullQuote(el: Element, article: Element): boolean {
  // A weak box that is still a passage names its source (setApartOnPurpose): a clipping, not a pulled line.
  if (isQuotingCallout(el) || (isWeakBox(el) && !looksQuoteStyled(el))) return false;
  return closest(el, (e) => PULL_QUOTE.test(classList(e)), article) !== null;
}

/** A box styled as a pull quote whose <cite> or caption credits an outlet the table knows ("Gazeta do Povo" under
 * the block editor's pullquote), in words the post does not hold elsewhere: a quotation from that outlet, set
 * large, not a line pulled from the post. */
function citedPullQuote(el: Element, words: string, outlets: OutletLookup, commentary: Set<string>): boolean {
  const cited = readCitations(el, outlets);
  return cited?.kind === 'outlet' && !cited.tentative && !repeatsText(words, commentary);
}

/** A blockquote that a theme styles as the writer's own note or warning: Chirpy's prompts ("prompt-tip",
 * "prompt-warning"), GitHub's alerts ("markdown-alert-note"), admonitions. */
const ADMONITION = /(?:^|\s)(?:prompt-(?:tip|info|warning|danger)|markdown-alert|admonition)(?:[\s-]|$)/;
const isAdmonition = (el: Element): boolean => ADMONITION.test(classList(el));

/** A mail client's quote: its class (Gmail's "gmail_quote", Yahoo's "yahoo_quoted"), Apple Mail's and
 * Thunderbird's `type="cite"`, or the client's line over it ("On Wed, 2 Dec 2026 at 18:14, Fiona Rennie wrote:",
 * in Gmail's "gmail_attr" or Thunderbird's "moz-cite-prefix"). One repeating a message above it is a reply's quote
 * of that message, its writer's words, though it repeats them as a pull quote repeats a post; one quoting anything
 * else (a story pasted into a mail) is read as any passage is. */
const MAIL_QUOTE_CLASS = /(?:^|\s)(?:gmail_quote|yahoo_quoted)(?:\s|$)/;
const MAIL_ATTRIBUTION_CLASS = /(?:^|\s)(?:gmail_attr|moz-cite-prefix)(?:\s|$)/;

export function quotesEarlierMessage(el: Element): boolean {
  if (el.getAttribute('type')?.toLowerCase() === 'cite' || MAIL_QUOTE_CLASS.test(classList(el))) return true;
  const before = el.previousElementSibling;
  if (!before) return false;
  if (MAIL_ATTRIBUTION_CLASS.test(classList(before))) return true;
  const line = (before.textContent ?? '').trim();
  return line.length < 160 && line.endsWith('wrote:') && REPLY_ATTRIBUTION.test(squash(line));
}

/** Whether the block right before a run is the line attributing what a reply quotes ("(In reply to Dev Marsh from
 * comment #2)", "On …, Dev Marsh wrote:"): the run repeating a message above is that message's writer's words. */
function attributedAbove(walk: ArticleWalk, run: Passage): boolean {
  const before = walk.blocks[run.blocks[0] - 1];
  if (!before || before.end - before.start > 200) return false;
  return REPLY_ATTRIBUTION.test(squash(walk.text.slice(before.start, before.end)));
}

/** Whether the block right before block `index`, in the same post, ends on a colon that hands over to it. */
function handedOverAbove(walk: ArticleWalk, index: number): boolean {
  const before = walk.blocks[index - 1];
  if (!before || before.post !== walk.blocks[index].post) return false;
  return /[:：]\s*$/.test(walk.text.slice(Math.max(before.start, before.end - 8), before.end));
}

/** Blockquotes that hold tables or preformatted data (mailing-list digests, statistics). */
function isDataBlock(el: Element, textLength: number): boolean {
  let dataLength = 0;
  for (const t of el.querySelectorAll('table, pre')) dataLength += t.textContent?.length ?? 0;
  return dataLength > 0 && dataLength >= textLength * 0.5;
}

export interface PassageScan {
  passages: Passage[];
  /** Blocks that are neither passage nor the publication's own words (pull quotes repeat the text). */
  ignored: Set<number>;
}

export function findPassages(
  walk: ArticleWalk,
  article: Element,
  outlets: OutletLookup,
  /** Boxes the page's layout sets apart as passages (a river's excerpts). */
  boxes: ReadonlyMap<Element, unknown> = new Map(),
  /** The article is a thread (thread.ts): a block repeating a post quotes its poster, no pull quote does. */
  thread = false,
): PassageScan {
  const { blocks, containers, text } = walk;
  const ignored = new Set<number>();
  // Blocks of each container, in order.
  const byContainer: number[][] = containers.map(() => []);
  for (let i = 0; i < blocks.length; i++)
    if (blocks[i].container >= 0) byContainer[blocks[i].container].push(i);
  // A box set apart by style or class alone (not a <blockquote>) is a passage only when something marks it as
  // one: a sentence before it that hands over, a quotation mark opening it, or a source it names itself.
  // Otherwise it is layout (a callout, a bio, an editor's note), and its words are the commentary's.
  for (let c = 0; c < containers.length; c++) {
    const own = byContainer[c];
    if (own.length === 0 || tagOf(containers[c]) === 'BLOCKQUOTE' || boxes.has(containers[c])) continue;
    if (setApartOnPurpose(walk, own, containers[c], outlets)) continue;
    for (const i of own) blocks[i].container = -1;
    byContainer[c] = [];
  }

  // Built once, only if a short blockquote needs comparing: linear in the article's size.
  // Quoted runs are found first: their words are not the commentary a pull quote would repeat.
  const runs = findQuotedRuns(walk, ignored, outlets);
  const inRun = new Set<number>();
  for (const run of runs) for (const b of run.blocks) inRun.add(b);
  if (thread)
    for (const echo of echoedLines(walk, (i) => ignored.has(i) || inRun.has(i))) {
      // Its words stand in a post above it word for word: it quotes that poster, by construction.
      runs.push({ ...echo, quotesPoster: true });
      inRun.add(echo.host);
    }
  // The commentary's shingles, of the whole article (key -1) or of one of its posts.
  const shingles = new Map<number, Set<string>>();
  const commentary = (post = -1) => {
    let found = shingles.get(post);
    if (!found) {
      const list: string[] = [];
      for (let i = 0; i < blocks.length; i++)
        if (blocks[i].container < 0 && !inRun.has(i) && (post < 0 || blocks[i].post === post))
          for (const w of words(text.slice(blocks[i].start, blocks[i].end))) list.push(w);
      found = shinglesOf(list);
      shingles.set(post, found);
    }
    return found;
  };
  const severalPosts = blocks.some((b) => (b.post ?? 0) > 0);

  const passages: Passage[] = [];
  for (let c = 0; c < containers.length; c++) {
    const el = containers[c];
    const own = byContainer[c];
    if (own.length === 0) continue;
    // A quoting callout's title ("The Economist") and a folded passage's summary ("From the Irish Times") are
    // its credit, read by block-evidence.ts, not its words.
    const label = isQuotingCallout(el)
      ? el.querySelector('.callout-title')
      : tagOf(el) === 'DETAILS'
        ? el.querySelector(':scope > summary')
        : null;
    if (label) {
      const words = own.filter((i) => !label.contains(blocks[i].element));
      for (const i of own) if (!words.includes(i)) ignored.add(i);
      own.splice(0, own.length, ...words);
      if (own.length === 0) continue;
    }
    const spans = own.map((i) => [blocks[i].start, blocks[i].end] as Span);
    const length = spans.reduce((n, [s, e]) => n + e - s, 0);
    const platform = socialPlatform(el);
    if (platform) {
      passages.push({ form: 'social', elements: [el], blocks: own, spans, inlineLeadIn: null, host: own[0] });
      continue;
    }
    if (
      (isPullQuote(el, article) &&
        !citedPullQuote(el, spans.map(([s, e]) => text.slice(s, e)).join(' '), outlets, commentary())) ||
      // A weak box still here was handed over on purpose (setApartOnPurpose): a text, not the writer's note.
      (isAdmonition(el) && !isWeakBox(el)) ||
      isDataBlock(el, length) ||
      // A forum quote's title line in a box of its own (SMF's "Quote from: Reuters on …" above the quote).
      (tagOf(el) !== 'BLOCKQUOTE' &&
        isForumQuoteTitle(squash(spans.map(([s, e]) => text.slice(s, e)).join(' '))))
    ) {
      for (const i of own) ignored.add(i);
      continue;
    }
    // A forum's quote of a post opens with its poster's handle ("carpdad said:"): that poster's words.
    let quotesPoster = thread && citesPoster(el);
    if (!quotesPoster && length >= 20 && length <= PULL_QUOTE_MAX_CHARS) {
      const mine = spans.map(([s, e]) => text.slice(s, e)).join(' ');
      if (repeatsText(mine, commentary())) {
        // A pull quote repeats its own post; on a page of several (a digest, an archive), a block repeating
        // only another post's words is a reply quoting that post's writer, as on a thread, and so is a mail
        // client's quote of an earlier message, wherever the messages are shown.
        quotesPoster =
          thread ||
          quotesEarlierMessage(el) ||
          (severalPosts && !repeatsText(mine, commentary(blocks[own[0]].post)));
        // One handed over by a colon ("… this petition, which asks that councils be required to:") quotes the
        // words it repeats, as an answer quotes the request it answers: a pull quote stands between paragraphs.
        if (!quotesPoster && !handedOverAbove(walk, own[0])) {
          for (const i of own) ignored.add(i);
          continue;
        }
      }
    }
    const previous = passages[passages.length - 1];
    // Adjacent blockquotes (nothing but white space between them) are one passage, unless each names its
    // own source (two outlets quoted back to back); testimonials side by side are each their giver's.
    const form = tagOf(el) === 'BLOCKQUOTE' ? 'blockquote' : 'block';
    const adjacent =
      previous &&
      !(isTestimonial(el) && previous.elements.some(isTestimonial)) &&
      previous.form === form &&
      previous.blocks[previous.blocks.length - 1] === own[0] - 1 &&
      walk.blocks[own[0]].post === walk.blocks[own[0] - 1].post;
    if (
      adjacent &&
      !(
        namesItsSource(previous.elements[previous.elements.length - 1], walk, previous.blocks, outlets) &&
        namesItsSource(el, walk, own, outlets)
      )
    ) {
      previous.elements.push(el);
      previous.blocks.push(...own);
      previous.spans.push(...spans);
      continue;
    }
    passages.push({
      form,
      elements: [el],
      blocks: own,
      spans,
      inlineLeadIn: null,
      host: own[0],
      ...(quotesPoster ? { quotesPoster } : {}),
    });
  }

  for (const run of runs) {
    const mine = run.spans.map(([s, e]) => text.slice(s, e)).join(' ');
    if (mine.length <= PULL_QUOTE_MAX_CHARS && repeatsText(mine, commentary())) {
      // On a thread, a run repeating a post above it ("> This only bites people who …") quotes its poster,
      // as a blockquote does, and so does one under a reply's attribution; elsewhere it is a pull quote.
      if (!thread && !attributedAbove(walk, run)) continue;
      passages.push({ ...run, quotesPoster: true });
      continue;
    }
    passages.push(run);
  }

  const marked = markedQuotes(walk, article, ignored, inRun);
  for (const q of marked) passages.push(q);
  const markedBlocks = new Set(marked.map((q) => q.host));
  for (let i = 0; i < blocks.length; i++) {
    const block = blocks[i];
    if (block.container >= 0 || ignored.has(i) || inRun.has(i) || markedBlocks.has(i)) continue;
    const inline = findInlineQuote(text, block.start, block.end, outlets);
    if (inline) passages.push({ form: 'inline', elements: [block.element], blocks: [], host: i, ...inline });
  }
  passages.sort((a, b) => a.spans[0][0] - b.spans[0][0]);
  return { passages, ignored };
}

/** The classes of a wiki's talk-page quote templates (Wikipedia's {{tq}} and {{talkquote}}): words quoted in
 * a reply, set in their own colour; an editor's when they repeat a comment above. */
const TALK_QUOTE_CLASSES = ['inline-quote-talk', 'talkquote'];
/** The fewest characters such a quote may hold to be a passage: a sentence, not a word quoted back. */
const TALK_QUOTE_MIN_CHARS = 20;

/** The most <q> elements looked at: a page marking every phrase so is bounded. */
const MAX_Q = 500;

/**
 * Long quotations marked up as <q> inside a paragraph: the browser draws their quotation marks, which the
 * text does not hold, so the element is the mark. The paragraph's words before it are its lead-in. At most
 * one per paragraph, the first long one, as for quotation marks. So is a talk page's quote template, however
 * short, which quotes an editor (the poster's words).
 */
function markedQuotes(
  walk: ArticleWalk,
  article: Element,
  ignored: ReadonlySet<number>,
  inRun: ReadonlySet<number>,
): Passage[] {
  const qs = [
    ...article.getElementsByTagName('q'),
    ...Array.from(TALK_QUOTE_CLASSES, (name) => [...article.getElementsByClassName(name)]).flat(),
  ];
  if (qs.length === 0) return [];
  const nodeIndex = new Map<Text, number>();
  for (let i = 0; i < walk.nodes.length; i++) nodeIndex.set(walk.nodes[i], i);
  const found: Passage[] = [];
  const hosts = new Set<number>();
  for (let k = 0; k < qs.length && k < MAX_Q; k++) {
    const q = qs[k];
    const quoted = (q.textContent ?? '').trim();
    // A talk page's quote template quotes an editor above, however short: the template is the mark.
    const talk = tagOf(q) !== 'Q';
    if (talk ? quoted.length < TALK_QUOTE_MIN_CHARS : quoted.length < INLINE_MIN_CHARS) continue;
    if (!talk && quoted.split(/\s+/).length < INLINE_MIN_WORDS) continue;
    let first = -1;
    let last = -1;
    for (let n: Node | null = q.firstChild; n; n = nextInside(n, q)) {
      const i = n.nodeType === 3 ? nodeIndex.get(n as Text) : undefined;
      if (i === undefined) continue;
      if (first < 0) first = i;
      last = i;
    }
    if (first < 0) continue;
    const start = walk.starts[first];
    const end = walk.starts[last] + walk.nodes[last].data.length;
    const host = blockAt(walk, start);
    if (
      host < 0 ||
      hosts.has(host) ||
      walk.blocks[host].container >= 0 ||
      ignored.has(host) ||
      inRun.has(host)
    )
      continue;
    const block = walk.blocks[host];
    const before = walk.text.slice(Math.max(block.start, start - 400), start);
    const leadStart = start - before.length + lastSentenceStart(before, STOPS);
    hosts.add(host);
    found.push({
      form: 'inline',
      elements: [block.element],
      blocks: [],
      host,
      spans: [[start, end]],
      inlineLeadIn: [leadStart, start],
      marked: true,
      // Words an editor wrote higher on the page are that editor's.
      ...(talk && repeatsAbove(walk.text, start, quoted) ? { quotesPoster: true } : {}),
    });
  }
  return found;
}

/** Whether the words quoted (their closing stop aside) stand in the text before `start`. */
function repeatsAbove(text: string, start: number, quoted: string): boolean {
  const words = squash(quoted).replace(/[.!?…]+$/u, '');
  return words.length > 0 && squash(text.slice(0, start)).includes(words);
}

/** The node after `n` in document order within `root`, or null. */
function nextInside(n: Node, root: Node): Node | null {
  if (n.firstChild) return n.firstChild;
  for (let at: Node | null = n; at && at !== root; at = at.parentNode)
    if (at.nextSibling) return at.nextSibling;
  return null;
}

/** The block holding text offset `at`, or -1 (blocks are in text order). */
function blockAt(walk: ArticleWalk, at: number): number {
  let lo = 0;
  let hi = walk.blocks.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const b = walk.blocks[mid];
    if (at < b.start) hi = mid - 1;
    else if (at >= b.end) lo = mid + 1;
    else return mid;
  }
  return -1;
}

/** A citation closing a paragraph: "Via Nikkei Asia", "Source: Reuters", "Izvor: Index.hr" (a label of
 * data/lead-in-words.json, with its colon). */
const CITED_AT_END = new RegExp(
  `(?:^|[.!?]\\s+)((?:via|source:?|sources:?|h\\/t)\\s+[^.!?:]{2,60}|${alternation(sourceLabels, { right: true })}\\s*[:：]\\s*[^.!?:：]{2,60})\\s*$`,
  'iu',
);

function setApartOnPurpose(walk: ArticleWalk, own: number[], box: Element, outlets: OutletLookup): boolean {
  // A box of the page's making that only its class or style marks is a passage only when the sentence before
  // hands it over as a document ("The notice at the stop:") or its first words show one ("AVIS AUX USAGERS. …").
  if (isLoneBox(box) && !isWeakBox(box) && !looksQuoteStyled(box)) {
    const opening = walk.text.slice(walk.blocks[own[0]].start, walk.blocks[own[0]].end);
    return (
      handsOverText(walk, own[0] - 1) ||
      titledAsDocument(opening) ||
      looksLikeClause(opening) ||
      looksLikeNotice(opening)
    );
  }
  // A box only shaded or framed is a passage only when a source is named on it or right under it, or when the
  // sentence before hands it over as a text ("the following motion was … agreed:").
  if (isWeakBox(box) && !looksQuoteStyled(box)) {
    // A callout's icon is no opening: its first line of words is.
    const first = walk.blocks[firstLineOfWords(walk, own)];
    const opening = walk.text.slice(first.start, first.end);
    return (
      namedOnOrUnder(walk, own, box, outlets) ||
      creditedHeadlineAbove(walk, own[0] - 1, outlets) ||
      handsOverText(walk, own[0] - 1) ||
      handsOverMessage(walk, own[0] - 1) ||
      handsOverOwnWords(walk, own[0] - 1) ||
      outletReportsBefore(walk, own[0] - 1, outlets) ||
      // A box opening on a document's title in capitals ("CERTIFICATE OF REGISTRATION"), on a numbered clause
      // ("Article 2 — Sont interdits …") or as a body's notice ("Informa-se que …") shows the document.
      titledAsDocument(opening) ||
      looksLikeClause(opening) ||
      looksLikeNotice(opening)
    );
  }
  // A testimonial is someone's words by what its class calls it, introduced or not; a figure's words are its
  // exhibit, which its caption introduces.
  if (isTestimonial(box) || isCaptionedFigureText(box)) return true;
  // A picture's caption quoting is a passage when its closing credit names an outlet, not a photographer.
  if (isQuotingCaption(box)) {
    const dash = DASH_CREDIT_AT_END().exec((box.textContent ?? '').trim());
    return dash !== null && readCreditLine(dash[1], null, outlets, { inside: true })?.kind === 'outlet';
  }
  // A forum's quote box titled with whose post it quotes ("Originally Posted by carpdad") is a quote by its title.
  if (titledForumQuote(box)) return true;
  const { blocks, text } = walk;
  const first = blocks[own[0]];
  const before = blocks[own[0] - 1];
  if (before && before.container < 0 && answersQuestion(walk, own[0])) return true;
  if (
    before &&
    before.container < 0 &&
    (INTRODUCES.test(text.slice(Math.max(before.start, before.end - 80), before.end)) ||
      HOLDS_STORY.test(text.slice(Math.max(before.start, before.end - 80), before.end)) ||
      SAYS_WHAT.test(text.slice(Math.max(before.start, before.end - 80), before.end)))
  )
    return true;
  // "… in English coverage. Via Nikkei Asia": a citation ending the paragraph before introduces the box too.
  if (before && before.container < 0) {
    const cited = CITED_AT_END.exec(text.slice(Math.max(before.start, before.end - 80), before.end));
    if (cited && readCitationLine(cited[1], before.element, outlets)) return true;
  }
  // "<headline> — The Texas Tribune" on the line above cites the box.
  if (
    before &&
    before.container < 0 &&
    before.end - before.start <= 240 &&
    readCitationLine(text.slice(before.start, before.end), before.element, outlets)
  )
    return true;
  // A newsletter's label over a headline over the clipping ("THE GROCER · TUESDAY", then the headline): the
  // label two lines up cites the box, the headline between being a headline's length with no sentence's end.
  const label = blocks[own[0] - 2];
  if (
    before &&
    label &&
    before.container < 0 &&
    label.container < 0 &&
    before.end - before.start <= 120 &&
    !/[.:!?]\s*$/.test(text.slice(before.start, before.end)) &&
    label.end - label.start <= 80 &&
    readCitationLine(text.slice(label.start, label.end), label.element, outlets)
  )
    return true;
  // "Over at the Sun, a different angle.": a sentence naming an outlet as the source introduces the box too.
  if (sourceOpensBefore(walk, own[0] - 1, outlets)) return true;
  // A link round-up's term over its excerpt: a headline linking to the site it is from.
  // Or a term that credits it the way a line under a passage does ("The Sydney Morning Herald, 2 December").
  if (
    before &&
    tagOf(before.element) === 'DT' &&
    (hrefs(before.element).some((href) => siteOf(href) !== null) ||
      readTermCredit(text.slice(before.start, before.end), before.element, outlets) !== null)
  )
    return true;
  // A quotation's marks drawn in the cells beside it (a wiki's quote template) mark the cell as they would.
  if (
    isMarkedCell(box) ||
    OPEN_CLOSE[
      text
        .slice(first.start, first.start + 3)
        .trim()
        .charAt(0)
    ]
  )
    return true;
  // A box opening on a document's title in capitals shows the document, as a weak box so opened does.
  if (titledAsDocument(text.slice(first.start, first.end))) return true;
  return namedOnOrUnder(walk, own, box, outlets);
}

/** A speaker's label opening a transcript's paragraph: "<strong>LM:</strong> The sirens.", "Q: …",
 * "INTERVIEWER: …": capitals, or a name set in bold. */
function speakerLabel(walk: ArticleWalk, index: number): string | null {
  const b = walk.blocks[index];
  if (!b) return null;
  const m = /^\s*(\p{Lu}[\p{L}.'’-]{0,20}(?: \p{Lu}[\p{L}.'’-]{0,20}){0,2})\s*:\s+\S/u.exec(
    walk.text.slice(b.start, Math.min(b.end, b.start + 60)),
  );
  if (!m) return null;
  const label = m[1];
  if (/^[\p{Lu}.]{1,20}$/u.test(label.replace(/ /g, ''))) return label;
  const lead = b.element.firstElementChild;
  const bold =
    lead !== null &&
    /^(?:STRONG|B)$/.test(tagOf(lead)) &&
    (lead.textContent ?? '').replace(/[\s:]+$/, '').trim() === label &&
    (b.element.textContent ?? '').trimStart().startsWith((lead.textContent ?? '').trim());
  return bold ? label : null;
}

/** Whether the box's first paragraph answers, under another speaker's label, the question on the line before
 * it ("DF: What do you remember …?" / an indented "LM: The sirens. …"): an interview's transcript sets the
 * answer apart, the answerer's words. */
export function answersQuestion(walk: ArticleWalk, index: number): boolean {
  const asked = speakerLabel(walk, index - 1);
  if (!asked) return false;
  const question = walk.blocks[index - 1];
  if (!/\?["”’]?\s*$/.test(walk.text.slice(question.start, question.end))) return false;
  const answers = speakerLabel(walk, index);
  return answers !== null && answers !== asked;
}

/** A sentence ending in a colon that names the text it hands over: a document ("the following motion was
 * proposed … and agreed:", "The resolution as passed:", in the languages of data/document-words.json and
 * data/own-voice.json "Ved stoppestedet hænger et opslag:"), not a note ("Please remember:"). */
function handsOverText(walk: ArticleWalk, at: number): boolean {
  const before = walk.blocks[at];
  if (!before || before.container >= 0) return false;
  // The paragraph's last words, not its last sentence: initials ("proposed by D. Paterson") end none.
  const tail = walk.text.slice(Math.max(before.start, before.end - 160), before.end);
  return (
    /[:：]\s*$/.test(tail) &&
    (DOCUMENT_WORDS.test(tail) || OTHER_DOCUMENTS.test(tail) || OTHER_DOCUMENT_NAMES.test(tail))
  );
}

/** Whether the sentence before a box hands over to it with a colon as someone's own text, a message or a letter
 * ("A reader wrote to us:", "Ci ha scritto una lettrice, e pubblichiamo volentieri:", "Le message d'une
 * lectrice :"): the box is that text, as a document's box is. */
function handsOverMessage(walk: ArticleWalk, at: number): boolean {
  const before = walk.blocks[at];
  if (!before || before.container >= 0 || /^H[1-6]$/.test(tagOf(before.element))) return false;
  const tail = walk.text.slice(Math.max(before.start, before.end - 200), before.end);
  if (!/[:：]\s*$/.test(tail)) return false;
  const sentence = tail.slice(lastSentenceStart(tail, STOPS_WITH_CJK, true));
  // "here is my note:" is the writer's own text, no one else's.
  const others = sentence.replace(/\b(?:my|our)\s+(?:own\s+)?[\p{L}-]+/giu, '');
  return SOMEONES_TEXT.test(others) || OTHER_SOMEONES_WORDS.test(others);
}

/** The writer saying they wrote or said it before ("As we wrote when …", "as I said in March"): a self-reference
 * pointing back, not the writer's note of now ("here is my own note:"). */
const WROTE_BEFORE =
  /\b(?:we|I)\s+(?:[a-z]+\s+){0,2}(?:wrote|said|put it|noted|argued|explained|posted|published|announced)\b/i;

/** Whether the sentence before a box hands over to it with a colon as the writer's own earlier words ("As we wrote
 * when version 3 was announced:" over a documentation page's hint box): the box is that self-quote. */
function handsOverOwnWords(walk: ArticleWalk, at: number): boolean {
  const before = walk.blocks[at];
  if (!before || before.container >= 0 || /^H[1-6]$/.test(tagOf(before.element))) return false;
  const tail = walk.text.slice(Math.max(before.start, before.end - 200), before.end);
  if (!/[:：]\s*$/.test(tail)) return false;
  const sentence = tail.slice(lastSentenceStart(tail, STOPS_WITH_CJK, true));
  return (
    (SELF_REFERENCE.test(sentence) && WROTE_BEFORE.test(sentence)) || OTHER_SELF_REFERENCE.test(sentence)
  );
}

/** Whether the sentence before a box hands over to it with a colon after naming an outlet the table knows as
 * reporting ("据澎湃新闻报道：", "Le Monde reports:"): the box is that report, as a blockquote would be. Not when
 * the sentence speaks of a document ("our reply to the Post's story:"). */
function outletReportsBefore(walk: ArticleWalk, at: number, outlets: OutletLookup): boolean {
  const before = walk.blocks[at];
  if (!before || before.container >= 0 || /^H[1-6]$/.test(tagOf(before.element))) return false;
  const tail = walk.text.slice(Math.max(before.start, before.end - 200), before.end);
  if (!/[:：]\s*$/.test(tail)) return false;
  // A domain's dots end no sentence ("Top item, via seedtradejournal.co.uk:").
  const sentence = tail.slice(lastSentenceStart(tail, STOPS_WITH_CJK, true, true));
  if (DOCUMENT_WORDS.test(sentence)) return false;
  // Or a newsroom the table lacks, named by how the sentence speaks of it ("Channel 9 reports:").
  return reportedIn(
    sentence,
    outlets,
    (m) =>
      OWN_PIECE_AFTER.test(sentence.slice(m.end, m.end + 90)) ||
      NAMED_BEFORE_QUOTE_OTHER.test(sentence) ||
      (SUBJECT_BEFORE.test(sentence.slice(0, m.start)) && SUBJECT_VERB.test(sentence.slice(m.end))),
  );
}

/** Nothing before an outlet's name but what may open a sentence, and a verb of having or giving right after it:
 * the outlet is the subject of the sentence handing over ("The Grocer has the figures:", "And the Courier got
 * the mayor on the record:"), not the owner of something else in it ("The Guardian's sign-up is below, and
 * here is my note:"). */
const SUBJECT_BEFORE = /^\s*(?:(?:and|but|meanwhile|now|then|also)[\s,]+)?(?:the\s+)?$/i;
const SUBJECT_VERB =
  /^\s+(?:(?:also|just|now|again|first|then)\s+)?(?:has|had|got|gets|puts?|sums?|summed|lays?|laid|spells?|spelled|breaks?|broke|runs?|ran|carries|carried|picked|picks|digs|dug|weighs|weighed|chimes|chimed)\b/;

/** After an outlet's name, the sentence speaks of that outlet's own piece ("Undercurrent put the number right at
 * the top of Monday's piece:", "The Ledger buried it in paragraph nine of its story:"): what it hands over is
 * from the piece. */
const OWN_PIECE_AFTER =
  /^[^.!?:]{0,80}?\b(?:its|their|(?:mon|tues|wednes|thurs|fri|satur|sun)day[’']s|(?:this|that) (?:morning|evening|week)[’']s|today[’']s|yesterday[’']s|the day[’']s|the latest) (?:[a-z-]+ )?(?:piece|story|article|report|write-?up|splash|lead|column|editorial|explainer)\b/i;

/** Whether the box names its source itself, or the line under it credits an outlet ("(Het Parool)"). */
function namedOnOrUnder(walk: ArticleWalk, own: number[], box: Element, outlets: OutletLookup): boolean {
  if (namesItsSource(box, walk, own, outlets)) return true;
  const after = walk.blocks[own[own.length - 1] + 1];
  return (
    after !== undefined &&
    after.container < 0 &&
    after.end - after.start <= 90 &&
    readCreditLine(walk.text.slice(after.start, after.end), after.element, outlets)?.kind === 'outlet'
  );
}

/** Whether the line right above is a headline in quotation marks credited to an outlet ("“Lens makers flag a 6%
 * rise” — Vision Monday", "“…” (KCCI, Dec. 2)"): a clipping's headline over its text. A line in no marks ("Sign up
 * — The Frame Line") may be a box's own label. */
function creditedHeadlineAbove(walk: ArticleWalk, at: number, outlets: OutletLookup): boolean {
  const above = walk.blocks[at];
  if (!above || above.container >= 0 || above.end - above.start > 240) return false;
  const line = walk.text.slice(above.start, above.end).trim();
  return /^[“"‘«„]/.test(line) && readCitationLine(line, above.element, outlets)?.kind === 'outlet';
}

/** Whether a blockquote carries its own attribution (cite, <cite>, figcaption, dateline, credit line). */
/** A letter that is no pictograph: "ℹ", the information icon, is a letter by its class. */
const WORDS = /(?!\p{Extended_Pictographic})\p{L}/u;

/** The first of a passage's blocks with words in it: a callout's icon ("📰", "ℹ️") is no line of text, so its label
 * is the line after. */
export function firstLineOfWords(walk: ArticleWalk, blocks: readonly number[]): number {
  return (
    blocks.find((b) => WORDS.test(walk.text.slice(walk.blocks[b].start, walk.blocks[b].end))) ?? blocks[0]
  );
}

function namesItsSource(el: Element, walk: ArticleWalk, blocks: number[], outlets: OutletLookup): boolean {
  const first = walk.blocks[firstLineOfWords(walk, blocks)];
  const last = walk.blocks[blocks[blocks.length - 1]];
  return (
    readCitations(el, outlets) !== null ||
    readDateline(walk.text.slice(first.start, first.end), outlets) !== null ||
    // "<strong>The Guardian, Tuesday:</strong> The inspector ruled …": a bold label opening its words.
    readBoldLabel(first.element, outlets) !== null ||
    // "News24 · 3 December" labelling the box above its words.
    (blocks.length > 1 &&
      first.end - first.start <= 120 &&
      readCitationLine(walk.text.slice(first.start, first.end), first.element, outlets) !== null) ||
    (blocks.length > 1 &&
      readCreditLine(walk.text.slice(last.start, last.end), last.element, outlets, { inside: true }) !== null)
  );
}

const INTRO =
  /(?::\s*|\b(?:said|says|wrote|writes|noted|notes|explained|explains|argued|warned|reported|reports|declared|stated|tweeted|posted|the following|as follows)\b[^.!?]{0,40}?[,:]?\s*)$/i;

/** The same as NAMED_BEFORE_QUOTE (set-apart.ts) in the languages of data/lead-in-words.json: "according to" and
 * its kin before a name, or a reporting verb a few words before the mark; as a source, `words` picking each
 * slot's words (all of them by default); `caseless`, the words for an expression read without the i flag and the
 * name's first character as any but a space or a stop (`NAMED_BEFORE_QUOTE_OTHER_SPLIT`). */
export const namedBeforeQuoteOtherSource = (
  words: (slot: SlotWords) => SlotWords = (slot) => slot,
  caseless = false,
): string =>
  `(?:^|[\\s(,;])${alternationFor(caseless)(words(accordingTo), { left: true })}\\s+${caseless ? '[^\\s.!?:;“”"«»„「」]' : '[\\p{Lu}\\p{Lo}\\d]'}[^.!?:;“”"«»„「」]{0,50}?,?\\s*$|(?<![\\p{L}])(?:${alternationFor(caseless)(words(reportsBefore))}|${alternationFor(caseless)(words(reportsAfter))})(?![\\p{L}])[^.!?“”"«»„「」]{0,40}?[,:]?\\s*$`;
/** The slots `namedBeforeQuoteOtherSource` reads. */
export const NAMED_BEFORE_QUOTE_OTHER_SLOTS: readonly SlotWords[] = [
  accordingTo,
  reportsBefore,
  reportsAfter,
];
/** `namedBeforeQuoteOtherSource` as two expressions while a page's words are of ASCII letters (`gatedPattern`):
 * none written out, and the data's words without the i flag, whose yeses the whole expression confirms. With
 * the flag, `[\p{Lu}\p{Lo}\d]` matches letters of either case, digits and U+0345; the caseless half takes any
 * character but a space or a stop there (all of those and more), and `(?<![\p{L}])` leaves out U+0345, so it
 * says yes wherever the whole expression does. */
export const NAMED_BEFORE_QUOTE_OTHER_SPLIT: CaselessSplit = {
  fixed: { test: () => false },
  caseless: (words) => new RegExp(namedBeforeQuoteOtherSource(words, true), 'u'),
  confirmed: true,
};
/** `namedBeforeQuoteOtherSource`, built from the words the sentences it reads can hold (`gatedPattern`): over
 * every language's words it is the largest expression a page's first analysis compiled (11 K characters). */
const NAMED_BEFORE_QUOTE_OTHER = gatedPattern(
  NAMED_BEFORE_QUOTE_OTHER_SLOTS,
  (words) => new RegExp(namedBeforeQuoteOtherSource(words), 'iu'),
  NAMED_BEFORE_QUOTE_OTHER_SPLIT,
);

/** Japanese, which says who wrote a quotation after it: "道新は社説で「…」と書いている", "NHKは「…」と伝えた": a
 * name and its particle (perhaps the piece it wrote in) before the mark, and a reporting verb after it. */
const JAPANESE_INTRO = /[はが](?:(?:社説|記事|コラム|紙面|番組|報道|ニュース|取材)(?:で|の中で))?、?\s*$/u;
const JAPANESE_REPORTED = /^\s*(?:と|っと)(?:書|報じ|伝え|述べ|指摘|論じ|主張|記し|説明|話し|語)/u;

/** Chinese and Japanese say as much in a third of the characters, Korean in about half (as in quoted-runs.ts). */
const CJK_TEXT = /[\u3040-\u30ff\u4e00-\u9fff\uac00-\ud7af]/;

/** A sentence opening with a quotation that breaks off on a comma for the reporting clause that follows. */
const INTERRUPTED = /^\s*[“"«„]([^”"»“«„]{10,300}?[,，])\s*[”"»“](?=\s+\S)/u;

const OPENER = new RegExp(`[${DOUBLE_OPENERS.join('')}]`, 'g');

/** A shorter quotation is a passage when a news outlet the table knows is the sentence's speaker. */
const OUTLET_INLINE_MIN_CHARS = 40;
const OUTLET_INLINE_MIN_WORDS = 8;
/** The verb an outlet's words follow in its own sentence ("The Tribune's editorial board called the plan “",
 * "Reuters described the deal as “"), a few words before the mark. */
const OUTLET_SAYS =
  /\b(?:called|calls|described|describes|dubbed|dubs|labell?ed|branded|termed|said|says|wrote|writes|put it|puts it|concluded|concludes|warned|warns)\b(?:\s+[\p{L}’'-]+){0,5}?(?:\s+as)?,?\s*$/iu;

/** The news outlet a sentence ending at an inline quotation's mark gives it to as its speaker, named before the
 * verb ("The Pioneer Press editorial board called the plan"), not after it ("as I told Reuters"): the table's
 * outlet, or a newsroom the table lacks by the words of its name ("The Harbour Courier's editors called it");
 * null when there is none. */
export function outletSaying(sentence: string, outlets: OutletLookup): string | null {
  const verb = OUTLET_SAYS.exec(sentence);
  if (!verb) return null;
  const subject = sentence.slice(0, verb.index);
  const known = outlets.mentions(subject);
  if (known.length > 0) return known[0].outlet.name;
  for (const m of subject.matchAll(CAPITALISED_RUN)) {
    const name = m[0].replace(/^(?:The|A|An)\s+/, '');
    if (name.includes(' ') && looksLikeOutletName(name) && !looksLikePersonName(name)) return name;
  }
  return null;
}
const CAPITALISED_RUN = /\p{Lu}[\p{L}\p{N}.&-]*(?:\s+\p{Lu}[\p{L}\p{N}.&-]*)+/gu;

/** A long quotation in quotation marks inside a paragraph, introduced by the words before it; or a shorter one
 * whose sentence gives it to a news outlet. */
function findInlineQuote(
  text: string,
  start: number,
  end: number,
  outlets: OutletLookup,
): { spans: Span[]; inlineLeadIn: Span } | null {
  // Work on the block's own text: a global search from an offset would scan the rest of the article.
  const block = text.slice(start, Math.min(end, start + 50_000));
  const opener = OPENER;
  opener.lastIndex = 0;
  for (let m = opener.exec(block); m; m = opener.exec(block)) {
    const open = m.index;
    const closeAt = closingMarkAt(block, m[0], open + 1);
    const close = closeAt < 0 ? block.length : closeAt;
    const quoted = block.slice(open + 1, close);
    // Short quotations are looked at further only when another closes just before them (an interrupted one).
    const least = CJK_TEXT.test(quoted.slice(0, 40)) ? INLINE_MIN_CHARS / 3 : OUTLET_INLINE_MIN_CHARS;
    const skip = quoted.length < least && !/[”"»“]/.test(block.slice(Math.max(0, open - 200), open));
    if (skip) {
      if (close >= block.length) break;
      opener.lastIndex = close + 1;
      continue;
    }
    const before = block.slice(Math.max(0, open - 400), open);
    const sentenceStart = lastSentenceStart(before, STOPS);
    const sentence = before.slice(sentenceStart);
    // "“Blank sailings have doubled,” Lloyd's List reported, “with two alliances …”": the quotation opens the
    // sentence and the reporting clause interrupts it; both halves are the passage.
    const first = INTERRUPTED.exec(sentence);
    const whole = first ? `${first[1]} ${quoted}` : quoted;
    const cjk = CJK_TEXT.test(whole.slice(0, 40));
    const introduced =
      INTRO.test(sentence) ||
      NAMED_BEFORE_QUOTE.test(sentence) ||
      NAMED_BEFORE_QUOTE_OTHER.test(sentence) ||
      (cjk && JAPANESE_INTRO.test(sentence) && JAPANESE_REPORTED.test(block.slice(close + 1, close + 12)));
    const wordCount = whole.trim().split(/\s+/).length;
    const long =
      whole.length >= (cjk ? INLINE_MIN_CHARS / 3 : INLINE_MIN_CHARS) &&
      (cjk || wordCount >= INLINE_MIN_WORDS);
    const outletsWords =
      !long &&
      !cjk &&
      whole.length >= OUTLET_INLINE_MIN_CHARS &&
      wordCount >= OUTLET_INLINE_MIN_WORDS &&
      outletSaying(sentence, outlets) !== null;
    if ((long && introduced) || outletsWords) {
      const leadStart = start + Math.max(0, open - 400) + sentenceStart;
      if (first) {
        const from = leadStart + first.index + first[0].indexOf(first[1]);
        return {
          spans: [
            [from, from + first[1].length],
            [start + open + 1, start + close],
          ],
          inlineLeadIn: [leadStart + first[0].length, start + open],
        };
      }
      return { spans: [[start + open + 1, start + close]], inlineLeadIn: [leadStart, start + open] };
    }
    if (close >= block.length) break;
    opener.lastIndex = close + 1;
  }
  return null;
}
