// The words by which bloggers hand over to a quoted passage in the languages of data/lead-in-words.json, as
// pieces of regular expressions: each slot's words in every language, escaped, longest first (so "как пишет"
// wins over "пишет"). The expressions that read them are built once, where they are declared; those of modules the
// content script loads on every page (set-apart.ts, for its pre-check) on first use (`lazyPattern`), so that a
// page which never asks does not pay for them.

import { unspaced } from './data/lead-in-words.json';

/** One slot of data/lead-in-words.json: each language's words, by ISO 639-1 code. Callers import the slots they
 * read by name (`import { that } from './data/lead-in-words.json'`), so a bundle holds only those. */
export type SlotWords = Readonly<Record<string, readonly string[]>>;

const UNSPACED: ReadonlySet<string> = new Set(unspaced);

/** A slot's words in every language, each once. */
export function slotWords(slot: SlotWords): string[] {
  return [...new Set(Object.values(slot).flat())];
}

/** Letters and the marks written on them (Indic vowel signs): what a word must not run on into. */
export const LETTER = '[\\p{L}\\p{M}]';

/** A word as a piece of an expression: special characters escaped, any run of spaces as one or more, the
 * apostrophes pages use for one another; `capitalised`, its first letter in either case ("[Pp]odľa"), for
 * expressions read without the i flag. */
function piece(word: string, capitalised: boolean, everyWord = false): string {
  if (everyWord)
    return word
      .split(/\s+/)
      .map((w) => piece(w, true))
      .join('\\s+');
  const escaped = word
    .replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
    .replace(/\s+/g, '\\s+')
    .replace(/['’ʼ‘]/g, "['’ʼ‘]");
  const first = word[0];
  const upper = first.toUpperCase();
  return capitalised && upper !== first ? `[${upper}${first}]${escaped.slice(first.length)}` : escaped;
}

// Made on first use, as every expression of this module: an expression over Unicode's letters costs a tenth of a
// millisecond or more to make, and the content script loads this module on every page.
const LETTER_FIRST = lazyPattern(() => /^[\p{L}\p{M}]/u);
const LETTER_LAST = lazyPattern(() => /[\p{L}\p{M}]$/u);

export interface AlternationOptions {
  /** The first letter in either case, for expressions read without the i flag. */
  capitalised?: boolean;
  /** Every word's first letter in either case: German capitalises its nouns ("der Lokalzeitung"). */
  everyWord?: boolean;
  /** No letter right before the word (not for scripts written without spaces, nor for a case ending, "-ის"). */
  left?: boolean;
  /** No letter right after it (not for scripts written without spaces). */
  right?: boolean;
  /** Words left out. */
  except?: RegExp;
}

/**
 * A slot's words in every language as one non-capturing group, longest first. Word edges are letters of any
 * script (`(?<![\p{L}\p{M}])`, not `\b`, which knows only ASCII letters); a script written without spaces
 * (Thai, Chinese) is matched inside running letters. The group matches nothing when the slot is empty.
 */
export function alternation(slot: SlotWords, options: AlternationOptions = {}): string {
  const groups = new Map<string, Set<string>>();
  for (const [code, words] of Object.entries(slot))
    for (const word of words) {
      if (options.except?.test(word)) continue;
      // A script written without spaces runs on into its neighbours; a case ending ("-ის") follows the name
      // itself, and a prefix ("ל-") runs into it.
      const spaced = !UNSPACED.has(code);
      const left = spaced && options.left === true && LETTER_FIRST.test(word) ? `(?<!${LETTER})` : '';
      const right = spaced && options.right === true && LETTER_LAST.test(word) ? `(?!${LETTER})` : '';
      const key = `${left}\u0000${right}`;
      if (!groups.has(key)) groups.set(key, new Set());
      groups.get(key)!.add(word);
    }
  const parts = [...groups].map(([key, words]) => {
    const [left, right] = key.split('\u0000');
    // Code-unit order breaks ties: localeCompare over thousands of words costs milliseconds at load.
    const sorted = [...words].sort((a, b) => b.length - a.length || (a < b ? -1 : a > b ? 1 : 0));
    return `${left}(?:${sorted.map((w) => piece(w, options.capitalised === true, options.everyWord === true)).join('|')})${right}`;
  });
  return parts.length > 0 ? `(?:${parts.join('|')})` : '(?!)';
}

/** A test by a regular expression built the first time it is asked for. */
export interface LazyPattern {
  test(text: string): boolean;
}

/**
 * A regular expression built, and compiled, the first time it is used, then kept: an expression over the
 * languages' words costs milliseconds to build, which a module loaded on every page (the content script's
 * pre-check) would otherwise pay at load, whether it ever asks or not. `build` must return an expression
 * without the g or y flag (`test` then keeps no state between calls).
 */
export function lazyPattern(build: () => RegExp): LazyPattern {
  let built: RegExp | undefined;
  return {
    test(text: string): boolean {
      built ??= build();
      return built.test(text);
    },
  };
}

/** A case ending a language writes after a name, with a hyphen or an apostrophe ("BBC-ის", "APA-nın",
 * "Kun.uz'ga"): optional before the words that follow a name. */
export const CASE_ENDING = `(?:[-’'ʼ]${LETTER}{1,4})?`;
