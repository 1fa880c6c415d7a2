// Text read only as far as an answer needs it. Rules that look for a short line ("All posts from …", a
// footer's "© 2025 …") would otherwise copy and collapse a whole element's or text node's text, which on a
// page holding a 10 M-character text costs tens of megabytes of garbage per look. Each helper gives the same
// answer as the whole-text expression it names.

import { squash } from './dom';

// JavaScript's \s: what squash() collapses.
const WIDE_SPACE = /\s/;
function isSpace(c: number): boolean {
  if (c <= 32) return c === 32 || (c >= 9 && c <= 13);
  return c >= 160 && WIDE_SPACE.test(String.fromCharCode(c));
}

/**
 * Whether `text`'s collapsed length (runs of white space counted once, leading and trailing ones not at all,
 * as squash() leaves it) is over `max`; `counted` carries the count across the pieces of one text.
 */
function overMax(text: string, max: number, counted: { chars: number; space: boolean }): boolean {
  for (let i = 0; i < text.length; i++) {
    if (isSpace(text.charCodeAt(i))) {
      if (counted.chars > 0) counted.space = true;
    } else {
      counted.chars += counted.space ? 2 : 1;
      counted.space = false;
      if (counted.chars > max) return true;
    }
  }
  return false;
}

/**
 * `squash(el.textContent ?? '')` when that is at most `max` characters long, else null: the element's text
 * nodes are read one at a time, and only until the answer is known.
 */
export function squashedTextWithin(el: Element, max: number): string | null {
  const counted = { chars: 0, space: false };
  const pieces: string[] = [];
  // SHOW_TEXT | SHOW_CDATA_SECTION: the nodes textContent joins, in its order.
  const walker = el.ownerDocument.createTreeWalker(el, 4 | 8);
  for (let text = walker.nextNode(); text; text = walker.nextNode()) {
    const data = (text as CharacterData).data;
    if (overMax(data, max, counted)) return null;
    pieces.push(data);
  }
  return squashPieces(pieces);
}

const squashPieces = (pieces: string[]): string => squash(pieces.join(''));

/**
 * The shortest end of `text` whose white-space-collapsed form (runs counted once) is longer than `chars`, or
 * the whole text if none is. Collapsing an end of a text gives an end of the whole text's collapsed form, so
 * `collapsed(text).slice(-n)` equals `collapsed(textEnd(text, c)).slice(-n)` for any n ≤ c, however the text
 * continues after.
 */
export function textEnd(text: string, chars: number): string {
  let count = 0;
  let inSpace = false;
  for (let i = text.length - 1; i >= 0; i--) {
    if (isSpace(text.charCodeAt(i))) {
      if (!inSpace) count++;
      inSpace = true;
    } else {
      count++;
      inSpace = false;
    }
    if (count > chars) return text.slice(i);
  }
  return text;
}
