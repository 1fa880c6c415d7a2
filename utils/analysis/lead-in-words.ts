// The words by which bloggers hand over to a quoted passage in the languages of data/lead-in-words.json, as
// pieces of regular expressions: each slot's words in every language, escaped, longest first (so "как пишет"
// wins over "пишет"). The expressions that read them are built once, where they are declared; those of modules the
// content script loads on every page (set-apart.ts, for its pre-check) on first use (`lazyPattern`), so that a
// page which never asks does not pay for them; those the analyser tests on every outlet mention from the words the
// page's texts can hold (`gatedPattern`), so that a page in one script does not compile the others' words.

import { unspaced } from './data/lead-in-words.json';
import { wordsHeldBy } from './literal-runs';

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

/** A word of ASCII letters as `piece` writes it for an expression read with the i flag, for one read without it
 * over the text as `foldAscii` writes it: its letters in lower case; white space and apostrophes as `piece`
 * writes them. Throws on any other character beyond ASCII (its cases are not written here). */
function caselessPiece(word: string): string {
  return word.replace(/\s+|['’ʼ‘]|[A-Za-z]|[.*+?^${}()|[\]\\]|[^ -~]/g, (c) => {
    if (/^\s/.test(c)) return '\\s+';
    if (/['’ʼ‘]/.test(c)) return "['’ʼ‘]";
    if (/[A-Za-z]/.test(c)) return c.toLowerCase();
    if (/[^ -~]/.test(c)) throw new Error(`caselessPiece: not a word of ASCII letters: ${word}`);
    return `\\${c}`;
  });
}

/** Property escapes whose sets neither the i flag nor `foldAscii` changes: letters stay letters, marks and
 * numbers have no case an ASCII letter folds to. */
const FOLD_SAFE_PROPERTY = /^\\[pP]\{(?:L|M|N|Nd)\}/;

/** A code unit escape of a format character (U+200C, the zero-width non-joiner): format characters have no case,
 * and no character folds to one. */
const FORMAT_CHARACTER_ESCAPE = /^\\u(?:200[b-f]|206[0-4]|feff)/i;

/**
 * An expression's source, read with the i and u flags over a text, written for one read with the u flag alone over
 * the text as `foldAscii` writes it, matching at the same places: ASCII letters in lower case; a letter beyond
 * ASCII with one other case (ö, Ö) as both, in a class of its own outside a class; escapes of classes the folding
 * does not change (`\s`, `\w`, `\b`, `\p{L}`, …) and of format characters (`\u200c`) as they are. Throws on
 * what it cannot write so (a property of case such as `\p{Lu}`, a back reference, a named group, another code point
 * escape, a letter whose cases are not a pair), rather than write something else: the expressions it is given are
 * checked against their i-flag reading in `tests/unit/analysis-gated-pattern.test.ts` and
 * `tests/unit/analysis-caseless-source.test.ts`.
 */
export function caselessSource(source: string): string {
  const fail = (why: string): never => {
    throw new Error(`caselessSource: ${why} in ${source}`);
  };
  // Both cases of a letter beyond ASCII, or the letter alone when it has none.
  const cases = (c: string): string => {
    const lower = c.toLowerCase();
    const upper = c.toUpperCase();
    if (lower === upper) return c;
    if (IRREGULAR_CASES.test(c)) fail(`a letter whose cases are not a pair (${c})`);
    // The dotless ı: its capital is I, which the i flag folds to i, not to ı; nothing else folds to it.
    if (/^[A-Z]$/.test(upper)) return c;
    if ([...lower].length !== 1 || [...upper].length !== 1 || upper.toLowerCase() !== lower)
      fail(`a letter whose cases are not a pair (${c})`);
    return `${lower}${upper}`;
  };
  let out = '';
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === '\\') {
      const rest = source.slice(i);
      const property = FOLD_SAFE_PROPERTY.exec(rest);
      if (property) {
        out += property[0];
        i += property[0].length - 1;
        continue;
      }
      const format = FORMAT_CHARACTER_ESCAPE.exec(rest);
      if (format) {
        out += format[0];
        i += format[0].length - 1;
        continue;
      }
      const next = source[i + 1] ?? '';
      if (/[pPkuxc0-9]/.test(next)) fail(`an escape it cannot write (\\${next})`);
      out += c + next;
      i++;
      continue;
    }
    if (inClass) {
      const before = source[i - 1] ?? '';
      const after = source[i + 1] ?? '';
      if (c === ']') inClass = false;
      else if (
        c === '-' &&
        after !== ']' &&
        (/[^\0-\x7f]/.test(before + after) ||
          /[A-Za-z]/.test(before) !== /[A-Za-z]/.test(after) ||
          /[A-Z]/.test(before) !== /[A-Z]/.test(after))
      )
        fail('a range beyond ASCII, or between a letter and something else or another case');
    } else if (c === '[') inClass = true;
    else if (c === '(' && source.startsWith('(?<', i) && /[A-Za-z]/.test(source[i + 3] ?? ''))
      fail('a named group');
    if (/[A-Za-z]/.test(c)) out += c.toLowerCase();
    else if (c.charCodeAt(0) < 0x80) out += c;
    else {
      const char = String.fromCodePoint(source.codePointAt(i)!);
      if (char.length === 2 && char.toLowerCase() !== char.toUpperCase())
        fail(`a letter beyond the BMP (${char})`);
      const both = char.length === 2 ? char : cases(c);
      out += inClass || both === c || char.length === 2 ? both : `[${both}]`;
      i += char.length - 1;
    }
  }
  return out;
}

/** Letters whose case folding is no pair of a lower and an upper case: the Greek sigmas and the letters that fold
 * to Greek ones (µ, ϐ, ϑ, ϕ, ϖ, ϰ, ϱ, ϵ, U+0345), the sharp s, the long s, the Kelvin, ångström and ohm signs, the
 * dotted capital I, the Cherokee letters, the titlecase digraphs. */
const IRREGULAR_CASES = /[\u0345σςΣµϐϑϕϖϰϱϵßẞſKÅİǅǈǋǲΩ\u13A0-\u13FF\uAB70-\uABBF]/;

/** The characters an ASCII letter matches with the i and u flags beside its two cases (Unicode's simple case
 * folding: the long s and the Kelvin sign, the only two by a scan of every code point), and the upper case. */
const ASCII_FOLDS = /[A-Z\u017F\u212A]/;
const ASCII_FOLDS_ALL = /[A-Z\u017F\u212A]/g;

/**
 * `text` with every character that an ASCII letter matches with the i and u flags written as that letter in lower
 * case ("Reuters" as "reuters", "ſ" as "s", the Kelvin sign as "k"), and nothing else changed: a letter stays a
 * letter, and the text keeps its length. A word of ASCII letters in lower case, read without the i flag, matches
 * here exactly where it matches the text with the flag.
 */
export function foldAscii(text: string): string {
  if (!ASCII_FOLDS.test(text)) return text;
  // Most texts have no letter beyond ASCII that lower-casing changes (and no long s, which it keeps): there
  // the engine's lower-casing writes the same, without a call for each capital.
  const lower = text.toLowerCase();
  if (lower.length === text.length && !text.includes('\u017F')) {
    let i = 0;
    for (; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c > 127 && c !== 0x212a && lower.charCodeAt(i) !== c) break;
    }
    if (i === text.length) return lower;
  }
  return text.replace(ASCII_FOLDS_ALL, (c) =>
    c === '\u017F' ? 's' : c === '\u212A' ? 'k' : String.fromCharCode(c.charCodeAt(0) + 32),
  );
}

// Made on first use, as every expression of this module: an expression over Unicode's letters costs a tenth of a
// millisecond or more to make, and the content script loads this module on every page.
const LETTER_FIRST = unicodePattern(`^${LETTER}`);
const LETTER_LAST = unicodePattern(`${LETTER}$`);

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
  return alternationOf(slot, options, (w) =>
    piece(w, options.capitalised === true, options.everyWord === true),
  );
}

/** Between a split phrase's parts (" … " in the data: "hat mit … gesprochen"), one to eight words, the person's
 * name or description, perhaps with commas. */
const SPLIT_GAP = '(?:\\s+[^\\s.!?:;]+){1,8}?\\s+';

/** `alternation` for a slot whose phrases hold " … " where the words in between stand ("hat mit … gesprochen"):
 * each part written as `piece` writes a word, no letter right before the first part or right after the last. */
export function splitAlternation(slot: SlotWords): string {
  const phrases = slotWords(slot).map((phrase) =>
    phrase
      .split(' … ')
      .map((part) => piece(part, false))
      .join(SPLIT_GAP),
  );
  return phrases.length > 0 ? `(?<!${LETTER})(?:${phrases.join('|')})(?!${LETTER})` : '(?!)';
}

/** `alternation` with its words' letters in lower case, for an expression read without the i flag over the text
 * as `foldAscii` writes it, which must match as one read with the flag over the text: only for words of ASCII
 * letters (`caselessPiece`). Apart from `alternation`, so that the content script, which reads none, does not
 * carry it. */
export function caselessAlternation(slot: SlotWords, options: AlternationOptions = {}): string {
  return alternationOf(slot, options, caselessPiece);
}

/** `caselessAlternation` when `caseless`, else `alternation`. */
export function alternationFor(caseless: boolean): typeof alternation {
  return caseless ? caselessAlternation : alternation;
}

function alternationOf(
  slot: SlotWords,
  options: AlternationOptions,
  write: (word: string) => string,
): string {
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
    return `${left}(?:${sorted.map(write).join('|')})${right}`;
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

/**
 * An expression over Unicode's properties (`\p{Lu}`), made the first time it is used. Written as a literal, V8
 * checks each such expression as it compiles the script, whether it ever runs or not (0.03 to 0.1 ms apiece in
 * Node, more for the first), even inside a function never called; the content script, compiled on every page,
 * loads this module and set-apart.ts for its pre-check (docs/highlights.md, "phase by phase"). `source` is the
 * literal's source (`String.raw`); `flags` hold u and neither g nor y.
 */
export function unicodePattern(source: string, flags = 'u'): LazyPattern {
  return lazyPattern(() => new RegExp(source, flags));
}

/** The same for an expression used whole (`match`, `replace`, its groups), made the first time it is asked for.
 * One with the g flag is shared: safe for `match` and `replace`, which start from 0 and leave 0, not for `exec`. */
export function unicodeExpression(source: string, flags = 'u'): () => RegExp {
  return madeOnFirstUse(() => new RegExp(source, flags));
}

/** A value made the first time it is asked for, then kept: for lists of expressions over the languages' words that
 * a module would otherwise build as it loads (the analyser's host loads every module before its first page, and
 * most pages never ask for most lists). */
export function madeOnFirstUse<T>(make: () => T): () => T {
  let made: { value: T } | undefined;
  return () => {
    made ??= { value: make() };
    return made.value;
  };
}

/** Characters `piece` does not write as themselves: white space (one or more) and the apostrophes. */
const NOT_LITERAL = /[\s'’ʼ‘]/;

/**
 * The character a word is gated by: one that any match of the word's piece contains (with the i flag, one of
 * its cases), taken as the one with the highest code point, the rarest on a page of the word's script (a
 * letter with a diacritic over a plain one, "ľ" in "podľa"). Null for a word written only in white space and
 * apostrophes.
 */
function gateCharOf(word: string): string | null {
  let gate: string | null = null;
  for (const char of word)
    if (!NOT_LITERAL.test(char) && (gate === null || char.codePointAt(0)! > gate.codePointAt(0)!))
      gate = char;
  return gate;
}

/** The characters a class must hold to match what `piece` writes for `char` (the first letter in either case). */
function gateClassChars(word: string, char: string): string {
  return word.startsWith(char) ? `${char}${char.toUpperCase()}` : char;
}

/** `chars` as a character class, read with the i and u flags. */
function charClass(chars: Iterable<string>): RegExp {
  let body = '';
  for (const char of new Set(chars)) body += /[\\\]^[-]/.test(char) ? `\\${char}` : char;
  return new RegExp(`[${body}]`, 'iu');
}

/** A group of words with its gate: a word belongs to the group of its gate character's block of 128 code points
 * (or to the group of words without one, key -1, always built in). */
interface WordGroup {
  chars: Set<string>;
  gate?: RegExp;
}

/**
 * An expression of `gatedPattern` as two, for the texts of ASCII letters: compiling an expression with both the i
 * and u flags costs two to three times as much as without the i flag, and its words of plain Latin letters are
 * most of what a page in Latin letters compiles. `fixed` is the expression's words written out (read with the i
 * flag, over the text), `caseless` its words from the data (`caselessAlternation`), read without it over
 * the text as `foldAscii` writes it; neither with the g or y flag. For any words of ASCII letters `words` picks,
 * a text must match `build`'s expression exactly when it matches `fixed` or its folding matches `caseless`'s
 * (`tests/unit/analysis-gated-pattern.test.ts` compares them).
 */
export interface CaselessSplit {
  fixed: LazyPattern;
  caseless: (words: (slot: SlotWords) => SlotWords) => RegExp;
  /** The caseless half may say yes where `build`'s expression says no, never no where it says yes: each of its
   * yeses is then asked of `build`'s expression over the same words, built at the first (for a class the i flag
   * widens beyond what folding ASCII letters writes: `[\p{Lu}]` with it matches every lower-case letter that has
   * a capital). */
  confirmed?: boolean;
}

/**
 * A test by a regular expression over slots' words, built from only the words the tested text can hold: an
 * expression over every language's words costs tens of milliseconds to compile, and a page in one script can
 * hold none of the other scripts' words. The words are grouped by the block of their gate character (the one a
 * match must contain, `gateCharOf`); the expression is built from the groups whose characters the texts tested
 * so far contain, and built again, with more groups, when a text holds one left out (so a page's first test
 * decides most of what is compiled: on a page in Latin letters without diacritics, the words of plain Latin
 * letters).
 *
 * Answers as the expression built from every word does, for every text: a word left out cannot match anywhere
 * in the text (it lacks the word's gate character), so its alternative always fails, and an alternative that
 * always fails changes neither whether nor where the expression matches. `build` gets its words from `words`,
 * only from the `slots` declared here, and must return an expression with the u flag (whose case-insensitive
 * matching the gates share) and without the g or y flag.
 */
export function gatedPattern(
  slots: readonly SlotWords[],
  build: (words: (slot: SlotWords) => SlotWords) => RegExp,
  split?: CaselessSplit,
): LazyPattern {
  const pattern = gatedTest(slots, build, split);
  GATED.push(pattern);
  return pattern;
}

/** Every `gatedPattern` made so far, in the order made. */
const GATED: LazyPattern[] = [];

/** The `gatedPattern`s the modules loaded so far made: the analyser's host tests each on a sample before its
 * first page asks, so that page does not wait for their compiling (round-trip/host/warm-up.ts). */
export function gatedPatterns(): readonly LazyPattern[] {
  return GATED;
}

function gatedTest(
  slots: readonly SlotWords[],
  build: (words: (slot: SlotWords) => SlotWords) => RegExp,
  split?: CaselessSplit,
): LazyPattern {
  let groups: Map<number, WordGroup> | undefined;
  let keyOf: Map<string, number> | undefined;
  const included = new Set<number>([-1]);
  // A class of the gate characters of the groups left out; null when none is left out.
  let rest: RegExp | null | undefined;
  // What the groups included ask for: the split, while only words of ASCII letters are in them; else `build`'s
  // expression over their words. Undefined until the groups last changed were first tested.
  let use: { halves: CaselessSplit } | { built: RegExp } | undefined;
  // For the split: the first block's words a folded text holds the longest run of, and the halves' expressions
  // over each set of them met so far (by the words, joined); past `HELD_SETS_BUILT` sets, over all of them.
  let held: ((folded: string) => string[]) | undefined;
  const byHeld = new Map<string, HeldWords>();
  let everyWord: HeldWords | undefined;
  // While set, the first block's words `words` keeps: those a text holds (the rest cannot match it).
  let only: ReadonlySet<string> | null = null;

  const words = (slot: SlotWords): SlotWords => {
    if (!slots.includes(slot)) throw new Error('gatedPattern: a slot its expression reads was not declared');
    const kept: Record<string, string[]> = {};
    for (const [code, list] of Object.entries(slot))
      kept[code] = list.filter((word) => {
        const key = keyOf!.get(word)!;
        return included.has(key) && (only === null || key !== 0 || only.has(word));
      });
    return kept;
  };
  const over = <T>(heldWords: ReadonlySet<string> | null, make: () => T): T => {
    only = heldWords;
    try {
      return make();
    } finally {
      only = null;
    }
  };
  const restOf = (all: Map<number, WordGroup>): RegExp | null => {
    const chars: string[] = [];
    for (const [key, group] of all) if (!included.has(key)) chars.push(...group.chars);
    return chars.length > 0 ? charClass(chars) : null;
  };
  const heldBy = (halves: CaselessSplit, folded: string): HeldWords => {
    if (everyWord) return everyWord;
    held ??= wordsHeldBy([...keyOf!].filter(([, key]) => key === 0).map(([word]) => word));
    const heldWords = held(folded);
    const key = heldWords.join('\u0000');
    let made = byHeld.get(key);
    if (made === undefined) {
      const set = byHeld.size < HELD_SETS_BUILT ? new Set(heldWords) : null;
      made = { words: set, caseless: over(set, () => checked(halves.caseless(words), true)) };
      if (set === null) {
        everyWord = made;
        byHeld.clear();
      } else byHeld.set(key, made);
    }
    return made;
  };

  return {
    test(text: string): boolean {
      if (groups === undefined || keyOf === undefined) {
        groups = new Map();
        keyOf = new Map();
        for (const slot of slots)
          for (const word of Object.values(slot).flat()) {
            if (keyOf.has(word)) continue;
            const char = gateCharOf(word);
            const key = char === null ? -1 : char.codePointAt(0)! >> 7;
            keyOf.set(word, key);
            if (char === null) continue;
            if (!groups.has(key)) groups.set(key, { chars: new Set() });
            for (const c of gateClassChars(word, char)) groups.get(key)!.chars.add(c);
          }
        rest = restOf(groups);
      }
      if (rest?.test(text)) {
        for (const [key, group] of groups) {
          if (included.has(key)) continue;
          group.gate ??= charClass(group.chars);
          if (group.gate.test(text)) included.add(key);
        }
        rest = restOf(groups);
        use = undefined;
      }
      // Only words of ASCII letters so far (the first block's, and those without a gate): the split's two
      // expressions, its words' without the i flag.
      use ??=
        split !== undefined && [...included].every((key) => key <= 0)
          ? { halves: split }
          : { built: checked(build(words), false) };
      if ('built' in use) return use.built.test(text);
      const { halves } = use;
      if (halves.fixed.test(text)) return true;
      const folded = foldAscii(text);
      const made = heldBy(halves, folded);
      if (!made.caseless.test(folded)) return false;
      if (halves.confirmed !== true) return true;
      made.confirm ??= over(made.words, () => checked(build(words), false));
      return made.confirm.test(text);
    },
  };
}

/** The first block's words a text holds (null: all of them), and a split's expressions over them (and the other
 * words included). */
interface HeldWords {
  words: ReadonlySet<string> | null;
  /** The split's caseless half. */
  caseless: RegExp;
  /** `build`'s expression, for a split whose yeses are confirmed. */
  confirm?: RegExp;
}

/** How many sets of held words a `gatedPattern` builds its caseless half for before building it over all the first
 * block's words, once, as it did before it built it by the words a text holds: a small expression compiles in a
 * few hundredths of a millisecond, but a host analysing page after page meets a new set at most tests, and each
 * costs more than a test of the expression over all the words (a microsecond or two once compiled). The seed
 * page's first analysis meets six at most for each. */
const HELD_SETS_BUILT = 16;

/** `re`, if it has the u flag and neither g nor y (nor i, for a split's caseless half). */
function checked(re: RegExp, caseless: boolean): RegExp {
  if (!re.unicode || re.global || re.sticky || (caseless && re.ignoreCase))
    throw new Error('gatedPattern: the expression must have the u flag and neither g nor y');
  return re;
}

/** A case ending a language writes after a name, with a hyphen or an apostrophe ("BBC-ის", "APA-nın",
 * "Kun.uz'ga"): optional before the words that follow a name. */
export const CASE_ENDING = `(?:[-’'ʼ]${LETTER}{1,4})?`;
