// A paragraph just after a blockquote that still carries the quote's words: it goes on with a speaker
// the quote named ("... Abdulrahman said." after "the Observatory's Rami Abdulrahman said" inside).
// Blogs often close a blockquote one paragraph too early; the reader should still see whose words they are.
import { FIRST_PERSON } from './source-words';

export const NAME_AFTER_SAID =
  /\b(?:said|says|told|added)\s+((?:\p{Lu}[\p{L}’'-]+\s+){0,3}\p{Lu}[\p{L}’'-]+)/gu;
/** Capitalised words before or after a verb that are no one's surname. */
export const NOT_NAMES: ReadonlySet<string> = new Set([
  'He',
  'She',
  'They',
  'It',
  'We',
  'I',
  'The',
  'This',
  'That',
  'There',
  'Officials',
  'Sources',
]);
const SAYS = /\b(?:said|says|told|added)\b/;

/** The verbs a name before them ends on, each after its white space. */
const SAID_AFTER_SPACE = /\s(?:said|says|told|added|stated)\b/g;
const NAME_CHAR = /^[\p{L}’'-]$/u;
const CAPITAL = /^\p{Lu}$/u;
const SPACE = /^\s$/u;

/** The character (a code point: one or two code units) ending at `end`. */
function charBefore(text: string, end: number): string {
  const low = text.charCodeAt(end - 1);
  const high = text.charCodeAt(end - 2);
  return low >= 0xdc00 && low <= 0xdfff && high >= 0xd800 && high <= 0xdbff
    ? text.slice(end - 2, end)
    : text.charAt(end - 1);
}

/**
 * The last word of a name right before a verb starting at `verb` (after `,?\s+`), as a name expression tried
 * from every capital of the passage reads it: the run of letters (and ’ ' -) before the verb, from its first
 * capital on, when a letter follows that capital.
 */
function surnameBefore(passage: string, verb: number): string | null {
  let end = verb;
  // White space is never outside the Basic Multilingual Plane: one code unit at a time.
  while (end > 0 && SPACE.test(passage[end - 1])) end--;
  if (end === verb) return null;
  if (passage[end - 1] === ',') end--;
  let start = end;
  for (let c = charBefore(passage, start); start > 0 && NAME_CHAR.test(c); c = charBefore(passage, start))
    start -= c.length;
  for (let i = start; i < end; ) {
    const c = String.fromCodePoint(passage.codePointAt(i)!);
    if (CAPITAL.test(c)) return i + c.length < end ? passage.slice(i, end) : null;
    i += c.length;
  }
  return null;
}

/** Surnames of people the passage quotes ("Abdulrahman" from "Rami Abdulrahman said"). */
export function quotedSurnames(passage: string): Set<string> {
  const names = new Set<string>();
  const add = (surname: string) => {
    const bare = surname.replace(/[’']s$/, '');
    if (bare.length > 2 && !NOT_NAMES.has(bare)) names.add(bare);
  };
  SAID_AFTER_SPACE.lastIndex = 0;
  for (let m = SAID_AFTER_SPACE.exec(passage); m; m = SAID_AFTER_SPACE.exec(passage)) {
    const surname = surnameBefore(passage, m.index + 1);
    if (surname) add(surname);
  }
  NAME_AFTER_SAID.lastIndex = 0;
  for (let m = NAME_AFTER_SAID.exec(passage); m; m = NAME_AFTER_SAID.exec(passage)) {
    const words = m[1].split(/\s+/);
    add(words[words.length - 1]);
  }
  return names;
}

/**
 * True when `paragraph` reads as more of the passage: it quotes one of its speakers, in the third person.
 * The passage's speakers are only worked out when the paragraph could qualify.
 */
export function continuesQuote(paragraph: string, speakersOf: () => Set<string>): boolean {
  if (!SAYS.test(paragraph) || FIRST_PERSON.test(paragraph) || /[:：]\s*$/.test(paragraph)) return false;
  for (const surname of speakersOf()) if (saidBy(surname).test(paragraph)) return true;
  return false;
}

/** The expression for "<surname> said" and "said <surname>", compiled once for each surname a page names: the
 * same speakers are asked after every passage, and compiling costs more than testing. */
const SAID_BY = new Map<string, RegExp>();
const SAID_BY_KEPT = 200;
function saidBy(surname: string): RegExp {
  let pattern = SAID_BY.get(surname);
  if (pattern === undefined) {
    const s = surname.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    pattern = new RegExp(
      `\\b${s},?\\s+(?:said|says|told|added)\\b|\\b(?:said|says|told|added)\\s+${s}\\b`,
      'u',
    );
    if (SAID_BY.size >= SAID_BY_KEPT) SAID_BY.clear();
    SAID_BY.set(surname, pattern);
  }
  return pattern;
}
