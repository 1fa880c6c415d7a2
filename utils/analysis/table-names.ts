// Names of the dataset's papers in a lead-in: "Västra Nyland wrote:", "Here's La Nuova Sardegna with more:".
// The lookup's running-text search finds only the dataset's distinctive names (a news word and a word of their
// own, utils/outlets/dataset.ts), so that "Daily News" or a city's name in prose is never taken for a paper. A
// lead-in is no prose at large: a run of capitalised words there that is exactly a dataset paper's name of two
// words or more is read as that paper, and scored like any other mention (lead-in.ts).

import type { OutletLookup, OutletMentionRef as OutletMention } from '../outlets/types';

/** Lower-case words that may stand inside a name ("La Voce del Popolo", "Journal de Montréal", "Dag og Tid"). */
const PARTICLES = new Set([
  'de',
  'del',
  'della',
  'di',
  'do',
  'da',
  'dos',
  'das',
  'du',
  'des',
  'la',
  'le',
  'les',
  'el',
  'los',
  'las',
  'van',
  'von',
  'der',
  'den',
  'het',
  'y',
  'i',
  'e',
  'et',
  'und',
  'og',
  'och',
  'ja',
  'a',
  'al',
  'au',
  'aux',
  'am',
  'an',
  'im',
  'zu',
  'zum',
  'zur',
  'sur',
  'op',
  'aan',
  'of',
  'and',
  '&',
]);

/** A word of a name as written: its first character a capital or a digit, then letters, digits, marks, dots,
 * hyphens or apostrophes ("L'Unione", "Wigtownshire", "100,7" is no word of one). */
const WORD = /[\p{L}\p{N}&][\p{L}\p{M}\p{N}.'’-]*/gu;
const CAPITALISED = /^[\p{Lu}\p{N}]/u;
const LONGEST = 6;

interface Word {
  start: number;
  end: number;
  capital: boolean;
}

/** The runs of words that may be a name: capitalised words, with particles between them, split where
 * anything but one space parts two words. */
function nameRuns(text: string): Word[][] {
  const runs: Word[][] = [];
  let run: Word[] = [];
  let lastEnd = -1;
  for (const m of text.matchAll(WORD)) {
    let end = m.index + m[0].length;
    // A possessive, a full stop or a hyphen at its end is no part of the word ("Nyland's", "Sardegna.").
    const trimmed = m[0].replace(/(?:['’]s|['’.-]+)$/u, '');
    end = m.index + trimmed.length;
    const capital = CAPITALISED.test(trimmed);
    const particle = !capital && PARTICLES.has(trimmed.toLowerCase());
    const joined = lastEnd >= 0 && text.slice(lastEnd, m.index) === ' ';
    if (!(capital || particle) || !joined) {
      if (run.length) runs.push(run);
      run = [];
    }
    if (capital || (particle && run.length)) run.push({ start: m.index, end, capital });
    lastEnd = trimmed.length === m[0].length ? end : -1;
  }
  if (run.length) runs.push(run);
  return runs;
}

/** Whether the word at `at` opens the text or a sentence of it. */
function opensSentence(text: string, at: number): boolean {
  return /(?:^|[.!?:;]["”’»)]?)\s*$/u.test(text.slice(Math.max(0, at - 4), at)) || at === 0;
}

/** Every dataset paper named in the text by a whole run of two capitalised words or more (its opening word
 * aside, when it opens a sentence), none overlapping `taken` (the mentions already found). */
export function datasetNamesIn(
  text: string,
  outlets: Pick<OutletLookup, 'byName'>,
  taken: readonly OutletMention[] = [],
): OutletMention[] {
  const found: OutletMention[] = [];
  const free = (start: number, end: number) =>
    !taken.some((m) => m.start < end && start < m.end) && !found.some((m) => m.start < end && start < m.end);
  for (const run of nameRuns(text)) {
    // The name is the whole run, or the run without a first word that is capitalised only because it opens the
    // sentence ("And Västra Nyland wrote:"): a name inside a longer title is another paper's ("La Voz" in "La Voz
    // del Jalón", "Island Times" in "the Dunmere Island Times").
    let j = run.length - 1;
    while (j > 0 && !run[j].capital) j--;
    const firsts = opensSentence(text, run[0].start) ? [0, 1] : [0];
    for (const i of firsts) {
      if (j - i < 1 || j - i >= LONGEST || !run[i].capital) continue;
      const start = run[i].start;
      const end = run[j].end;
      if (!free(start, end)) continue;
      const words = text.slice(start, end);
      const outlet = outlets.byName(words);
      if (outlet?.source !== 'dataset') continue;
      found.push({ outlet, start, end, text: words });
      break;
    }
  }
  return found;
}
