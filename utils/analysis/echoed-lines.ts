// A reply's line in italics repeating a post above it, on a thread: the way a Q&A site's or a forum's posters
// answer one line of the question ("<i>We rent month to month.</i><br>Then you have less to lose …"); or in
// quotation marks after the handles it addresses, as a federated thread's replies quote the post; or a quotation
// of the post opening a reply that then answers it (a how-to's comment: "“…” Can confirm.").
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

/** A quotation opening a line, its words, and more words after it: a reply quoting the post, then answering. */
const OPENS_QUOTING = /^([“"«„]\s*)([^“”"«»„]+?)\s*[”"»“](?=[\s.,!?]*\S)/u;

/** The words of a reply's line quoted whole after the handles it opens on ('@petehallam “We did it to get the bikes
 * off the road.”'), or null. */
function quotedWords(line: string): string | null {
  return WHOLLY_QUOTED.exec(line.replace(MENTIONS, ''))?.[1] ?? null;
}

/** Whether `words` are long enough to be read as repeating a post, and stand in the thread before `before`. */
const echoes = (walk: ArticleWalk, words: string, before: number): boolean =>
  words.length >= MIN_ECHO && FIVE_WORDS.test(words) && walk.text.lastIndexOf(words, before - 1) >= 0;

/** The quotation opening a reply's line, after the handles it opens on, when the reply goes on with words of its
 * own ('“Never leave the chuck key in the chuck.” Can't say it enough.') and the quoted words stand
 * in the thread above: a passage of those words alone, the rest the reply's. */
function openingEcho(walk: ArticleWalk, index: number): Passage | null {
  const block = walk.blocks[index];
  const raw = textOf(walk, index);
  const trimmed = raw.trimStart();
  const at = raw.length - trimmed.length + (MENTIONS.exec(trimmed)?.[0].length ?? 0);
  const m = OPENS_QUOTING.exec(raw.slice(at));
  if (!m || !echoes(walk, m[2], block.start)) return null;
  const start = block.start + at + m[1].length;
  return {
    form: 'inline',
    elements: [block.element],
    blocks: [],
    spans: [[start, start + m[2].length]],
    inlineLeadIn: [block.start, start],
    host: index,
  };
}

/**
 * Lines of a thread's replies wholly in italics or, after the handles they open on, wholly in quotation marks, the first line of their element, whose words stand earlier in
 * the thread's text word for word: each is a passage quoting the poster above, however short (a short italic
 * line is no passage elsewhere); so is a quotation opening such a line that the reply then answers, its words
 * alone. `taken` says which blocks are a passage already.
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
    if (quoted !== null || isItalic(walk, i, true)) {
      if (walk.text.lastIndexOf(line, block.start - 1) >= 0) found.push(runOf(walk, [i], []));
      continue;
    }
    const opening = openingEcho(walk, i);
    if (opening) found.push(opening);
  }
  return found;
}
