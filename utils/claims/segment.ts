// Sentence splitting for news text. Intl.Segmenter does the work; the rules below mend its breaks after
// the abbreviations news copy is full of ("Mr Assad" is fine, "Mr. Smith", "Gen. Lee", "No. 2", "Jan. 5",
// "J.R.R. Tolkien", "the U.S. Treasury") while keeping true breaks ("moved to the U.S. He was 5.").

export interface SentenceSpan {
  /** Offsets into the text given, trimmed of surrounding white space. */
  start: number;
  end: number;
}

/** Titles that are never the end of a sentence. */
const TITLES = new Set(
  'mr mrs ms dr gen lt col sgt capt gov sen rep st prof rev maj adm cpl pvt hon fr mt ft brig cmdr supt insp det messrs mme mlle vs v cf'.split(
    ' ',
  ),
);
/** Abbreviations that end a sentence only before a word that usually starts one. */
const SOFT = new Set('inc corp co ltd llc plc bros etc jr sr esq dept univ assn approx est'.split(' '));
/** Words before a number: "No. 2", "Jan. 5", "pp. 4", "Art. 5". */
const BEFORE_NUMBER = new Set(
  'no nos jan feb mar apr jun jul aug sep sept oct nov dec art arts fig figs vol p pp para sec ch op'.split(
    ' ',
  ),
);
/** Words that typically open a sentence, so a capital after "U.S." or "Corp." is a new sentence. */
const STARTERS = new Set(
  'he she it they we i you the a an in on at but and or so this that these those there his her its their our my after before by for as if when while no yes then still yet however meanwhile also'.split(
    ' ',
  ),
);

// Made on first use: building one loads the browser's break rules, tens of milliseconds in a fresh context.
let segmenter: Intl.Segmenter | null | undefined;
function sentenceSegmenter(): Intl.Segmenter | null {
  segmenter ??=
    typeof Intl !== 'undefined' && 'Segmenter' in Intl
      ? new Intl.Segmenter('en', { granularity: 'sentence' })
      : null;
  return segmenter;
}

/** Rough fallback when Intl.Segmenter is missing: break after . ! ? and a space before a capital. */
function fallbackBreaks(text: string): number[] {
  const breaks: number[] = [];
  const re = /[.!?]+["”’)]*\s+(?=["“‘(]?[\p{Lu}\d])/gu;
  for (let m = re.exec(text); m; m = re.exec(text)) breaks.push(m.index + m[0].length);
  return breaks;
}

/** Breaks the segmenter misses: before a sentence that opens with a number, after "p.m." before a capital. */
const EXTRA_BREAKS = /(?<=\p{Ll}[.!?]["”’)]?)\s+(?=\d)|(?<=\b[ap]\.m\.)\s+(?=\p{Lu})/gu;

function keepsGoing(before: string, after: string): boolean {
  // A sentence never starts in lower case ("\"Is this the end?\" she asked."), and a list marker is no sentence.
  if (/^\s*["“‘(]?\p{Ll}/u.test(after) || /^\s*(?:\d{1,2}[.)]|[-*•–])\s*$/.test(before)) return true;
  const lastWord = /(\S+)\s*$/.exec(before)?.[1] ?? '';
  if (!lastWord.endsWith('.')) return false;
  const bare = lastWord.replace(/^["“‘(]+/, '').replace(/\.$/, '');
  const lower = bare.toLowerCase();
  const next = /^\s*["“‘(]?(\S+)/.exec(after)?.[1] ?? '';
  const nextLower = next.toLowerCase().replace(/[^a-z]/g, '');
  const nextIsNumber = /^\d/.test(next);
  if (TITLES.has(lower)) return true;
  if (BEFORE_NUMBER.has(lower) && nextIsNumber) return true;
  // Initials: "J.", "J.R.R.", "F." — and acronyms like "U.S.", which end sentences only before a starter.
  if (/^[ap]\.m$/i.test(bare)) return false;
  if (/^(?:\p{L}\.)*\p{L}$/u.test(bare) && bare.length <= 7) return !STARTERS.has(nextLower);
  if (SOFT.has(lower)) return /^\p{Lu}/u.test(next) ? !STARTERS.has(nextLower) : true;
  return false;
}

/** Paragraph-like pieces: blank lines and list items on new lines always break. */
function pieces(text: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  const re = /\n\s*\n|\n(?=[ \t]*(?:\d{1,2}[.)]|[-*•–])\s)/g;
  let start = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    out.push([start, m.index]);
    start = m.index + m[0].length;
  }
  out.push([start, text.length]);
  return out;
}

/** Characters given to the segmenter at once. Each call has a high fixed cost in browsers, so paragraphs are
 * grouped; but V8 copies a call's whole input into every segment it yields, so groups stay small. */
const CHUNK = 4_000;

/**
 * Splits text into sentences. Blank lines and list items are hard breaks; single line breaks are wrapping.
 */
export function splitSentences(text: string): SentenceSpan[] {
  const out: SentenceSpan[] = [];
  const parts = pieces(text);
  for (let first = 0; first < parts.length; ) {
    let last = first;
    while (last + 1 < parts.length && parts[last + 1][1] - parts[first][0] <= CHUNK) last++;
    splitGroup(text, parts.slice(first, last + 1), out);
    first = last + 1;
  }
  return out;
}

function splitGroup(text: string, parts: Array<[number, number]>, out: SentenceSpan[]) {
  const base = parts[0][0];
  // Same length, so offsets hold: single line breaks become spaces, paragraph breaks stay.
  const flat = flatten(text, parts);
  const splitter = sentenceSegmenter();
  const breaks = splitter ? Array.from(splitter.segment(flat), (s) => s.index) : fallbackBreaks(flat);
  for (const m of flat.matchAll(EXTRA_BREAKS)) breaks.push(m.index + m[0].length);
  breaks.sort((x, y) => x - y);
  let next = 0;
  for (const [from, to] of parts) {
    const f = from - base;
    const t = to - base;
    while (next < breaks.length && breaks[next] <= f) next++;
    let start = f;
    for (; next < breaks.length && breaks[next] < t; next++) {
      const b = breaks[next];
      if (b <= start || keepsGoing(flat.slice(start, b), flat.slice(b, Math.min(t, b + 40)))) continue;
      push(out, text, base + start, base + b);
      start = b;
    }
    push(out, text, base + start, to);
  }
}

/** The group's text (from its first part to its last) with line breaks inside paragraphs turned to spaces
 * and a line break in each gap between paragraphs. */
function flatten(text: string, parts: Array<[number, number]>): string {
  let out = '';
  let previous = parts[0][0];
  for (const [from, to] of parts) {
    if (from > previous) out += `\n${' '.repeat(from - previous - 1)}`;
    out += text.slice(from, to).replace(/\n/g, ' ');
    previous = to;
  }
  return out;
}

function push(out: SentenceSpan[], text: string, start: number, end: number) {
  while (start < end && /\s/.test(text[start])) start++;
  while (end > start && /\s/.test(text[end - 1])) end--;
  if (end > start) out.push({ start, end });
}
