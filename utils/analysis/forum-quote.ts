// A forum quote's title line, saying whose words follow ("Quote from: Reuters on December 3, 2026"), kept apart
// from block-evidence.ts so that the text walk (article-text.ts) can leave such a title out of the quote's words
// without loading the evidence readers.

import { squash, tagOf } from './dom';

/** A forum quote box's title line, saying whose words follow: "Reuters said:", "Reuters wrote:", "Quote from
 * Reuters" (WoltLab), "Quote from: Reuters on December 3, 2026" (SMF), "Originally Posted by Reuters"
 * (vBulletin); never a bare name. The name is the first group, or the second. */
export const FORUM_QUOTE_TITLE =
  /^(?:(?:quote from:?|originally posted by)\s+(.{2,60}?)|(.{2,60}?)\s+(?:said|wrote|posted))(?:\s+on\s+.{3,60}?)?\s*[:：]?$/iu;

/** Whether a box's words are only a forum quote's title line ("Quote from: Reuters on December 3, 2026"): the
 * title of the quote under it, not a passage of its own. */
export const isForumQuoteTitle = (words: string): boolean =>
  words.length <= 120 && FORUM_QUOTE_TITLE.test(words);

/** Whether an element is the <cite> a forum's blockquote opens with as its title (SMF's bare "Quote", or "Quote
 * from: shoalofone on December 02, 2026, 07:41:09 PM"): a label over the quoted words, not a part of them. The
 * element itself stays in the page for the readers of a block's evidence. */
export function isForumQuoteCite(el: Element): boolean {
  const parent = el.parentElement;
  if (tagOf(el) !== 'CITE' || !parent || tagOf(parent) !== 'BLOCKQUOTE' || parent.firstElementChild !== el)
    return false;
  if (el.previousSibling && squash(el.previousSibling.textContent ?? '') !== '') return false;
  const words = squash(el.textContent ?? '');
  return /^quote\s*:?$/i.test(words) || isForumQuoteTitle(words);
}
