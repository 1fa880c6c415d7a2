// A reply's line in italics repeating a post above it, on a thread: the way a Q&A site's or a forum's posters
// answer one line of the question ("<i>We rent month to month.</i><br>Then you have less to lose …"); or in
// quotation marks after the handles it addresses, as a federated thread's replies quote the post.
import type { ArticleWalk } from './article-text';
import type { Passage } from './passages';
import { isItalic, runOf, textOf } from './quoted-runs';

/** The fewest characters of a line read as repeating a post: a few words could be anyone's. */
const MIN_ECHO = 20;
/** Five words or more. */
const FIVE_WORDS = /(?:\S+\s+){4,}\S/u;

/** The handles a reply opens on, as a federated thread's replies address the poster ("@petehallam", "@kay@toot.wales"). */
const MENTIONS = /^(?:@[\w.-]+(?:@[\w.-]+)?\s+)+/u;
/** A line wholly in quotation marks after its mentions, and the words inside them. */
const WHOLLY_QUOTED = /^[“"«„]\s*([^“”"«»„]+?)\s*[”"»“][\s.!?]*$/u;

/** The words of a reply's line quoted whole after the handles it opens on ('@petehallam “We did it to get the bikes
 * off the road.”'), or null. */
function quotedWords(line: string): string | null {
  return WHOLLY_QUOTED.exec(line.replace(MENTIONS, ''))?.[1] ?? null;
}

/**
 * Lines of a thread's replies wholly in italics or, after the handles they open on, wholly in quotation marks, the first line of their element, whose words stand earlier in
 * the thread's text word for word: each is a passage quoting the poster above, however short (a short italic
 * line is no passage elsewhere). `taken` says which blocks are a passage already.
 */
export function echoedLines(walk: ArticleWalk, taken: (index: number) => boolean): Passage[] {
  const { blocks } = walk;
  const found: Passage[] = [];
  for (let i = 1; i < blocks.length; i++) {
    const block = blocks[i];
    if (block.container >= 0 || taken(i) || blocks[i - 1].element === block.element) continue;
    const whole = textOf(walk, i).trim();
    const quoted = quotedWords(whole);
    const line = quoted ?? whole;
    if (line.length < MIN_ECHO || !FIVE_WORDS.test(line)) continue;
    if (quoted === null && !isItalic(walk, i, true)) continue;
    if (walk.text.lastIndexOf(line, block.start - 1) < 0) continue;
    found.push(runOf(walk, [i], []));
  }
  return found;
}
