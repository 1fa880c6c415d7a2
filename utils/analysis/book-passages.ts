// A post that quotes a book: its other passages that nothing attributes are the book's too.
import { BOOK_WORDS } from './source-words';
import type { QuoteReport } from './types';

/** What the evidence says of a passage given to the book its post quotes. */
export const BOOK_OF_THE_POST = 'a passage of the book its post quotes';

/** A passage given to a person because its lead-in names a book ("the letter that opens chapter 4:"). */
function quotesBook(q: QuoteReport): boolean {
  const decisive = q.evidence[0];
  return q.kind === 'person' && decisive?.type === 'person' && decisive.value.match(BOOK_WORDS) !== null;
}

/**
 * In a post that quotes a book and no outlet (a review, a reading note), a passage nothing attributes ("The
 * passage I keep going back to:", "Here is the clerk on her first morning:") is the book's words, a person's,
 * as the post's other passages are. Passages naming a source, and posts quoting an outlet, are left as they are.
 * Changes `quotes` in place.
 */
export function giveUnattributedToBook(quotes: QuoteReport[]): void {
  const posts = new Set(quotes.filter(quotesBook).map((q) => q.post));
  for (const q of quotes) if (q.kind === 'outlet') posts.delete(q.post);
  if (posts.size === 0) return;
  for (const q of quotes) {
    if (!posts.has(q.post) || q.kind !== 'unknown' || q.evidence.some((e) => e.source !== null)) continue;
    q.kind = 'person';
    q.evidence.unshift({ type: 'person', value: BOOK_OF_THE_POST, source: null });
  }
}
