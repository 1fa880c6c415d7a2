// The case endings an outlet's name takes in running text ("Helsingin Sanomien", "Népszavának", "Коммерсанта",
// "Gazety Wyborczej"), read from ./case-endings.json: for each language, the countries whose outlets take its
// endings, the endings themselves, and the marks it puts before an ending on a name it does not inflect
// ("Hürriyet'e", "STT:n", "MTI-nek"). The lookup (./lookup.ts) tries a word as written first and these stems
// only when that fails; whether a phrase may take the ending is decided here, for its outlet's country.
import raw from './case-endings.json';
import { foldDiacritics, hashKey, hashOn, prefixHashes } from './normalise';

export interface EndingsFile {
  languages: ReadonlyArray<{
    language: string;
    name: string;
    countries: readonly string[];
    joiners: readonly string[];
    endings: ReadonlyArray<{ base: string; oblique: readonly string[]; after?: string }>;
    prefixes?: ReadonlyArray<{ base: string; oblique: readonly string[] }>;
  }>;
}

/** One way a word changes: `base` at its end becomes `oblique` (both lower case, folded). */
interface Ending {
  base: string;
  oblique: string;
  /** Letters the stem may end on, or null for any. */
  after: string | null;
}

/** What a country's outlets' names may carry. */
interface CountryEndings {
  endings: Ending[];
  /** The same at the start of a name's first word ("ל" + "ידיעות"). */
  prefixes: Ending[];
  joiners: string;
}

interface Oblique {
  oblique: string;
  bases: string[];
}

export interface CaseEndings {
  byCountry: ReadonlyMap<string, CountryEndings>;
  /** Every oblique ending with the bases it may stand for, by its last character, longest first. */
  endingsByLast: ReadonlyMap<string, Oblique[]>;
  /** Endings that take the base away and leave nothing ("noviny" → "novin"). */
  emptyEndings: readonly string[];
  prefixes: readonly Oblique[];
}

/** What is left of a word without its ending: at least this many letters ("Yle" + "n", "Delo" → "Dela"). */
const MIN_STEM = 3;

/** The country of a language whose endings any outlet's name may take when written in its script. */
const EVERY_COUNTRY = '*';

const fold = (s: string) => foldDiacritics(s).toLowerCase();

export function readEndings(file: EndingsFile): CaseEndings {
  const byCountry = new Map<string, CountryEndings>();
  const suffixBases = new Map<string, Set<string>>();
  const prefixBases = new Map<string, Set<string>>();
  const compile = (
    rules: ReadonlyArray<{ base: string; oblique: readonly string[]; after?: string }>,
    bases: Map<string, Set<string>>,
  ): Ending[] =>
    rules.flatMap(({ base, oblique, after }) =>
      oblique.flatMap((o) => {
        const ending = { base: fold(base), oblique: fold(o), after: after ? fold(after) : null };
        if (ending.base === ending.oblique) return [];
        if (!bases.has(ending.oblique)) bases.set(ending.oblique, new Set());
        bases.get(ending.oblique)?.add(ending.base);
        return [ending];
      }),
    );
  for (const language of file.languages) {
    const endings = compile(language.endings, suffixBases);
    const prefixes = compile(language.prefixes ?? [], prefixBases);
    for (const country of language.countries) {
      const known = byCountry.get(country) ?? { endings: [], prefixes: [], joiners: '' };
      byCountry.set(country, {
        endings: [...known.endings, ...endings],
        prefixes: [...known.prefixes, ...prefixes],
        joiners: known.joiners + language.joiners.join(''),
      });
    }
  }
  // A language listed for "*" (its endings are of its own script) serves every outlet.
  const everywhere = byCountry.get(EVERY_COUNTRY);
  if (everywhere)
    for (const [country, own] of byCountry)
      if (country !== EVERY_COUNTRY)
        byCountry.set(country, {
          endings: [...own.endings, ...everywhere.endings],
          prefixes: [...own.prefixes, ...everywhere.prefixes],
          joiners: own.joiners + everywhere.joiners,
        });
  const list = (bases: Map<string, Set<string>>): Oblique[] =>
    [...bases]
      .map(([oblique, set]) => ({ oblique, bases: [...set] }))
      .sort((a, b) => b.oblique.length - a.oblique.length);
  const endingsByLast = new Map<string, Oblique[]>();
  for (const o of list(suffixBases)) {
    if (o.oblique === '') continue;
    const last = o.oblique.charAt(o.oblique.length - 1);
    endingsByLast.set(last, [...(endingsByLast.get(last) ?? []), o]);
  }
  return {
    byCountry,
    endingsByLast,
    emptyEndings: [...(suffixBases.get('') ?? [])],
    prefixes: list(prefixBases),
  };
}

export const CASE_ENDINGS: CaseEndings = readEndings(raw as EndingsFile);

/** The countries a language (an ISO 639-1 code) is written in, as the file lists them for its endings; empty
 * for a language it does not list, or lists for every country (its endings are of its own script). */
export function countriesOfLanguage(language: string, file: EndingsFile = raw as EndingsFile): Set<string> {
  const countries = new Set<string>();
  for (const entry of file.languages)
    if (entry.language === language)
      for (const country of entry.countries) if (country !== EVERY_COUNTRY) countries.add(country);
  return countries;
}

/** Whether the outlets of `country` take case endings in running text. */
export function inflectsIn(country: string, endings: CaseEndings = CASE_ENDINGS): boolean {
  return endings.byCountry.has(country) || endings.byCountry.has(EVERY_COUNTRY);
}

/**
 * The words a written word may be an inflected form of, lower case and folded: "sanomien" → "sanomat",
 * "коммерсанта" → "коммерсант", "коммерсантъ", …; for the first word of a name also without a particle written
 * onto it ("לידיעות" → "ידיעות"). Only candidates: inflectionFits says which fits an outlet.
 */
export function stemCandidates(key: string, first: boolean, endings: CaseEndings = CASE_ENDINGS): string[] {
  const out: string[] = [];
  for (const { oblique, bases } of endings.endingsByLast.get(key.charAt(key.length - 1)) ?? []) {
    if (key.length - oblique.length < MIN_STEM || !key.endsWith(oblique)) continue;
    const stem = key.slice(0, key.length - oblique.length);
    for (const base of bases) out.push(stem + base);
  }
  if (key.length >= MIN_STEM) for (const base of endings.emptyEndings) out.push(key + base);
  if (first)
    for (const { oblique, bases } of endings.prefixes) {
      if (key.length - oblique.length < MIN_STEM || !key.startsWith(oblique)) continue;
      const rest = key.slice(oblique.length);
      for (const base of bases) out.push(base + rest);
    }
  return out;
}

/** Scratch space for findStem: the hash of each prefix of the word looked at. */
let prefixes: Int32Array = new Int32Array(64);

/**
 * The first of `lookup`'s answers for the words `key` may be an inflected form of, in stemCandidates' order, but
 * hashed as the matcher keys words (hashKey) without building them: the stem's hash carried on over the base.
 * The empty ending ("novin" for "noviny") only for a word after a name's first.
 */
export function findStem<T>(
  key: string,
  first: boolean,
  lookup: (hash: number) => T | undefined,
  endings: CaseEndings = CASE_ENDINGS,
): T | undefined {
  const candidates = endings.endingsByLast.get(key.charAt(key.length - 1));
  const withPrefix = first && endings.prefixes.length > 0;
  if (!candidates && (first || endings.emptyEndings.length === 0) && !withPrefix) return undefined;
  let hashed = false;
  for (const { oblique, bases } of candidates ?? []) {
    const stemLength = key.length - oblique.length;
    if (stemLength < MIN_STEM || !key.endsWith(oblique)) continue;
    if (!hashed) {
      prefixes = prefixHashes(key, prefixes);
      hashed = true;
    }
    for (const base of bases) {
      const found = lookup(hashOn(prefixes[stemLength], base, 0, base.length));
      if (found !== undefined) return found;
    }
  }
  if (!first && key.length >= MIN_STEM && endings.emptyEndings.length > 0) {
    if (!hashed) prefixes = prefixHashes(key, prefixes);
    for (const base of endings.emptyEndings) {
      const found = lookup(hashOn(prefixes[key.length], base, 0, base.length));
      if (found !== undefined) return found;
    }
  }
  if (withPrefix)
    for (const { oblique, bases } of endings.prefixes) {
      if (key.length - oblique.length < MIN_STEM || !key.startsWith(oblique)) continue;
      for (const base of bases) {
        const found = lookup(hashOn(hashKey(base), key, oblique.length, key.length));
        if (found !== undefined) return found;
      }
    }
  return undefined;
}

/**
 * Whether `written` is `expected` (a word of an outlet's name, as the table writes it) with one of the case
 * endings of its country (or, `first` of its name, a particle written before it): the stem as the table writes it (or all in capitals), the ending in lower case (or in
 * capitals when the whole word is).
 */
export function inflectionFits(
  country: string,
  expected: string,
  written: string,
  first: boolean,
  endings: CaseEndings = CASE_ENDINGS,
): boolean {
  const rules = endings.byCountry.get(country) ?? endings.byCountry.get(EVERY_COUNTRY);
  if (!rules) return false;
  if (first && rules.prefixes.some((p) => prefixFits(p, expected, written))) return true;
  // The stem is at least three letters, written as the table writes them (or in capitals): most words met here
  // differ from the table's before that.
  if (written.length < MIN_STEM || expected.length < MIN_STEM) return false;
  for (let k = 0; k < MIN_STEM; k++) {
    const w = written.charAt(k);
    const e = expected.charAt(k);
    if (w !== e && w !== e.toUpperCase()) return false;
  }
  const lowerExpected = expected.toLowerCase();
  const lowerWritten = written.toLowerCase();
  const shouted = written === written.toUpperCase() && written !== lowerWritten;
  for (const { base, oblique, after } of rules.endings) {
    if (!lowerExpected.endsWith(base) || !lowerWritten.endsWith(oblique)) continue;
    const stemLength = expected.length - base.length;
    if (stemLength < MIN_STEM || written.length - oblique.length !== stemLength) continue;
    const stem = written.slice(0, stemLength);
    if (
      stem !== expected.slice(0, stemLength) &&
      !(shouted && stem === expected.slice(0, stemLength).toUpperCase())
    )
      continue;
    if (after !== null && !after.includes(lowerExpected.charAt(stemLength - 1))) continue;
    const ending = written.slice(stemLength);
    if (ending !== (shouted ? ending.toUpperCase() : ending.toLowerCase())) continue;
    return true;
  }
  return false;
}

/** A particle written onto a caseless word: the rest as the table writes it. */
function prefixFits({ base, oblique }: Ending, expected: string, written: string): boolean {
  return (
    expected.startsWith(base) &&
    written.startsWith(oblique) &&
    written.length - oblique.length >= MIN_STEM &&
    written.slice(oblique.length) === expected.slice(base.length)
  );
}

/** Whether a name of `country` may carry an ending after `mark` ("Hürriyet'e", "STT:n", "MTI-nek"). */
export function joinsEnding(country: string, mark: string, endings: CaseEndings = CASE_ENDINGS): boolean {
  const rules = endings.byCountry.get(country) ?? endings.byCountry.get(EVERY_COUNTRY);
  return mark.length === 1 && (rules?.joiners.includes(mark) ?? false);
}
