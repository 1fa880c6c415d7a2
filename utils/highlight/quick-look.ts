// The first stage of the cheap look, the only one run on every page: does the page hold anything that one of the
// pre-check's tests (precheck.ts: mayHoldQuotes) needs? A quotation element or a social embed is a sure yes; an
// opening quotation mark in the paragraphs, a neighbour opening with one, in italics or with a dash, a box
// candidate, a tab panel, cited headlines or links off the site, and so on, are a maybe, which the pre-check
// itself then decides (loaded only on such pages: inject/load-precheck.ts); a page with none of them is a no,
// without a word list or a regular expression over Unicode's properties. Every test here is a necessary condition
// of one of mayHoldQuotes's, read the same way from the same bounded parts of the page (a unit test holds the two
// together over every fixture), so a no is never a page the pre-check would let through.

import { DOUBLE_OPENERS, OPEN_CLOSE } from '../analysis/quote-marks';
import { hostOf, MAX_BOOKMARK_LINKS, MIN_RIVER_ITEMS, offSiteHeadline } from '../analysis/river-shape';
import { TAB_PANELS } from '../analysis/tabs';

/** A sure yes, a maybe (the pre-check decides) or a no. */
export type QuickVerdict = 'yes' | 'maybe' | 'no';

/** Quotation elements and the social embeds utils/analysis/social.ts recognises. */
export const QUOTE_SELECTOR =
  'blockquote, q, .twitter-tweet, .twitter-video, .x-post, .bluesky-embed, .mastodon-embed, .instagram-media, .tiktok-embed, .text-post-media, .fb-post, .reddit-card';

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

/** Paragraph text looked at for an inline quotation: an aggregated post quotes early, and a long page's
 * first paragraphs hold its article (this bounds the look at a 200 KB page to what a 50 KB one costs). */
export const MAX_PARAGRAPH_CHARS = 50_000;
/** Paragraphs whose neighbours are looked at. */
export const MAX_PAIRS = 2_000;

/** Whether the page has a quotation element or a social embed: the common case first, without parsing a selector. */
export function holdsQuoteElement(body: Element): boolean {
  return body.getElementsByTagName('blockquote').length > 0 || body.querySelector(QUOTE_SELECTOR) !== null;
}

/** The paragraphs' texts, in order, until MAX_PARAGRAPH_CHARS have been read. */
export function paragraphTexts(paragraphs: HTMLCollectionOf<Element>): string[] {
  const texts: string[] = [];
  let read = 0;
  for (let i = 0; i < paragraphs.length && read < MAX_PARAGRAPH_CHARS; i++) {
    const text = paragraphs[i].textContent ?? '';
    read += text.length;
    texts.push(text);
  }
  return texts;
}

/** Whether a paragraph opens with ">" (not ">>") and runs to twenty characters. */
export function quotedWithAngle(text: string): boolean {
  const t = text.trimStart();
  return t.charAt(0) === '>' && t.charAt(1) !== '>' && t.trim().length >= 20;
}

/** A sentence ending in a colon over a paragraph of two <br> lines or more (a newsroom's figures). */
export function colonOverLines(text: string, next: Element): boolean {
  return next.tagName === 'P' && text.trimEnd().endsWith(':') && next.getElementsByTagName('br').length >= 2;
}

/** A paragraph in italics: its first element <em>/<i>, or an italic inline style. */
export function startsItalic(el: Element): boolean {
  const first = el.firstElementChild;
  if (first !== null && (first.tagName === 'EM' || first.tagName === 'I')) return true;
  const style = el.getAttribute('style');
  return style !== null && /italic/i.test(style);
}

/** The first character of an element's text after white space, read from its text nodes in order until one
 * has it (its textContent's, without joining the whole text: a neighbour may be the rest of the page). */
export function firstChar(el: Element): string {
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

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;
const CDATA_NODE = 4;

/** The element right after a paragraph (after its cell's row, or its wrapper), when it has a class: with a few
 * sentences (the caller counts them), a candidate for a box of the page's own quotation class. */
export function classedAfter(paragraph: Element): Element | null {
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

/** Text of the elements that separate their lines with <br> (old blogs, some syndication pages), where a
 * lead-in line and the quotation after it are not paragraphs: bounded like the paragraphs' text. */
export function brText(body: Element): string {
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

/** Whether `text` holds an opening quotation mark of an inline quotation (DOUBLE_OPENERS). */
function holdsOpener(text: string): boolean {
  for (const mark of DOUBLE_OPENERS) if (text.includes(mark)) return true;
  return false;
}

/** A character that may be a lower-case letter of any script (\p{Ll}, which the pre-check asks): an ASCII one, or
 * any character past ASCII but the capitals that have a lower case. */
export function mayBeLowerCase(c: string): boolean {
  return (c >= 'a' && c <= 'z') || (c > '\x7f' && c.toLowerCase() === c);
}

/** Whether a text may end on a word (letters or marks of any script, then white space): ASCII letters, or any
 * character past ASCII. */
function mayEndOnWord(text: string): boolean {
  const c = text.trimEnd().slice(-1);
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c > '\x7f';
}

export function quickLook(doc: Document): QuickVerdict {
  const body = doc.body;
  if (!body) return 'no';
  if (holdsQuoteElement(body)) return 'yes';
  const paragraphs = body.getElementsByTagName('p');
  const texts = paragraphTexts(paragraphs);
  // An inline quotation's opening mark (hasIntroducedQuote).
  if (holdsOpener(texts.join('\n'))) return 'maybe';
  // The pairs of neighbours mayHoldQuotes reads, by what each of its tests needs of them.
  const classed = new Map<string, number>();
  for (let i = 0; i < paragraphs.length && i < MAX_PAIRS; i++) {
    const text = texts[i];
    if (text === undefined) continue;
    if (quotedWithAngle(text)) return 'yes';
    const next = paragraphs[i].nextElementSibling;
    // Two boxes of one class after paragraphs, each with a few sentences (the page's own quotation class).
    const boxed = classedAfter(paragraphs[i]);
    if (boxed !== null && holdsText(boxed, MIN_CLASSED_BOX_CHARS)) {
      const key = boxed.getAttribute('class') ?? '';
      const seen = (classed.get(key) ?? 0) + 1;
      if (seen >= 2) return 'maybe';
      classed.set(key, seen);
    }
    if (!next) continue;
    if (colonOverLines(text, next)) return 'yes';
    const first = firstChar(next);
    // A neighbour opening with a quotation mark, in italics, or with a dash (a speaker's, a credit's).
    if (
      OPEN_CLOSE[first] !== undefined ||
      startsItalic(next) ||
      first === '–' ||
      first === '—' ||
      first === '-'
    )
      return 'maybe';
    // A sentence breaking off on "that" and a paragraph in lower case finishing it.
    if (mayBeLowerCase(first) && mayEndOnWord(text)) return 'maybe';
  }
  // A box set apart, content tabs, a news river's cited headlines.
  if (body.querySelector(`${BOX_CANDIDATES}, ${TAB_PANELS}`) !== null) return 'maybe';
  const cites = body.getElementsByTagName('cite');
  if (cites.length >= MIN_RIVER_ITEMS) return 'maybe';
  // A link log's or a feed's items: links off the site with a headline's words (only where no <cite> is).
  if (cites.length === 0) {
    const links = body.getElementsByTagName('a');
    const host = hostOf(doc.URL);
    const offSite = (href: string) => {
      const other = hostOf(href);
      return other !== null && other !== host;
    };
    let headlines = 0;
    for (let i = 0; i < links.length && i < MAX_BOOKMARK_LINKS; i++)
      if (offSiteHeadline(links[i], offSite) && ++headlines >= MIN_RIVER_ITEMS) return 'maybe';
  }
  // <br> lines: an opening quotation mark, or a line ending in a colon over more.
  const lines = brText(body);
  return lines !== '' && (holdsOpener(lines) || /:[ \t]*\n/.test(lines)) ? 'maybe' : 'no';
}
