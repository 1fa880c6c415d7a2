// Which words of a list a text can hold, told by a run of characters every match of the word holds as written: a
// word of ASCII letters, written by `caselessPiece` (lead-in-words.ts) for an expression read without the i flag over
// the text as `foldAscii` writes it, matches only where the text holds each run of its characters between white
// space and apostrophes, in lower case. `gatedPattern` builds its caseless half from only the words whose longest
// run a text holds: an expression over a few words compiles in a fraction of the time one over hundreds takes, and
// a word whose run is not in the text cannot match it, so leaving it out changes no answer.

/** What `piece` and `caselessPiece` write as other than themselves: white space (one or more) and apostrophes. */
const NOT_AS_WRITTEN = /[\s'’ʼ‘]+/;

/** A word's longest run of characters between white space and apostrophes, in lower case ("according to" →
 * "according"); empty for a word of white space and apostrophes only. */
export function longestRun(word: string): string {
  let longest = '';
  for (const run of word.split(NOT_AS_WRITTEN)) if (run.length > longest.length) longest = run;
  return longest.toLowerCase();
}

/** A run and the word it stands for, with the word's place in the list. */
interface Entry {
  run: string;
  word: string;
  at: number;
}

/**
 * For `words`, a function giving those whose `longestRun` a text holds, in the order of `words`, each once (a word
 * without a run: always). The text is read as given: pass it folded (`foldAscii`) for words read so.
 */
export function wordsHeldBy(words: readonly string[]): (text: string) => string[] {
  // Runs of two characters or more by their first two (as two code units in one number); shorter ones apart.
  const byPair = new Map<number, Entry[]>();
  const short: Entry[] = [];
  words.forEach((word, at) => {
    const run = longestRun(word);
    const entry = { run, word, at };
    if (run.length < 2) short.push(entry);
    else {
      const pair = run.charCodeAt(0) * 0x10000 + run.charCodeAt(1);
      const list = byPair.get(pair);
      if (list) list.push(entry);
      else byPair.set(pair, [entry]);
    }
  });
  return (text) => {
    const held = new Set<number>();
    for (const { run, at } of short) if (text.includes(run)) held.add(at);
    for (let i = 0; i + 1 < text.length; i++) {
      const list = byPair.get(text.charCodeAt(i) * 0x10000 + text.charCodeAt(i + 1));
      if (list) for (const { run, at } of list) if (text.startsWith(run, i)) held.add(at);
    }
    return [...held].sort((a, b) => a - b).map((at) => words[at]);
  };
}
