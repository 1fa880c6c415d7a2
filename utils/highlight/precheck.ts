// The cheap look before any real analysis: most pages quote nothing, and they should cost almost nothing.
// A page can only be an aggregated post if it has a quotation element, a social embed, or a long quotation
// in quotation marks introduced by a colon or a reporting verb. False positives only cost one analysis.

import { spaced, unspaced } from '../analysis/data/lead-in-cues.json';
import { lazyPattern, unicodePattern } from '../analysis/lead-in-words';
import { quotesByLines } from '../analysis/mail-lines';
import {
  bookmarkItemAt,
  feedItemAt,
  hostOf,
  MAX_BOOKMARK_LINKS,
  MAX_CITES,
  MIN_RIVER_ITEMS,
  riverItemAt,
} from '../analysis/river-shape';
import {
  BREAKS_OFF,
  DOUBLE_OPENERS,
  FOLD_LABEL,
  HANDS_OVER,
  HOLDS_STORY,
  INTRODUCES,
  isCaptionedFigureText,
  isCreditedCell,
  isLoneBox,
  isMarkedCell,
  isQuoteBox,
  isTestimonial,
  labelLine,
  looksQuoteStyled,
  NAMED_BEFORE_QUOTE,
  OPEN_CLOSE,
  PARAGRAPH_NUMBER,
  SAYS_WHAT,
  SPEECH_DASH,
} from '../analysis/set-apart';
import { tabLabelOf, tabPanels } from '../analysis/tabs';

// Expressions over Unicode's properties are strings made on first use (`unicodePattern`), never literals: V8
// checks a literal as it compiles the script, and the content script is compiled on every page.
const LETTER_OR_DIGIT = unicodePattern(String.raw`[\p{L}\p{N}]`);
const ANY_LETTER = unicodePattern(String.raw`\p{L}`);
const LOWER_CASE = unicodePattern(String.raw`\p{Ll}`);
const CAPITALISED = unicodePattern(String.raw`^\p{Lu}`);
/** A credit line's opening: a dash or bracket, then a capital. */
const CAPITALISED_CREDIT = unicodePattern(String.raw`^[—–([-]?\s*\p{Lu}`);
/** A definition term that reads as a name ("NTV News", "The Telegram, Dec. 1"). */
const NAME_TERM = unicodePattern(String.raw`^\p{Lu}[^.!?]{1,59}$`);

/** Quotation elements, a wiki talk page's quote templates (utils/analysis/passages.ts reads them as <q>) and the
 * social embeds utils/analysis/social.ts recognises. */
export const QUOTE_SELECTOR =
  'blockquote, q, .inline-quote-talk, .talkquote, .twitter-tweet, .twitter-video, .x-post, .bluesky-embed, .mastodon-embed, .instagram-media, .tiktok-embed, .text-post-media, .fb-post, .reddit-card';

/** Candidates for a box set apart like a quotation (isQuoteBox decides, as the analyser does): a definition, a
 * preformatted block, a fold; a table's cell shaded, framed or one of two or three in its row; an element styled
 * with a margin, padding, a rule or a background; a class naming a quotation, a source or a box. Grouped by what an
 * element must have for any selector of its group to match (to be a <td>, to have a style, a class), so that an
 * element without it fails the whole group at once: the page's every element is tried against every selector of
 * the list, which as twenty-six selectors took 0.8 ms on a 200 KB page of plain paragraphs. The same elements as
 * the selectors one by one (a unit test compares them). */
export const BOX_CANDIDATES = [
  'dd, pre, details, [data-ke-type="moreLess"]',
  'td:is([bgcolor], [style*="border"], :nth-child(2):last-child, :first-child:nth-last-child(2), :nth-child(2):nth-last-child(2), :nth-child(3):last-child, :first-child:nth-last-child(3))',
  '[style]:is([style*="margin"], [style*="padding"], [style*="border-left"], [style*="background"])',
  '[class]:is([class*="quot"], [class*="excerpt"], [class*="extract"], [class*="cited"], [class*="clip"], [class*="source" i], [class*="testimon" i], [class*="callout"], [class*="toggle"], [class*="accordion"], .has-background)',
].join(', ');
/** Boxes looked at before giving up on them: layout styles are common, quotation boxes come early. */
const MAX_BOXES = 60;

const VERBS =
  'said|says|wrote|writes|noted|explained|argued|warned|reported|reports|declared|stated|tweeted|posted|the following|as follows';
/** What comes right before an opening quotation mark that introduces a quotation: "… we said the following: “",
 * perhaps with the paragraph's own number between ("… states: [0004] “"). */
const INTRODUCED = new RegExp(
  `(?::\\s*(?:${PARAGRAPH_NUMBER}\\s+)?|\\b(?:${VERBS})\\b[^.!?\\n]{0,40}[,:]?\\s*)$`,
  'i',
);
/** Straight quotes also fill JSON and code ("key":"value"), so they need a space after the colon or verb. */
const INTRODUCED_STRAIGHT = new RegExp(`(?::\\s+|\\b(?:${VERBS})\\b[^.!?\\n]{0,40}[,:]?\\s+)$`, 'i');

/** Characters looked at before each mark: the verb and up to 40 characters between it and the mark. */
const LOOK_BACK = 64;
/** Marks examined before giving up and saying yes (a page of code samples or JSON full of straight quotes). */
export const MAX_MARKS = 5_000;

/** Whether some opening quotation mark in `text` is introduced like a quotation. */
export function hasIntroducedQuote(text: string): boolean {
  let examined = 0;
  for (const mark of DOUBLE_OPENERS) {
    for (let at = text.indexOf(mark); at >= 0; at = text.indexOf(mark, at + 1)) {
      if (++examined > MAX_MARKS) return true;
      // A quotation starts with a word: skip closing marks and straight quotes around punctuation.
      // (French puts a space inside « ».)
      const first =
        mark === '«' || mark === '»' ? text.slice(at + 1, at + 3).trimStart() : text.slice(at + 1);
      if (!LETTER_OR_DIGIT.test(first.charAt(0))) continue;
      const before = text.slice(Math.max(0, at - LOOK_BACK), at);
      if ((mark === '"' ? INTRODUCED_STRAIGHT : INTRODUCED).test(before)) return true;
      // "Segundo a Folha, “…”", "Według Radia Gdańsk „…”": a source named right before the mark, no colon.
      if (mark !== '"' && NAMED_BEFORE_QUOTE.test(before)) return true;
    }
  }
  return false;
}

/** Paragraph text looked at for an inline quotation: an aggregated post quotes early, and a long page's
 * first paragraphs hold its article (this bounds the look at a 200 KB page to what a 50 KB one costs). */
export const MAX_PARAGRAPH_CHARS = 50_000;

/** The <pre> elements looked at: a list archive's message has one. */
const MAX_PRES = 20;

export function mayHoldQuotes(doc: Document): boolean {
  const body = doc.body;
  if (!body) return false;
  // The common case first, without parsing a selector.
  if (body.getElementsByTagName('blockquote').length > 0 || body.querySelector(QUOTE_SELECTOR)) return true;
  // A mail's <pre> quoting in ">" lines or forwarding a message, which the analyser reads line by line.
  const pres = body.getElementsByTagName('pre');
  for (let i = 0; i < pres.length && i < MAX_PRES; i++) if (quotesByLines(pres[i])) return true;
  // Paragraphs, not the body's whole text: that would drag in every script and style on the page (a 200 KB
  // page's JSON alone cost 10 ms here). Gathered first and searched once: one scan per quotation mark over
  // the lot costs less than a search per paragraph. Joined by line breaks, a paragraph ending in a colon
  // introduces a quotation opening the next one ("Reuters reported:" then "“…”"), as it does on the page.
  const paragraphs = body.getElementsByTagName('p');
  const texts: string[] = [];
  let read = 0;
  for (let i = 0; i < paragraphs.length && read < MAX_PARAGRAPH_CHARS; i++) {
    const text = paragraphs[i].textContent ?? '';
    read += text.length;
    texts.push(text);
  }
  if (hasIntroducedQuote(texts.join('\n'))) return true;
  // Pairs of neighbours the analyser reads as a passage (utils/analysis/quoted-runs.ts): a paragraph that
  // hands over ("Reuters reported:", "…, below.", "The ABC has the regulator's side.") to one in italics or
  // opening with a quotation mark; a sentence in which someone reports,
  // ended by a full stop ("Ouest-France rapporte que…."), before one opening with a quotation mark; a quote
  // post's paragraph in quotation marks or italics over a dash line crediting it ("— <a>Headline</a>").
  // Each test reads the paragraph's last characters or one neighbour's first: linear in the paragraphs read.
  // The cheap tests on the neighbours come first: the regular expressions over a paragraph's end run only
  // where a neighbour could make them count, so a page of plain paragraphs never compiles nor runs them (they
  // were most of such a page's cost, cold: 3 to 45 ms on the bench VM for a 20 KB page).
  const classed = new Map<string, number>();
  for (let i = 0; i < paragraphs.length && i < 2_000; i++) {
    const text = texts[i];
    if (text === undefined) continue;
    // A paragraph quoted as plain text quotes, "> …": the analyser takes it by its mark alone
    // (utils/analysis/quoted-runs.ts, twenty characters or more, not ">>").
    if (quotedWithAngle(text)) return true;
    const next = paragraphs[i].nextElementSibling;
    const first = next === null ? '' : firstChar(next);
    const opensNext =
      next !== null &&
      (OPEN_CLOSE[first] !== undefined ||
        startsItalic(next) ||
        // A speaker's dash ("– Vi har inte råd …"), which the analyser takes after a sentence handing over.
        ((first === '–' || first === '—') &&
          SPEECH_DASH.test((next.textContent ?? '').trimStart().slice(0, 4))));
    // The page's own quotation class (utils/analysis/page-quote-class.ts): two boxes of one class with a few
    // sentences, each right after a paragraph handing over to it or citing it, or over a line crediting it. The box's words are counted first, so that a
    // short classed line after a paragraph (a card's date, a share bar) never builds the hand-over expressions.
    const boxed = classedAfter(paragraphs[i]);
    const box = boxed !== null && holdsText(boxed, MIN_CLASSED_BOX_CHARS) ? boxed : null;
    const end = opensNext || box !== null ? text.slice(-80) : '';
    const handsOver = end !== '' && (INTRODUCES.test(end) || HANDS_OVER.test(end));
    // Or a short line citing the box above it ("The Oregonian — March 3"), or a dash line crediting it under it:
    // the analyser asks that the line name an outlet.
    const line = box !== null && !handsOver && text.length <= 120 ? text.trim() : '';
    const sourced =
      box !== null &&
      !handsOver &&
      ((line !== '' && (labelLine().test(line) || NAME_DASH_LABEL.test(line))) ||
        (box.nextElementSibling !== null && isDashLine(box.nextElementSibling)));
    // A lone box of the page's making (isLoneBox, the analyser's own test): the analyser takes it as a notice or
    // a document when the sentence before hands it over or its opening shows one (utils/analysis/passages.ts).
    // A colon before it or an opening in capitals or in brackets lets it through.
    if (box !== null && isLoneBox(box) && (text.trimEnd().endsWith(':') || opensAsNotice(box))) return true;
    if ((handsOver || sourced) && box) {
      const key = box.getAttribute('class') ?? '';
      const seen = (classed.get(key) ?? 0) + 1;
      if (seen >= 2) return true;
      classed.set(key, seen);
    }
    if (!next) continue;
    if (handsOver && opensNext) return true;
    // A short line citing a piece ("The Guardian: <headline>", a round-up item's linked headline) over a
    // paragraph in italics or quotation marks: the analyser asks that the line cite an outlet
    // (utils/analysis/quoted-runs.ts).
    if (opensNext && text.length <= 200 && CITES_PIECE.test(text)) return true;
    // Lines a sentence hands over to with a colon, as the analyser reads a newsroom's figures
    // (utils/analysis/quoted-runs.ts asks that the sentence name an outlet reporting).
    if (next.tagName === 'P' && text.trimEnd().endsWith(':') && next.getElementsByTagName('br').length >= 2)
      return true;
    if ((OPEN_CLOSE[first] || startsItalic(next)) && reportsThenStop(text.slice(-200))) return true;
    // A sentence breaking off on "that" ("Politiken skriver i dag, at") and a paragraph in lower case finishing
    // it: the analyser's run-on (utils/analysis/quoted-runs.ts asks that an outlet report in the sentence).
    // (A cheap test first, so that a page of capitalised neighbours never builds \p{Ll}'s tables.)
    if (mayBeLowerCase(first) && LOWER_CASE.test(first) && BREAKS_OFF.test(text.slice(-40))) return true;
    if ((OPEN_CLOSE[text.trimStart().charAt(0)] || startsItalic(paragraphs[i])) && isDashLine(next))
      return true;
  }
  if (introducedBox(body) || namedTabs(body) || captionedFigureText(body)) return true;
  if (riverAhead(doc, body)) return true;
  const lines = brText(body);
  // Neither test can match no text (a page without <br>): the expressions are not even compiled then.
  return lines !== '' && (hasIntroducedQuote(lines) || WRAPPED_AND_CREDITED.test(lines));
}

/** Whether a paragraph opens with ">" (not ">>") and runs to twenty characters. */
function quotedWithAngle(text: string): boolean {
  const t = text.trimStart();
  return t.charAt(0) === '>' && t.charAt(1) !== '>' && t.trim().length >= 20;
}

/** Lines after one that hands over with a colon, ended by a dash credit ("-- The Oregonian") or a source label
 * in parentheses ("(Sumber: Harian Borneo)"): the analyser's hard-wrapped passage or italic run
 * (utils/analysis/quoted-runs.ts). Bounded: at most 60 lines (blank ones count) of up to 250 characters. */
const WRAPPED_AND_CREDITED = unicodePattern(
  String.raw`:[ \t]*\n(?:[^\n]{0,250}\n){1,60}[ \t]*(?:(?:--?|—|–)[ \t]*\p{Lu}[^\n]{1,60}|\([ \t]*\p{Lu}[^\n()]{1,60}\))(?:\n|$)`,
);

/** A sentence ending in a full stop in which someone reports or asks: "X rapporte ce matin que ….", "X asked a
 * driver what he made of it.", "X caught one of them." (English, French, German, Spanish), or a word opening as
 * the words after a name of the other languages do (data/lead-in-cues.json: the words themselves stay with the
 * analyser). The analyser also asks that an outlet be the one reporting; a false yes costs one analysis. Built on
 * first use: most pages never ask. */
const REPORTS_THEN_STOP = lazyPattern(
  () =>
    new RegExp(
      `(?:\\b(?:reports?|reported|writes|wrote|asked|spoke|talked|caught|interviewed|rapporte|écrit|révèle|berichtet|berichtete|schreibt|schrieb|meldet|informa|publica|escribe|revela)\\b|(?<![\\p{L}\\p{M}])${cues(spaced)}|${cues(unspaced)})[^.!?。]{0,160}[.!。]\\s*$`,
      'iu',
    ),
);
function reportsThenStop(text: string): boolean {
  return REPORTS_THEN_STOP.test(text);
}

/** Cues (separated by spaces) as a group of alternatives, an apostrophe matching the others pages write. */
function cues(words: string): string {
  return `(?:${words.replace(/ /g, '|').replace(/['’ʼ‘]/g, "['’ʼ‘]")})`;
}

/** The text of a box's first line of words when more follows it: "News24 · 3 December" over the clipping, also
 * inside a callout's content wrapper after its icon. Looks at the box's first few elements only. */
function labelLineOf(box: Element): string {
  const all = box.getElementsByTagName('*');
  for (let i = 0; i < all.length && i < 8; i++) {
    const el = all[i];
    // A line is an element holding no block of its own (its words may be in <strong> or <a>).
    if (el.querySelector('div, p, section, ul, ol, table, blockquote')) continue;
    const text = el.textContent ?? '';
    if (!ANY_LETTER.test(text)) continue;
    return el.nextElementSibling ? text : '';
  }
  return '';
}

/** A credit's label of any language, a word or two before its colon ("Izvor:", "Allikas:", "المصدر:", "来源：",
 * "ምንጭ፦"; data/lead-in-words.json's sourceLabels, which the analyser reads): its shape, not its words. A word may
 * hold the joiners some scripts write inside a letter cluster (Sinhala "මූලාශ්‍රය"). */
const LABEL = '[\\p{L}\\p{M}\\u200c\\u200d]{2,20}(?:\\s[\\p{L}\\p{M}\\u200c\\u200d]{2,20})?\\s*[:：፦]';

/** How a credit line opens: a bracket of either width, a dash, a label (utils/analysis/block-evidence.ts). Built
 * on first use, as CITED_AT_END below: only a page with a box set apart asks. */
const CREDIT_OPENS = lazyPattern(
  () => new RegExp(`^(?:[(（]|\\[|[—–-]|source|quelle|fuente|fonte|via|${LABEL})`, 'iu'),
);

/** A newsletter's clipping credit: a name, a middle dot or a bar, a date ("Harbour Ledger · 3 Dec"). */
const DOTTED_DATED_CREDIT = unicodePattern(String.raw`^\p{Lu}[^·•|]{1,58}\s[·•|]\s[^·•|]*\d`);

/** A short line right under a box that reads as a credit: "(Le Figaro)", "— Reuters", "Source: AP"; under a
 * table cell, or a box that is its cell's only element (MJML's styled `<div>` in each row), the row below it
 * ("Reuters · 2 Dec", "— via Reuters"). */
function creditLineUnder(box: Element): boolean {
  const parent = box.parentElement;
  const cell =
    box.tagName === 'TD' ? box : parent?.tagName === 'TD' && parent.children.length === 1 ? parent : null;
  const under = box.nextElementSibling ?? cell?.parentElement?.nextElementSibling;
  const text = (under?.textContent ?? '').trim();
  return text.length > 1 && text.length <= 90 && (CREDIT_OPENS.test(text) || DOTTED_DATED_CREDIT.test(text));
}

/** A quotation box's own last line, short and capitalised, under its words: a quote card's source footer
 * ("Deutsche Welle"). The analyser asks that it name an outlet. */
function creditLineInside(box: Element): boolean {
  const last = box.lastElementChild;
  if (!last || box.children.length < 2) return false;
  const text = (last.textContent ?? '').trim();
  return text.length > 1 && text.length <= 60 && CAPITALISED_CREDIT.test(text);
}

/** A short line opening with a dash, the way a quote post credits its quotation. */
function isDashLine(el: Element): boolean {
  const text = el.textContent ?? '';
  return text.length <= 120 && /^\s*(?:[—–]|--?\s)/.test(text);
}

/** The first character of an element's text after white space, read from its text nodes in order until one
 * has it (its textContent's, without joining the whole text: a neighbour may be the rest of the page). */
function firstChar(el: Element): string {
  let node: Node | null = el.firstChild;
  while (node) {
    if (node.nodeType === TEXT_NODE || node.nodeType === CDATA_NODE) {
      const text = (node as CharacterData).data.trimStart();
      if (text !== '') return text.charAt(0);
    } else if (node.nodeType === ELEMENT_NODE && node.firstChild) {
      node = node.firstChild;
      continue;
    }
    while (node && !node.nextSibling) {
      node = node.parentNode;
      if (node === el) return '';
    }
    node = node?.nextSibling ?? null;
  }
  return '';
}

/** A classed box after a paragraph counts as the page's own quotation class only with a few sentences' words. */
export const MIN_CLASSED_BOX_CHARS = 60;

/** Whether an element's text (its textContent) runs to `min` characters, read from its text nodes in order only
 * until it does: a box may be the rest of the page. */
export function holdsText(el: Element, min: number): boolean {
  let length = 0;
  let node: Node | null = el.firstChild;
  while (node) {
    if (node.nodeType === TEXT_NODE || node.nodeType === CDATA_NODE) {
      length += (node as CharacterData).data.length;
      if (length >= min) return true;
    } else if (node.nodeType === ELEMENT_NODE && node.firstChild) {
      node = node.firstChild;
      continue;
    }
    while (node && !node.nextSibling) {
      node = node.parentNode;
      if (node === el) return false;
    }
    node = node?.nextSibling ?? null;
  }
  return false;
}

/** A character that may be a lower-case letter of any script (\p{Ll}): an ASCII one, or any character past ASCII
 * but the capitals that have a lower case. Asked before \p{Ll}, whose first use loads Unicode's tables. */
export function mayBeLowerCase(c: string): boolean {
  return (c >= 'a' && c <= 'z') || (c > '\x7f' && c.toLowerCase() === c);
}

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;
const CDATA_NODE = 4;

/** A paragraph in italics: its first element <em>/<i>, or an italic inline style. */
function startsItalic(el: Element): boolean {
  const first = el.firstElementChild;
  if (first !== null && (first.tagName === 'EM' || first.tagName === 'I')) return true;
  const style = el.getAttribute('style');
  return style !== null && /italic/i.test(style);
}

/** The text just before an element: its previous siblings' (text nodes and <br>-lines included), else, up to
 * four levels up, an ancestor's (a <dd> in a <dl>; a cell alone in its row, its table, its wrapper). About 80
 * characters. */
function textBefore(el: Element): string {
  let text = '';
  for (let at: Element | null = el, up = 0; at && up < 5 && !text.trim(); at = at.parentElement, up++) {
    let node: Node | null = at.previousSibling;
    for (let steps = 0; node && text.trim().length < 80 && steps < 8; steps++, node = node.previousSibling)
      text = (node.textContent ?? '') + text;
  }
  return text;
}

/** A paragraph ending on its citation, "… in English coverage. Via Nikkei Asia": it introduces the box after it
 * as a colon would (utils/analysis/passages.ts). */
const CITED_AT_END = lazyPattern(
  () =>
    new RegExp(
      `\\b(?:via|source:?|sources:?|h\\/t)\\s+[^.!?:]{2,60}$|(?<![\\p{L}\\p{M}])${LABEL}\\s*[^.!?:：]{2,60}$`,
      'iu',
    ),
);

/** A sentence opening with where what follows comes from, "Over at the Sun, a different angle." (the analyser
 * also asks that the capitalised words be an outlet: utils/analysis/quoted-runs.ts). */
const SOURCE_OPENS = unicodePattern(
  String.raw`(?:^|[.!?]\s+)(?:(?:[Aa]nd|[Mm]eanwhile|[Nn]ow|[Tt]hen)[\s,]+)?(?:[Oo]ver at|[Ff]rom|[Vv]ia|[Cc]ourtesy of|[Mm]ore from|[Hh]ere[’']?s|[Hh]ere is)\s+(?:the\s+)?\p{Lu}[^.!?]{0,100}[.!]?\s*$`,
);

/** A line citing a piece: a capitalised name, a colon, then a headline ("The Guardian: Night sleeper to run …"). */
const CITES_PIECE = unicodePattern(String.raw`^\s*\p{Lu}[^:：.!?]{1,40}[:：]\s+\S`);

/** A label naming a source before a dash ("Euractiv, Tuesday — the Commission's letter"): the analyser asks that
 * the name be an outlet's (utils/analysis/block-evidence.ts). */
const NAME_DASH_LABEL = unicodePattern(String.raw`^\p{Lu}[^—–:]{1,60}\s[—–]\s\S`);

/** A <figure> showing words beside its caption (utils/analysis/set-apart.ts, `isCaptionedFigureText`): the
 * analyser takes them as a passage whatever introduces them. Bounded by the captions looked at. */
function captionedFigureText(body: Element): boolean {
  const captions = body.getElementsByTagName('figcaption');
  for (let i = 0; i < captions.length && i < MAX_BOXES; i++) {
    const figure = captions[i].parentElement;
    if (figure === null) continue;
    for (const child of figure.children) if (isCaptionedFigureText(child)) return true;
  }
  return false;
}

/** A box set apart like a quotation (utils/analysis/set-apart.ts) that something introduces: the text just
 * before it hands over, ends on a citation or opens with a source, or a quotation mark opens it. */
function introducedBox(body: Element): boolean {
  const boxes = body.querySelectorAll(BOX_CANDIDATES);
  for (let i = 0, looked = 0; i < boxes.length && looked < MAX_BOXES; i++) {
    const box = boxes[i];
    if (!isQuoteBox(box)) continue;
    looked++;
    // A line right under the box that credits it, or a label line opening it ("News24 · 3 December"): the
    // analyser asks that either name an outlet. A box only shaded, framed or a callout counts for nothing else.
    if (creditLineUnder(box) || creditLineInside(box)) return true;
    const label = labelLineOf(box);
    if (
      label.length <= 120 &&
      (labelLine().test(label.trim()) || NAME_DASH_LABEL.test(label.trim()) || FOLD_LABEL.test(label.trim()))
    )
      return true;
    // A fold whose summary is a short line naming someone by a capitalised word after its first ("What El País
    // wrote"): the analyser reads the summary as the fold's source.
    if (box.tagName === 'DETAILS') {
      const summary = (box.querySelector(':scope > summary')?.textContent ?? '').trim();
      if (summary.length <= 90 && /\s[A-Z\u00C0-\u024F][a-z\u00DF-\u024F]/.test(summary)) return true;
    }
    // A label line right above the box ("EXTRACT · RAILWAY GAZETTE · 3 DEC").
    const above = lastLineBefore(box);
    if (above.length <= 120 && labelLine().test(above)) return true;
    // A label line over a headline over the box ("THE GROCER · TUESDAY", the headline, the clipping).
    const twoUp = (lineElement(lastElementBefore(box))?.previousElementSibling?.textContent ?? '').trim();
    if (above.length <= 120 && !/[.:!?]\s*$/.test(above) && twoUp.length <= 80 && labelLine().test(twoUp))
      return true;
    const before = textBefore(box);
    const end = before.slice(-80);
    // A box only framed or shaded after words ending in a colon: the analyser asks that they name a text
    // ("the following motion … was agreed:").
    if (!looksQuoteStyled(box)) {
      if (/[:：]\s*$/.test(end)) return true;
      continue;
    }
    // A testimonial is a passage by its class alone.
    if (isTestimonial(box)) return true;
    const opening = (box.textContent ?? '').trimStart().charAt(0);
    // A row of press coverage: the cell before names the source (the analyser asks that it be an outlet).
    if (isCreditedCell(box)) return true;
    // A quote template's cell between its quotation marks.
    if (isMarkedCell(box)) return true;
    // A link round-up's excerpt under its linked headline (the analyser asks that the link leave the site),
    // or a definition list's passage under a term naming its source ("NTV News", "The Telegram, Dec. 1").
    const term = box.previousElementSibling?.tagName === 'DT' ? box.previousElementSibling : null;
    if (term && (term.querySelector('a[href]') || NAME_TERM.test((term.textContent ?? '').trim())))
      return true;
    if (
      OPEN_CLOSE[opening] ||
      INTRODUCES.test(end) ||
      HOLDS_STORY.test(end) ||
      SAYS_WHAT.test(end) ||
      CITED_AT_END.test(end) ||
      SOURCE_OPENS.test(before.trim())
    )
      return true;
  }
  return false;
}

/** The words of the last element with words before `el` (its own previous sibling's, or an ancestor's), down to
 * that element's last line: a label row above an e-mail's quote cell. */
function lastLineBefore(el: Element): string {
  return (lastElementBefore(el)?.textContent ?? '').trim();
}

/** The element holding a line as a whole: up from `el` while its parent holds no other words ("<p><strong>…"). */
function lineElement(el: Element | null): Element | null {
  let at = el;
  for (let up = 0; at?.parentElement && !at.previousElementSibling && up < 3; up++) {
    if ((at.parentElement.textContent ?? '').trim() !== (at.textContent ?? '').trim()) break;
    at = at.parentElement;
  }
  return at;
}

/** The element of that last line. */
function lastElementBefore(el: Element): Element | null {
  let prev: Element | null = null;
  for (let at: Element | null = el, up = 0; at && up < 7 && !prev; at = at.parentElement, up++)
    prev = at.previousElementSibling;
  for (let down = 0; prev?.lastElementChild && down < 6; down++) prev = prev.lastElementChild;
  return prev;
}

/** Content tabs whose labels read as names ("Financial Times" | "Bloomberg"): the analyser asks that a label name
 * a source (utils/analysis/tabs.ts). */
function namedTabs(body: Element): boolean {
  const panels = tabPanels(body);
  for (let i = 0; i < panels.length && i < 20; i++) {
    const label = (tabLabelOf(panels[i])?.textContent ?? '').trim();
    if (label.length <= 60 && CAPITALISED.test(label)) return true;
  }
  return false;
}

/** Text of the elements that separate their lines with <br> (old blogs, some syndication pages), where a
 * lead-in line and the quotation after it are not paragraphs: bounded like the paragraphs' text. */
function brText(body: Element): string {
  const breaks = body.getElementsByTagName('br');
  const seen = new Set<Element>();
  const texts: string[] = [];
  let read = 0;
  for (let i = 0; i < breaks.length && read < MAX_PARAGRAPH_CHARS && seen.size < 200; i++) {
    const parent = breaks[i].parentElement;
    if (!parent || seen.has(parent) || parent.tagName === 'P') continue;
    seen.add(parent);
    // Line by line, as the reader sees them: a line ending in a colon introduces the next.
    let line = '';
    for (let node = parent.firstChild; node && line.length < MAX_PARAGRAPH_CHARS; node = node.nextSibling)
      line += node.nodeType === 1 && (node as Element).tagName === 'BR' ? '\n' : (node.textContent ?? '');
    read += line.length;
    texts.push(line);
  }
  return texts.join('\n');
}

/** A news river's items (utils/analysis/river-shape.ts): cited headlines off the site over excerpts, or, on a
 * page without a <cite>, a link log's headlines over quoted descriptions; a few items at most. */
function riverAhead(doc: Document, body: Element): boolean {
  const cites = body.getElementsByTagName('cite');
  const host = hostOf(doc.URL);
  const offSite = (href: string) => {
    const other = hostOf(href);
    return other !== null && other !== host;
  };
  let items = 0;
  for (let i = 0; i < cites.length && i < MAX_CITES; i++)
    if (riverItemAt(cites[i], offSite) && ++items >= MIN_RIVER_ITEMS) return true;
  if (cites.length > 0) return false;
  const links = body.getElementsByTagName('a');
  for (let i = 0; i < links.length && i < MAX_BOOKMARK_LINKS; i++)
    if (bookmarkItemAt(links[i], offSite) && ++items >= MIN_RIVER_ITEMS) return true;
  items = 0;
  for (let i = 0; i < links.length && i < MAX_BOOKMARK_LINKS; i++)
    if (feedItemAt(links[i], offSite) && ++items >= MIN_RIVER_ITEMS) return true;
  return false;
}

/** The element right after a paragraph (after its cell's row, or its wrapper), when it has a class: with a few
 * sentences (the caller counts them), a candidate for a box of the page's own quotation class. */
function classedAfter(paragraph: Element): Element | null {
  let at: Element | null = paragraph;
  for (let level = 0; at && level <= 3; level++) {
    let next = at.nextElementSibling;
    if (next) {
      if (next.tagName.toUpperCase() === 'TR') next = next.firstElementChild;
      return next?.hasAttribute('class') ? next : null;
    }
    at = at.parentElement;
  }
  return null;
}

/** A notice's opening: a title in capitals ("TIEDOTE MATKUSTAJILLE.", "AVIS AUX USAGERS.") or a label in
 * brackets ("[안내]", "【通知】"), as the analyser's notice openings read (data/notice-openings.json). */
const NOTICE_OPENING = unicodePattern(
  String.raw`^\s*(?:[\[【［(（][^\]】］)）]{1,12}[\]】］)）]|[^\p{Ll}.!?:]{4,60}[.:])`,
);

function opensAsNotice(box: Element): boolean {
  return NOTICE_OPENING.test((box.textContent ?? '').slice(0, 80));
}
