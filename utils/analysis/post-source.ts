// A post's own credit of where its quoted material came from, at the post's end: "Source: nbcnews.com" under
// a reblogged excerpt, "Via Reuters" closing a short post. It names the source of the post's passages that no
// nearer clue names; a passage with its own lead-in, credit or dateline keeps that.
import type { OutletLookup } from '../outlets/types';
import type { ArticleWalk } from './article-text';
import { hrefs } from './block-evidence';
import { squash } from './dom';
import { nameSource, type SourceGuess } from './name-source';

/** "Source: X", "Sources: X", "Via X": the words that make a closing line a credit ("h/t X" is none: a hat tip
 * thanks whoever pointed the way, not the source). */
const CLOSING = /^(?:sources?|via)\s*:?\s+(.{2,80})$/i;
/** How far past the post's element the credit may sit: themes put it in the post's footer. */
const SIBLINGS = 3;

function read(text: string, el: Element, outlets: OutletLookup): SourceGuess | null {
  const line = squash(text);
  const m = line.length <= 100 ? CLOSING.exec(line) : null;
  if (!m) return null;
  const guess = nameSource(m[1], hrefs(el), 'credit-line', outlets);
  return guess?.kind === 'outlet' ? guess : null;
}

/**
 * The credit closing a post: one of its last two lines of its own words (not taken by a passage), or a short
 * element just after the post's element.
 */
export function closingSource(
  walk: ArticleWalk,
  post: number,
  postElement: Element,
  taken: ReadonlySet<number>,
  outlets: OutletLookup,
): SourceGuess | null {
  const own: number[] = [];
  for (let i = walk.blocks.length - 1; i >= 0 && own.length < 2; i--) {
    const block = walk.blocks[i];
    if ((block.post ?? 0) !== post) continue;
    if (block.container >= 0 || taken.has(i)) break;
    own.push(i);
  }
  for (const i of own) {
    const block = walk.blocks[i];
    const guess = read(walk.text.slice(block.start, block.end), block.element, outlets);
    if (guess) return guess;
  }
  let next = postElement.nextElementSibling;
  for (let n = 0; next && n < SIBLINGS; n++, next = next.nextElementSibling) {
    const text = next.textContent ?? '';
    if (text.length > 200) break;
    const guess = read(text, next, outlets);
    if (guess) return guess;
  }
  return null;
}
