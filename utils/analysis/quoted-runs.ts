// Passages set apart without a <blockquote>: a run of paragraphs each wholly in quotation marks (English
// style: every paragraph opens a quote, only the last closes it; or each closes its own), or wholly in
// italics, after a sentence that hands over to them ("Financial Times reported:") or above a line that credits
// them ("— <a href=theatlantic.com>…</a>"). Blocks split by <br> are
// paragraphs here too, so a run inside one <div> of <br>-separated lines is found the same way.
import type { OutletLookup } from '../outlets/types';
import type { ArticleWalk } from './article-text';
import { readCitationLine, readCreditLine, readDateline, withoutOpeningMark } from './block-evidence';
import { tagOf } from './dom';
import { forwardedLines } from './forwarded';
import { lastSentenceStart, STOPS } from './last-sentence';
import { turnsToWords } from './lead-in';
import { namesUnknownNewsroom } from './lead-in-names';
import { isGivenName, looksLikeOutletName } from './name-source';
import { saidLeadIn } from './own-voice';
import type { Passage } from './passages';
import {
  BREAKS_OFF,
  closingMarkAt,
  HANDS_OVER,
  INTRODUCES,
  OPEN_CLOSE,
  PARAGRAPH_NUMBER,
  SPEECH_DASH,
} from './set-apart';
import { LEAD_AFTER, LEAD_BEFORE, PERSON_SPEAKS, pastProgramme } from './source-words';
import type { Span } from './types';

/** A paragraph shorter than this is a line of dialogue or a slogan, not a passage. */
const MIN_CHARS = 80;
/** Text after the closing mark that still leaves the paragraph wholly quoted: a footnote or full stop, also the
 * full stops of other scripts (Armenian "։", the danda "।", "。", Arabic "؟"). */
const TAIL = /^[\s.,;:!?)\]\d*†‡…։।。！？؟،]{0,6}$/u;
/** Or who said it, and nothing quoted after: "”, señaló una portavoz foral.", "," the spokeswoman said." */
const SPEECH_TAIL =
  /^[,.]?\s*(?:[\p{L}'’-]+\s+){0,6}(?:said|says|added|told|wrote|señaló|dijo|afirmó|explicó|añadió|indicó|aseguró|déclare|a déclaré|a dit|a ajouté|explique|sagte|erklärte|betonte|ha detto|ha dichiarato|ha spiegato|disse|afirmou|zei|verklaarde|sade)(?![\p{L}])[^“”"«»„]{0,80}$/u;

/** A speech tag splitting one quotation, as a report prints a source's words: '“…,” a homeowner told the
 * station. “…”'. The tag opens on a comma or a full stop after the first closing mark, holds a word of speaking
 * within eight words, and ends where the quotation reopens. */
const SPLITTING_TAG =
  /^[,.]?\s*(?:[\p{L}'’-]+\s+){0,8}(?:said|says|added|adds|told|tells|explained|recalled|insisted|went on)(?![\p{L}])[^“”"«»„]{0,60}?[.,:]\s*(?=[“"])/u;

/** Whether the words after a quotation's first closing mark are a speech tag and then the quotation again, in
 * the same marks, running to the paragraph's end (SPLITTING_TAG): one quotation, split by who said it. */
export function resumedAfterTag(after: string, closer: string): boolean {
  const tag = SPLITTING_TAG.exec(after);
  if (!tag) return false;
  const rest = after.slice(tag[0].length);
  if (OPEN_CLOSE[rest[0]] !== closer) return false;
  const close = rest.indexOf(closer, 1);
  return close > 0 && TAIL.test(rest.slice(close + 1));
}

/** Chinese and Japanese say as much in a third of the characters, Korean in about half. */
function minChars(text: string): number {
  const head = text.slice(0, 40);
  if (/[\u3040-\u30ff\u4e00-\u9fff]/.test(head)) return MIN_CHARS / 3;
  return /[\uac00-\ud7af]/.test(head) ? MIN_CHARS / 2 : MIN_CHARS;
}

/** A paragraph's own number opening it. */
const OPENING_NUMBER = new RegExp(`^${PARAGRAPH_NUMBER}\\s+`, 'u');

/** Where the quotation opening `t` closes: on its first `closer`, or for ‘ on the first ’ that is no apostrophe. */
const closeOfOpening = (t: string, closer: string): number =>
  t[0] === '‘' ? closingMarkAt(t, '‘', 1) : t.indexOf(closer, 1);

/** A paragraph opening with English quotation marks, curly or straight. */
const ENGLISH_OPENING = /^\s*[“"]/;

type Mark = 'quoted' | 'open' | 'italic' | 'indented' | 'dash' | 'angle' | null;

/** A line quoted as plain text quotes, after ">" (a link aggregator's comments, a mailing list, a forum
 * written in Markdown): "> The WAL is no longer enabled by default …". The mark is the quotation's, as a
 * blockquote is, so no lead-in is needed; twenty characters make a quoted line. */
const ANGLE_QUOTED = /^>(?!>)\s*\S/;
const ANGLE_MIN_CHARS = 20;

/** A line pushed in with non-breaking spaces or tabs: hand-made pages indent hard-wrapped wire copy so. */
const INDENTED = /^[\r\n ]*[\u00a0\t]{2,}\S/;

/** How a block is set apart: wholly quoted, opening a quote that goes on, wholly in italics, indented (a line
 * of a hard-wrapped passage, judged by the run's length), or not. */
function markOf(
  walk: ArticleWalk,
  index: number,
  /** The block is a later <br>-line of a run's element: a short last line ("bring a good light.") goes on. */
  lineOfRun = false,
): Mark {
  const raw = textOf(walk, index);
  if (INDENTED.test(raw)) return raw.trim().length >= 20 ? 'indented' : null;
  // A numbered paragraph (a patent's "[0004]", a judgment's "¶ 12") is quoted when its text after the number is.
  const t = raw.trim().replace(OPENING_NUMBER, '');
  if (ANGLE_QUOTED.test(t)) return t.length >= ANGLE_MIN_CHARS ? 'angle' : null;
  if (!t || (!lineOfRun && t.length < minChars(t))) return null;
  const closer = OPEN_CLOSE[t[0]];
  if (closer) {
    const close = closeOfOpening(t, closer);
    if (close < 0) return 'open';
    // The first closing mark must end the paragraph: '“…,” she said, “…”' is prose with quotations in it,
    // unless the speech tag only splits one quotation that then runs to the end (resumedAfterTag).
    const after = t.slice(close + 1);
    if (TAIL.test(after) || SPEECH_TAIL.test(after) || resumedAfterTag(after, closer)) return 'quoted';
    return null;
  }
  // A speaker's dash (Swedish, Norwegian, Danish, Finnish, Polish): quoted once a sentence hands over to it.
  if (SPEECH_DASH.test(t)) return 'dash';
  // A paragraph wholly a <q>: the browser draws the marks the text lacks (a quotation in any language).
  if (inMarkedQuote(walk, index)) return 'quoted';
  return isItalic(walk, index, lineOfRun) ? 'italic' : null;
}

/** A sentence of five words or more, ended as one, opening on no bracket, dash or label ("Update:"). */
const CLOSING_SENTENCE = /^(?![([{—–-])(?![^.!?]{0,25}:)(?:\S+\s+){4,}\S*[.!?…]["”’»)]*$/u;
/** Five words or more. */
const FIVE_WORDS = /(?:\S+\s+){4,}\S/u;

/**
 * A paragraph too short to open a run of italic or quoted paragraphs, going on with one: a sentence wholly in
 * italics, or wholly in quotation marks other than English ones, after it ("Season ticket holders will not pay extra, it said.", « Les
 * abonnés ne paieront rien de plus, selon elle. »), the passage's last paragraph, often its shortest. A
 * signature, a credit in brackets or after a dash and a labelled note in italics are no such sentence, and end
 * the run.
 */
function shortClosingParagraph(walk: ArticleWalk, index: number, run: Mark): Mark {
  const t = textOf(walk, index).trim();
  if (t.length < 20) return null;
  if (run === 'italic') return CLOSING_SENTENCE.test(t) && isItalic(walk, index, true) ? 'italic' : null;
  // English quotation marks close a paragraph only where the quotation ends: a short paragraph so closed after
  // one is a quotation of its own (the run's `closes`), not this one going on.
  if (run === 'quoted' || run === 'open')
    return FIVE_WORDS.test(t) && !ENGLISH_OPENING.test(t) && markOf(walk, index, true) === 'quoted'
      ? 'quoted'
      : null;
  return null;
}

/** The fewest characters of a short paragraph set apart twice, in quotation marks and in italics. */
const DOUBLY_MARKED_MIN = 20;

/** A paragraph too short for a passage by its marks alone, wholly in quotation marks and wholly in italics
 * ("<p><em>“Feed the hens first. Back by six.”</em></p>"): set apart twice, a quotation once a sentence hands
 * over to it. */
function shortDoublyMarked(walk: ArticleWalk, index: number): boolean {
  const t = textOf(walk, index).trim();
  if (t.length < DOUBLY_MARKED_MIN || t.length >= minChars(t)) return false;
  const closer = OPEN_CLOSE[t[0]];
  const close = closer ? closeOfOpening(t, closer) : -1;
  // Its length was judged above: the italics are read as a short line's are.
  return close > 0 && TAIL.test(t.slice(close + 1)) && isItalic(walk, index, true);
}

/** The fewest characters of a short paragraph in quotation marks alone that may be a passage. */
const SHORT_QUOTED_MIN = 40;
/** A sentence ending inside the marks and another opening after it, or a full-width stop of Chinese and
 * Japanese with more words after it ("「年年都修，年年都係揀過年。佢哋係咪唔使買餸㗎？」"). */
const SENTENCE_BREAK = /[.!?…]\s+\p{Lu}|[。！？](?=[^\s」』”。！？])/u;

/** A paragraph too short for a passage by its marks alone, wholly in quotation marks and of two sentences or
 * more ("“São mais vinte meticais por dia. Ao fim do mês é quase o que eu pago de luz.”"): what someone said,
 * once a sentence hands over to it; a phrase quoted back ("“Intermittent” is doing a lot of work") is neither
 * wholly quoted nor two sentences. */
function shortQuotedSentences(walk: ArticleWalk, index: number): boolean {
  const t = textOf(walk, index).trim();
  // Scaled as minChars scales a passage's length: the same two sentences in a third of the characters in Chinese.
  const least = (SHORT_QUOTED_MIN * minChars(t)) / MIN_CHARS;
  if (t.length < least || t.length >= minChars(t)) return false;
  const close = OPEN_CLOSE[t[0]] ? closingMarkAt(t, t[0], 1) : -1;
  return close > 0 && TAIL.test(t.slice(close + 1)) && SENTENCE_BREAK.test(t.slice(1, close));
}

/** The same wholly in italics ("<p><em>Don't wait up. The key is under the mat.</em></p>"): a short note's first
 * lines, once a sentence hands over to them; a short italic line of one sentence (directions, a caption) is not. */
function shortItalicSentences(walk: ArticleWalk, index: number): boolean {
  const t = textOf(walk, index).trim();
  if (t.length < SHORT_QUOTED_MIN || t.length >= minChars(t) || OPEN_CLOSE[t[0]]) return false;
  return SENTENCE_BREAK.test(t) && isItalic(walk, index, true);
}

/** A paragraph too short for a passage by its italics alone, a sentence or two, that opens a run going on in the
 * italic paragraph after it ("<p><em>Trade is good. Everyone waits, everyone is thirsty.</em></p>" / "<p><em>But
 * …</em></p>"): someone's words over two paragraphs, once a sentence hands over to the first. */
function shortItalicOpening(walk: ArticleWalk, index: number): boolean {
  const t = textOf(walk, index).trim();
  const block = walk.blocks[index];
  const next = walk.blocks[index + 1];
  return (
    t.length >= SHORT_QUOTED_MIN &&
    FIVE_WORDS.test(t) &&
    next !== undefined &&
    next.post === block.post &&
    next.element !== block.element &&
    isItalic(walk, index, true) &&
    markOf(walk, index + 1) === 'italic'
  );
}

/** The most characters of a lead-in sentence that is only a speaker and a verb of saying ("She said:"). */
const SAID_LEAD_MAX = 40;

/** A paragraph too short for a passage by its marks alone, wholly in quotation marks, right after a sentence that
 * is only a speaker and a verb of saying ("Zij zei:" / "“Een bakfiets zonder ketting is een cadeau.”", "She said:"):
 * that person's words, however short; or a whole sentence so quoted right after a lead-in turning to someone's
 * words. */
function shortQuotedAfterSaid(walk: ArticleWalk, index: number): boolean {
  const t = textOf(walk, index).trim();
  if (t.length < DOUBLY_MARKED_MIN || t.length >= minChars(t)) return false;
  const close = OPEN_CLOSE[t[0]] ? closingMarkAt(t, t[0], 1) : -1;
  if (close <= 0 || !TAIL.test(t.slice(close + 1))) return false;
  const lead = lastSentenceOf(walk, index - 1)?.trim();
  if (!lead) return false;
  if (lead.length <= SAID_LEAD_MAX && (PERSON_SPEAKS.test(lead) || saidLeadIn(lead))) return true;
  // A whole sentence of five words or more, closed inside the marks, right after a lead-in that turns to
  // someone's words and ends on a colon ("The paper covered it, but who said it best was our oldest member:" /
  // "“I have rowed from this bank since I was twelve.”"): that person's line, however long the lead-in.
  return (
    LEAD_COLON.test(lead) &&
    turnsToWords(lead) &&
    t.length >= SHORT_QUOTED_MIN &&
    FIVE_WORDS.test(t) &&
    SENTENCE_END.test(t.slice(1, close))
  );
}

/** A lead-in's colon, at its end. */
const LEAD_COLON = /[:：]$/;
/** A sentence's closing stop, at the end of the words inside the marks. */
const SENTENCE_END = /[.!?…]\s*$/u;

/** A sentence handing over someone's saying: a rule, a motto or a maxim they had, or what they used to say ("My
 * gran … had one motto:", "Her motto was always:", "As my mother used to say:"). */
const SAYING_LEAD =
  /\b(?:(?:rule|motto|saying|maxim|mantra|adage|catchphrase|watchword)s?\b[^.!?:]{0,30}|(?:used to|would always|always|liked to|loved to) (?:say|tell (?:me|us|everyone))\b[^.!?:]{0,20})[:：]\s*$/i;

/** A line of one sentence or more, too short for a passage by its marks alone, wholly in italics or in quotation
 * marks, after a sentence handing over someone's saying ("had one motto:" / "<p><em>Never cut it warm, or it will
 * sulk for a week.</em></p>"): that person's words, however short. */
function shortSaying(walk: ArticleWalk, index: number): Mark {
  const t = textOf(walk, index).trim();
  if (t.length < DOUBLY_MARKED_MIN || t.length >= minChars(t) || !FIVE_WORDS.test(t)) return null;
  const lead = lastSentenceOf(walk, index - 1);
  if (!lead || !SAYING_LEAD.test(lead)) return null;
  const close = OPEN_CLOSE[t[0]] ? closingMarkAt(t, t[0], 1) : -1;
  if (close > 0) return TAIL.test(t.slice(close + 1)) ? 'quoted' : null;
  return isItalic(walk, index, true) ? 'italic' : null;
}

/** How a paragraph too short for a passage by its marks alone is set apart, once a sentence hands over to it. */
function shortMark(walk: ArticleWalk, index: number): Mark {
  if (
    shortDoublyMarked(walk, index) ||
    shortQuotedSentences(walk, index) ||
    shortQuotedAfterSaid(walk, index)
  )
    return 'quoted';
  return shortItalicSentences(walk, index) || shortItalicOpening(walk, index)
    ? 'italic'
    : shortSaying(walk, index);
}

const ITALIC_TAGS = new Set(['I', 'EM', 'CITE']);

/** The share of the block's own letters inside an element below the block's own that passes `test`, counted
 * over its text nodes (a <br>-line shares its element). Linear in the block's nodes. */
function shareInside(
  walk: ArticleWalk,
  index: number,
  test: (el: Element) => boolean,
): { total: number; inside: number } {
  const block = walk.blocks[index];
  let total = 0;
  let inside = 0;
  // The first text node of the block: the walk's nodes are in text order.
  let lo = 0;
  let hi = walk.starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (walk.starts[mid] <= block.start) lo = mid;
    else hi = mid - 1;
  }
  for (let n = lo; n < walk.nodes.length && walk.starts[n] < block.end; n++) {
    const length = walk.nodes[n].data.replace(/\s+/g, '').length;
    if (length === 0) continue;
    total += length;
    for (let el = walk.nodes[n].parentElement; el && el !== block.element; el = el.parentElement)
      if (test(el)) {
        inside += length;
        break;
      }
  }
  return { total, inside };
}

/** The block's words all inside a <q> (but for a full stop or a footnote after it), or the block a <q> itself. */
function inMarkedQuote(walk: ArticleWalk, index: number): boolean {
  const block = walk.blocks[index];
  if (tagOf(block.element) === 'Q') return true;
  if (block.element.getElementsByTagName('q').length === 0) return false;
  const { total, inside } = shareInside(walk, index, (el) => tagOf(el) === 'Q');
  return total > 0 && total - inside <= 3;
}

/** Nearly all of the block's own text (its text nodes, not its element's: a <br>-line shares its element)
 * sits inside <i>/<em> or an inline font-style: italic. Linear in the block's nodes. */
export function isItalic(walk: ArticleWalk, index: number, lineOfRun: boolean): boolean {
  const block = walk.blocks[index];
  const { total, inside: italic } = shareInside(
    walk,
    index,
    (el) => ITALIC_TAGS.has(tagOf(el)) || /italic/i.test(el.getAttribute('style') ?? ''),
  );
  // The block's element, or a box around it set in italics by its style (a verse's centred italic <div>).
  const parent = block.element.parentElement;
  const self =
    ITALIC_TAGS.has(tagOf(block.element)) ||
    /italic/i.test(block.element.getAttribute('style') ?? '') ||
    (parent !== null && /font-style\s*:\s*italic/i.test(parent.getAttribute('style') ?? ''));
  return (lineOfRun || total >= MIN_CHARS * 0.8) && (self || italic >= total * 0.9);
}

/** Whether every text of the block's element belongs to this block (the element can carry the mark). */
function ownsElement(walk: ArticleWalk, index: number): boolean {
  const { element } = walk.blocks[index];
  const before = walk.blocks[index - 1];
  const after = walk.blocks[index + 1];
  return (!before || before.element !== element) && (!after || after.element !== element);
}

/** The text of the block, for a <br>-split block only its own line. */
export function textOf(walk: ArticleWalk, index: number): string {
  const b = walk.blocks[index];
  return walk.text.slice(b.start, b.end);
}

/** A paragraph closing a quotation it did not open: it ends on a closing mark (”, », or an odd number of
 * straight marks) and holds no English opening one. */
function closesOpenQuote(text: string): boolean {
  const t = text.trim();
  if (!/[”»"][\s.,;:!?)\]]{0,3}$/u.test(t) || /[“«]/u.test(t)) return false;
  return t.includes('"') ? (t.match(/"/g) ?? []).length % 2 === 1 : true;
}

/** Whether the block before a run hands over to it. */
function introduces(walk: ArticleWalk, index: number): boolean {
  if (index < 0) return false;
  const b = walk.blocks[index];
  if (b.container >= 0) return false;
  if (/^H[1-6]$/.test(tagOf(b.element))) return false;
  // A list item's comma separates it from the next item ("storage, spain" in a post's tags): an item never
  // introduces its sibling.
  const next = walk.blocks[index + 1];
  if (tagOf(b.element) === 'LI' && next && next.element.parentElement === b.element.parentElement)
    return false;
  // INTRODUCES reads a sentence's end: the block's last characters are enough.
  const end = walk.text.slice(Math.max(b.start, b.end - 80), b.end);
  return INTRODUCES.test(end) || HANDS_OVER.test(end);
}

/** The last sentence of a block, or null for a block that cannot introduce (a heading, a passage's own). */
function lastSentenceOf(walk: ArticleWalk, index: number): string | null {
  const b = walk.blocks[index];
  if (!b || b.container >= 0 || /^H[1-6]$/.test(tagOf(b.element))) return null;
  const end = walk.text.slice(Math.max(b.start, b.end - 200), b.end);
  return end.slice(lastSentenceStart(end, STOPS, true));
}

/** Whether the block before ends on an outlet reporting ("La Voix du Nord rapporte ce matin que…."): the quoted
 * paragraph after it is that report. */
function reportsBefore(walk: ArticleWalk, index: number, outlets: OutletLookup): boolean {
  const sentence = lastSentenceOf(walk, index);
  if (!sentence) return false;
  return outlets.mentions(sentence).some((m) => {
    const from = pastProgramme(sentence, m.end);
    return LEAD_AFTER.test(sentence.slice(from, from + 60));
  });
}

/** A newsroom's reporter meeting someone: "KTVB's mountain reporter caught a dishwasher at the station", "the
 * Ledger's crew talked to two drivers" (a possessive name, then its staff, then a verb of getting someone's
 * words). */
const STAFF_MET =
  /\p{Lu}[\p{L}\p{N}.&-]*(?:[’']s|(?<=s)[’'])\s+(?:[\p{L}-]+\s+){0,2}(?:reporters?|correspondents?|crew|team|stringer)\s+(?:(?:also|then|just|later)\s+)?(?:caught|talked|spoke|asked|reached|found|met|interviewed|sat down|tracked down|buttonholed|heard from)\b/u;

/** Whether the block before tells of a newsroom's reporter meeting someone, even with a full stop ("… caught a
 * dishwasher at Frisco Station, and he did not sound thrilled."): the quoted or italic paragraphs after it are
 * the words the reporter got. */
function staffMetBefore(walk: ArticleWalk, index: number): boolean {
  const sentence = lastSentenceOf(walk, index);
  return sentence !== null && STAFF_MET.test(sentence);
}

/** A title's abbreviation, whose point ends no sentence ("Mr. Abernethy"). */
const TITLE_POINT = String.raw`(?:Mr|Mrs|Ms|Dr|Prof|Rev|Fr|Sr|St|Sgt|Capt)\.`;
/** The writer asking someone for their view, the question's words closing the sentence with a full stop: "I asked
 * Mr. Abernethy, who has run the kiosk for years, what he made of it.", "We asked the driver how long it
 * would last.", "J'ai demandé à la vendeuse ce qu'elle en pensait.", "Le pregunté al chofer qué opinaba.",
 * "Ich habe den Fahrer gefragt, was er davon hält.", "Ho chiesto al pescatore cosa ne pensava." */
const ASKED_FOR_VIEW = new RegExp(
  String.raw`(?:\b(?:I|we)\s+(?:\p{Ll}+\s+)?asked|\bj['’]ai\s+demandé|\bnous\s+avons\s+demandé|(?<![\p{L}])les?\s+pregunt(?:é|amos)|\b(?:ich\s+habe|wir\s+haben)|\b(?:ho|abbiamo)\s+chiesto)\s+(?:${TITLE_POINT}|[^.!?:])+?(?:(?<![\p{L}])(?:what|how|whether|why|comment|pourquoi|qué|cómo|si|por\s+qué|gefragt,\s*(?:was|wie|ob|warum)|cosa|che\s+cosa|come|perché)(?![\p{L}])|\b(?:ce\s+qu|s)['’](?=il|elle|on|ils|elles))(?:${TITLE_POINT}|[^.!?:]){1,80}[.!]\s*$`,
  'iu',
);

/** Whether the block before tells of the writer asking someone for their view (ASKED_FOR_VIEW): the paragraph
 * wholly in quotation marks after it is the answer. */
function askedBefore(walk: ArticleWalk, index: number): boolean {
  const b = walk.blocks[index];
  if (!b || b.container >= 0 || /^H[1-6]$/.test(tagOf(b.element))) return false;
  return ASKED_FOR_VIEW.test(walk.text.slice(Math.max(b.start, b.end - 240), b.end));
}

/** Whether the block before breaks off mid-sentence after naming its source ("Enligt SVT Väst har", "According
 * to the Post, the council"): the set-apart paragraph after it completes the sentence. */
function sourcedRunIn(walk: ArticleWalk, index: number, outlets: OutletLookup): boolean {
  const sentence = lastSentenceOf(walk, index);
  if (!sentence || !/[\p{L}\p{N}]\s*$/u.test(sentence)) return false;
  return outlets
    .mentions(sentence)
    .some((m) => LEAD_BEFORE.test(sentence.slice(Math.max(0, m.start - 30), m.start)));
}

/** A sentence that opens by naming where what follows comes from: "Over at the Sun,", "From the Irish
 * Examiner,". */
const OPENS_WITH_SOURCE =
  /^\s*(?:(?:and|meanwhile|now|then)[\s,]+)?(?:over at|from|via|courtesy of|more from|here[’']?s|here is)\s+(?:the\s+)?$/i;

/** Whether the block before is a sentence opening with a source ("Over at the Financial Times, the view from the
 * City."): it hands over to the box after it. */
export function sourceOpensBefore(walk: ArticleWalk, index: number, outlets: OutletLookup): boolean {
  const sentence = lastSentenceOf(walk, index);
  if (!sentence) return false;
  // The name must end its phrase: "From the Guardian's point of view, …" speaks of the outlet's view.
  return outlets
    .mentions(sentence)
    .some(
      (m) => OPENS_WITH_SOURCE.test(sentence.slice(0, m.start)) && /^\s*[,:.]/.test(sentence.slice(m.end)),
    );
}

/** Whether the block before is a short line citing an outlet's piece ("The Guardian: <headline>", a round-up
 * item's linked headline): the set-apart paragraph under it is that piece's words. */
function citedAbove(walk: ArticleWalk, index: number, outlets: OutletLookup): boolean {
  const b = walk.blocks[index];
  if (!b || b.container >= 0 || b.end - b.start > CITATION_MAX || /^H[1-6]$/.test(tagOf(b.element)))
    return false;
  return readCitationLine(walk.text.slice(b.start, b.end), b.element, outlets)?.kind === 'outlet';
}

/** Whether the block at `index` is a post's title that is one link to a site the table knows: a link post,
 * whose body opens on the story's words in quotation marks. */
function linkedTitleAbove(walk: ArticleWalk, index: number, outlets: OutletLookup): boolean {
  const b = walk.blocks[index];
  if (!b || b.container >= 0 || !/^H[1-6]$/.test(tagOf(b.element))) return false;
  const links = b.element.querySelectorAll('a[href]');
  if (links.length !== 1) return false;
  const words = (el: Element) => (el.textContent ?? '').replace(/\s+/g, ' ').trim();
  return words(links[0]) === words(b.element) && outlets.byHost(links[0].getAttribute('href') ?? '') !== null;
}

/** A citation line is a headline's length at most. */
const CITATION_MAX = 200;

/** Whether the block after a run credits it to an outlet ("— <a href=theatlantic.com>Headline</a>"). */
function creditedAfter(walk: ArticleWalk, index: number, post: number | undefined, outlets: OutletLookup) {
  const b = walk.blocks[index];
  if (!b || b.container >= 0 || b.post !== post || b.end - b.start > 90) return false;
  return readCreditLine(walk.text.slice(b.start, b.end), b.element, outlets)?.kind === 'outlet';
}

/** A signature under a quotation: a dash, then a name and perhaps who they are ("— Priya, winter walk 2025",
 * "– Tom R., member since 2019"), a line of its own and short. */
const SIGNATURE = /^\s*(?:—|–|--?)\s*\p{Lu}[^!?:;“”"«»]{0,70}$/u;

/** Whether the block after a run is a signature: the run is someone's quoted words (a testimonial), whatever
 * introduces it. */
function signedAfter(walk: ArticleWalk, index: number, post: number | undefined): boolean {
  const b = walk.blocks[index];
  if (!b || b.container >= 0 || b.post !== post || /^H[1-6]$/.test(tagOf(b.element))) return false;
  return ownsElement(walk, index) && SIGNATURE.test(walk.text.slice(b.start, b.end));
}

/** A signature of a given name and a surname, perhaps after a dash and before a place, not a date: "Jean
 * Morrow, Kilbride", not "Port Ellis, December". */
const SIGNED_NAME =
  /^\s*(?:[—–-]\s*)?(\p{Lu}[\p{Ll}'’-]+)\s+\p{Lu}[\p{L}'’-]+(?:,\s*(?!(?:January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b)\p{Lu}[\p{L} .'’-]{1,40})?\s*$/u;

/** Whether the block after an italic run is a signature in italics too, by a given name first. */
function signedInItalics(walk: ArticleWalk, index: number, post: number | undefined): boolean {
  const b = walk.blocks[index];
  if (!b || b.container >= 0 || b.post !== post || b.end - b.start > 60 || !ownsElement(walk, index))
    return false;
  const m = SIGNED_NAME.exec(textOf(walk, index));
  return m !== null && isGivenName(m[1].toLowerCase()) && isItalic(walk, index, true);
}

/** Lines of a hard-wrapped passage are short. */
const WRAPPED_LINE_MAX = 250;

/** The <br>-lines from `start` that a credit line right under them gives to an outlet, or null. */
function wrappedLines(
  walk: ArticleWalk,
  start: number,
  ignored: ReadonlySet<number>,
  outlets: OutletLookup,
): number[] | null {
  const { blocks } = walk;
  const element = blocks[start].element;
  if (blocks[start - 1]?.element !== element && blocks[start + 1]?.element !== element) return null;
  const members: number[] = [];
  let length = 0;
  for (let j = start; j < blocks.length && members.length < 40; j++) {
    const b = blocks[j];
    // The credit may be a line of the same element or a paragraph of its own under it ("<p>(TT)</p>").
    if (members.length > 0 && creditedAfter(walk, j, b.post, outlets))
      return length >= MIN_CHARS ? members : null;
    if (b.element !== element || b.container >= 0 || ignored.has(j) || b.end - b.start > WRAPPED_LINE_MAX)
      return null;
    members.push(j);
    length += b.end - b.start;
  }
  return null;
}

/** A reported run needs this many <br>-lines: one or two short lines are a paragraph's own. */
const REPORTED_LINES_MIN = 3;

/** The <br>-lines of one element from `start`, when a sentence naming an outlet reporting hands over to them
 * ("GMA News Online has the commuter numbers:" / four lines of figures): each line short, all of the element. */
function reportedLines(walk: ArticleWalk, start: number, ignored: ReadonlySet<number>): number[] | null {
  const { blocks } = walk;
  const element = blocks[start].element;
  if (blocks[start - 1]?.element === element) return null;
  const members: number[] = [];
  for (let j = start; j < blocks.length && blocks[j].element === element; j++) {
    const b = blocks[j];
    if (b.container >= 0 || ignored.has(j) || b.end - b.start > WRAPPED_LINE_MAX || members.length >= 40)
      return null;
    members.push(j);
  }
  return members.length >= REPORTED_LINES_MIN ? members : null;
}

/** At most this many plain paragraphs between a lead-in and a credit line are the credited passage. */
const CREDITED_PARAGRAPHS_MAX = 3;

/** Plain paragraphs from `start` (each its own element) that a credit line right under them gives to an
 * outlet, or null. */
function creditedParagraphs(
  walk: ArticleWalk,
  start: number,
  ignored: ReadonlySet<number>,
  outlets: OutletLookup,
): number[] | null {
  const { blocks } = walk;
  const members: number[] = [];
  let length = 0;
  for (let j = start; j < blocks.length && members.length < CREDITED_PARAGRAPHS_MAX; j++) {
    const b = blocks[j];
    if (b.container >= 0 || ignored.has(j) || b.post !== blocks[start].post) return null;
    if (/^H[1-6]$/.test(tagOf(b.element)) || !ownsElement(walk, j) || markOf(walk, j) !== null) return null;
    members.push(j);
    length += b.end - b.start;
    if (creditedAfter(walk, j + 1, b.post, outlets)) return length >= MIN_CHARS ? members : null;
  }
  return null;
}

/** Whether the paragraph at `index`, its own element and opening in lower case, finishes the sentence before
 * it, which named an outlet reporting and broke off on "that" ("schrijft De Standaard vanochtend dat"; a
 * newsroom the table lacks, named so, "Harbour Trade Weekly reports that", an e-mail's cell over the next). */
function runsOnFrom(walk: ArticleWalk, index: number, outlets: OutletLookup): boolean {
  const t = textOf(walk, index).trim();
  if (t.length < MIN_CHARS || !/^\p{Ll}/u.test(t) || !ownsElement(walk, index)) return false;
  const sentence = lastSentenceOf(walk, index - 1);
  // Nothing sets the paragraph apart but its place: a name the table lacks must read as a newsroom's by its
  // words too ("The Clerk reported that" opens a minute's own record).
  return (
    sentence !== null &&
    BREAKS_OFF.test(sentence) &&
    reportedIn(sentence, outlets, undefined, looksLikeOutletName)
  );
}

/** Whether a sentence names an outlet reporting: one the table knows beside a reporting word ("according to X",
 * "X reports"), or beside what `also` reads there; or one the table lacks, named so ("Harbour Trade Weekly
 * reports that"), and as `unknownReads` asks. */
export function reportedIn(
  sentence: string,
  outlets: OutletLookup,
  also: (mention: { start: number; end: number }) => boolean = () => false,
  unknownReads: (name: string) => boolean = () => true,
): boolean {
  return (
    outlets
      .mentions(sentence)
      .some(
        (m) =>
          LEAD_BEFORE.test(sentence.slice(Math.max(0, m.start - 30), m.start)) ||
          LEAD_AFTER.test(sentence.slice(m.end, m.end + 60)) ||
          also(m),
      ) || namesUnknownNewsroom(sentence, (name) => outlets.byName(name) !== null || !unknownReads(name))
  );
}

/** A verse set apart by its box's style, centred and in italics, its lines split by <br> (a couplet under "… wrote
 * this on the barn wall:"): a quotation however short its lines, once a sentence hands over to it. */
function isVerseBox(el: Element): boolean {
  const style = el.getAttribute('style') ?? '';
  return (
    /font-style\s*:\s*italic/i.test(style) &&
    /text-align\s*:\s*center/i.test(style) &&
    el.getElementsByTagName('br').length > 0 &&
    (el.textContent ?? '').trim().length >= 20
  );
}

/** The passage of the blocks `members`, marked on `elements` (none: only their text). */
export function runOf(walk: ArticleWalk, members: number[], elements: Element[]): Passage {
  const spans = members.map((m) => [walk.blocks[m].start, walk.blocks[m].end] as Span);
  return { form: 'block', elements, blocks: members, spans, inlineLeadIn: null, host: members[0] };
}

export function findQuotedRuns(
  walk: ArticleWalk,
  ignored: ReadonlySet<number>,
  outlets: OutletLookup,
): Passage[] {
  const { blocks } = walk;
  const runs: Passage[] = [];
  // Whether a block hands over to the next, asked up to three times of each block: read once.
  const handsOver: Array<boolean | undefined> = [];
  const introducesNext = (at: number) => (handsOver[at] ??= introduces(walk, at));
  let i = 0;
  while (i < blocks.length) {
    const block = blocks[i];
    if (block.container >= 0 || ignored.has(i)) {
      i++;
      continue;
    }
    // A message forwarded inside a mail's lines, under its header: its lines are a passage.
    const forwarded = blocks[i + 1]?.element === block.element ? forwardedLines(walk, i) : null;
    if (forwarded) {
      runs.push(runOf(walk, forwarded, []));
      i = forwarded[forwarded.length - 1] + 1;
      continue;
    }
    // A run is introduced by the block before it, or credited by the line after it (a quote post's source).
    // The first of a <br>-split element's lines (a verse): judged as a line when the element runs long enough.
    const opensLines =
      blocks[i + 1]?.element === block.element &&
      ((block.element.textContent ?? '').trim().length >= MIN_CHARS || isVerseBox(block.element));
    const first =
      markOf(walk, i, opensLines) ??
      (i > 0 && blocks[i - 1].post === block.post && introducesNext(i - 1) ? shortMark(walk, i) : null);
    const introduced =
      i > 0 &&
      blocks[i - 1].post === block.post &&
      (introducesNext(i - 1) ||
        (first !== null &&
          (reportsBefore(walk, i - 1, outlets) ||
            sourcedRunIn(walk, i - 1, outlets) ||
            citedAbove(walk, i - 1, outlets) ||
            (first === 'quoted' && linkedTitleAbove(walk, i - 1, outlets)) ||
            ((first === 'italic' || first === 'quoted') && staffMetBefore(walk, i - 1)) ||
            (first === 'quoted' && askedBefore(walk, i - 1)))));
    // A paragraph in italics or quotation marks opening on an agency's dateline ("PORT ELLIS (AP) —") is that
    // agency's copy, whatever the sentence above it says, as a blockquote so opened is.
    const datelined =
      (first === 'italic' || first === 'quoted' || first === 'open') &&
      readDateline(withoutOpeningMark(textOf(walk, i)), outlets)?.kind === 'outlet';
    if (!first) {
      // Hard-wrapped lines split by <br>, with nothing to set them apart but a lead-in above and a credit
      // under them ("… the night buses:" / three lines / "— Manchester Evening News").
      const wrapped = introduced
        ? (wrappedLines(walk, i, ignored, outlets) ??
          (reportsBefore(walk, i - 1, outlets) ? reportedLines(walk, i, ignored) : null))
        : null;
      if (wrapped) {
        runs.push(runOf(walk, wrapped, []));
        i = wrapped[wrapped.length - 1] + 1;
        continue;
      }
      // Plain paragraphs with a lead-in above and a credit under them ("… knapp aus:" / a paragraph /
      // "(Quelle: Abendzeitung)"), or a paragraph finishing the sentence that named its source ("schrijft De
      // Standaard vanochtend dat" / "de stad …").
      const plain =
        (introduced ? creditedParagraphs(walk, i, ignored, outlets) : null) ??
        (i > 0 && blocks[i - 1].post === block.post && runsOnFrom(walk, i, outlets) ? [i] : null);
      if (plain) {
        runs.push(
          runOf(
            walk,
            plain,
            plain.map((m) => blocks[m].element),
          ),
        );
        i = plain[plain.length - 1] + 1;
        continue;
      }
      i++;
      continue;
    }
    // Extend the run: quoted paragraphs go on while the quote is open or the next opens again; italic ones
    // while the next is italic too.
    const members = [i];
    /** Where a paragraph closes its own quotation and the next opens another: separate quotations, one
     * after the other ("Two that were typical:" / “…” / “…”), where one quotation over several paragraphs
     * leaves all but its last open in English. Other languages close every paragraph of one (« … » « … »).
     * Paragraphs set in italics as well as in marks are one block to the eye, one quotation however its
     * paragraphs close. */
    const closes: number[] = [];
    let previousMark: Mark = first;
    let j = i + 1;
    for (; j < blocks.length; j++) {
      const next = blocks[j];
      if (next.container >= 0 || ignored.has(j) || next.post !== block.post) break;
      const raw =
        markOf(walk, j, next.element === blocks[j - 1].element) ?? shortClosingParagraph(walk, j, first);
      // The last paragraph of a quotation left open above it, closed at its end and opened nowhere ("“The
      // board voted …" / "Members said … by how much.”"): the quotation's close, not prose.
      const mark: Mark =
        raw === null && previousMark === 'open' && closesOpenQuote(textOf(walk, j)) ? 'quoted' : raw;
      if (
        first === 'italic' || first === 'indented' || first === 'dash' || first === 'angle'
          ? mark !== first
          : mark !== 'quoted' && mark !== 'open'
      )
        break;
      if (
        previousMark === 'quoted' &&
        next.element !== blocks[j - 1].element &&
        ENGLISH_OPENING.test(textOf(walk, j).trim().replace(OPENING_NUMBER, '')) &&
        !(isItalic(walk, j - 1, false) && isItalic(walk, j, false))
      )
        closes.push(members.length);
      previousMark = mark;
      members.push(j);
    }
    const length = members.reduce((n, m) => n + blocks[m].end - blocks[m].start, 0);
    if (first === 'indented' && length < MIN_CHARS) {
      i = j;
      continue;
    }
    // A speaker's dash needs a sentence handing over: a dash opens asides and lists too.
    if (first === 'dash' && !introducesNext(i - 1)) {
      i = j;
      continue;
    }
    // A paragraph wholly in quotation marks signed on the line under it ("— Priya, winter walk 2025") is a
    // quotation of the one who signed, as a blockquote so signed is.
    // A line quoted with ">" needs nothing more: the mark says it is quoted.
    // Italic paragraphs signed in italics on the line under them ("Jean Morrow, Kilbride") are a letter, the
    // signature its last line.
    const signed = first === 'italic' && !introduced && signedInItalics(walk, j, block.post);
    if (signed) members.push(j++);
    if (
      first !== 'angle' &&
      !introduced &&
      !datelined &&
      !creditedAfter(walk, j, block.post, outlets) &&
      !(first === 'quoted' && signedAfter(walk, j, block.post)) &&
      !signed
    ) {
      i++;
      continue;
    }
    const cuts = [0, ...closes, members.length];
    for (let k = 0; k + 1 < cuts.length; k++) {
      const part = members.slice(cuts[k], cuts[k + 1]);
      // A <br>-separated line shares its element with others: then only its text is marked, not the element.
      const elements = part.every((m) => ownsElement(walk, m))
        ? [...new Set(part.map((m) => blocks[m].element))]
        : [];
      runs.push({ ...runOf(walk, part, elements), ...(k > 0 ? { followsQuote: true } : {}) });
    }
    i = j;
  }
  return runs;
}
