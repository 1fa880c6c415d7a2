// A forum quote's title line, saying whose words follow ("Quote from: Reuters on December 3, 2026"), kept apart
// from block-evidence.ts so that the text walk (article-text.ts) can leave such a title out of the quote's words
// without loading the evidence readers.

import { squash, tagOf } from './dom';

/** The words only forum software opens a quote's title with: "Quote from", "Originally Posted by" (vBulletin), and
 * the same in vBulletin's Arabic ("المشاركة الأصلية كتبت بواسطة", "اقتباس من"). */
export const FORUM_TITLE_WORDS =
  '(?:quote from:?|originally posted by|المشاركة الأصلية كتبت بواسطة|اقتباس من)';

/** A forum quote box's title line, saying whose words follow: "Reuters said:", "Reuters wrote:", "Quote from
 * Reuters" (WoltLab), "Quote from: Reuters on December 3, 2026" (SMF), "Originally Posted by Reuters"
 * (vBulletin); never a bare name. The name is the first group, or the second. */
export const FORUM_QUOTE_TITLE = new RegExp(
  `^(?:${FORUM_TITLE_WORDS}\\s+(.{2,60}?)|(.{2,60}?)\\s+(?:said|wrote|posted))(?:\\s+on\\s+.{3,60}?)?\\s*[:：]?$`,
  'iu',
);

/** Whether a box's words are only a forum quote's title line ("Quote from: Reuters on December 3, 2026"): the
 * title of the quote under it, not a passage of its own. */
export const isForumQuoteTitle = (words: string): boolean =>
  words.length <= 120 && FORUM_QUOTE_TITLE.test(words);

/** A forum quote box's bare label, naming no one: "Quote:", and vBulletin's Arabic "اقتباس:". */
const BARE_QUOTE_LABEL = /^(?:quote|اقتباس)\s*[:：]?$/iu;

/** Whether an element is the <cite> a forum's blockquote opens with as its title (SMF's bare "Quote", or "Quote
 * from: shoalofone on December 02, 2026, 07:41:09 PM"): a label over the quoted words, not a part of them. The
 * element itself stays in the page for the readers of a block's evidence. */
export function isForumQuoteCite(el: Element): boolean {
  // vBulletin's title line inside its quote box ("bbcode_postedby": "Originally Posted by carpdad"), and its bare
  // label above the box ("bbcode_description": "Quote:", "اقتباس:").
  if ([...el.classList].some((c) => /postedby$/i.test(c)))
    return isForumQuoteTitle(squash(el.textContent ?? ''));
  const next = el.nextElementSibling;
  if (next && [...next.classList].some((c) => /quote$/i.test(c)) && el.children.length === 0)
    return BARE_QUOTE_LABEL.test(squash(el.textContent ?? ''));
  const parent = el.parentElement;
  if (tagOf(el) !== 'CITE' || !parent || tagOf(parent) !== 'BLOCKQUOTE' || parent.firstElementChild !== el)
    return false;
  if (el.previousSibling && squash(el.previousSibling.textContent ?? '') !== '') return false;
  const words = squash(el.textContent ?? '');
  return /^quote\s*:?$/i.test(words) || isForumQuoteTitle(words);
}

/** The classes by which forum software wraps each post's own words in a blockquote: vBulletin 4's
 * `blockquote.postcontent`, XenForo 1's `blockquote.messageText`. */
const POST_BODY_CLASSES = new Set(['postcontent', 'messagetext']);

/** Whether a blockquote is a forum post's own body, the poster's words, not a passage: the quotes inside it are. */
export function isPostBodyQuote(el: Element): boolean {
  if (tagOf(el) !== 'BLOCKQUOTE') return false;
  for (const c of el.classList) if (POST_BODY_CLASSES.has(c.toLowerCase())) return true;
  return false;
}

/** Whether a quote box is titled with whose post it quotes: vBulletin's title line ("bbcode_postedby": "Originally
 * Posted by carpdad"), or a first element with nothing before it reading "carpdad wrote:" (a travel forum's bold
 * line over the quoted words). The forum marks the box as a quote, whatever stands before it. */
export function titledForumQuote(box: Element): boolean {
  const title = box.querySelector('[class$="postedby"]');
  if (title !== null && isForumQuoteCite(title)) return true;
  const first = box.firstElementChild;
  if (!first || first.children.length > 0) return false;
  if (box.firstChild !== first && squash(box.firstChild?.textContent ?? '') !== '') return false;
  return isForumQuoteTitle(squash(first.textContent ?? ''));
}
