// A reply's line in italics repeating a post above it, on a thread: the way a Q&A site's or a forum's posters
// answer one line of the question ("<i>We rent month to month.</i><br>Then you have less to lose …").
import type { ArticleWalk } from './article-text';
import type { Passage } from './passages';
import { isItalic, runOf, textOf } from './quoted-runs';

/** The fewest characters of a line read as repeating a post: a few words could be anyone's. */
const MIN_ECHO = 20;
/** Five words or more. */
const FIVE_WORDS = /(?:\S+\s+){4,}\S/u;

/**
 * Lines of a thread's replies wholly in italics, the first line of their element, whose words stand earlier in
 * the thread's text word for word: each is a passage quoting the poster above, however short (a short italic
 * line is no passage elsewhere). `taken` says which blocks are a passage already.
 */
export function echoedLines(walk: ArticleWalk, taken: (index: number) => boolean): Passage[] {
  const { blocks } = walk;
  const found: Passage[] = [];
  for (let i = 1; i < blocks.length; i++) {
    const block = blocks[i];
    if (block.container >= 0 || taken(i) || blocks[i - 1].element === block.element) continue;
    const line = textOf(walk, i).trim();
    if (line.length < MIN_ECHO || !FIVE_WORDS.test(line) || !isItalic(walk, i, true)) continue;
    if (walk.text.lastIndexOf(line, block.start - 1) < 0) continue;
    found.push(runOf(walk, [i], []));
  }
  return found;
}
