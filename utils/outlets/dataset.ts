// The outlets of the public dataset (./dataset.json, made by scripts/outlets-dataset.ts; source and licence
// in docs/outlets.md) as Outlet entries, and the rule for which of their names may be looked for in running
// text. Loaded only where the outlets table is (never by the content script).
import raw from './dataset.json';
import { GENERIC_WORDS, NEWS_WORDS } from './dataset-rules';
import { foldDiacritics } from './normalise';
import type { Outlet } from './types';

/** One entry of dataset.json: [Wikidata id, name, domains, ISO 3166-1 alpha-2 country or "ZZ"]. */
export type DatasetEntry = readonly [string, string, readonly string[], string];

export interface DatasetFile {
  source: string;
  fields: readonly string[];
  outlets: readonly DatasetEntry[];
}

export const DATASET: DatasetFile = raw as unknown as DatasetFile;

/** A dataset file's outlets (`DATASET`'s, the shipped one's): newspapers, without aliases, short names or handles.
 * The file is an argument, not a default, so that a bundle reading its dataset from elsewhere
 * (./outlets-file.ts) does not carry `DATASET`. */
export function datasetOutlets(file: DatasetFile): Outlet[] {
  return file.outlets.map(([, name, domains, country]) => ({
    name,
    aliases: [],
    domains: domains as string[],
    kind: 'newspaper',
    country,
    source: 'dataset',
  }));
}

/**
 * Whether a dataset name is distinctive enough to be looked for in running text: two words or more, each
 * capitalised (small words such as "the", "de" aside), with a word that marks a publication ("Herald",
 * "Zeitung") and a word of its own that is neither such a word nor a generic one ("Daily", "Sunday",
 * "National"). "The Everett Herald" qualifies; "The Day", "Morning Star", "Daily News" and "Reason" do not.
 */
export function isDistinctiveName(name: string): boolean {
  const words = foldDiacritics(name)
    .split(/[\s\u2010\u2011-]+/)
    .map((w) => w.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, ''))
    .filter((w) => w !== '');
  if (words.length < 2) return false;
  let news = false;
  let own = false;
  for (const word of words) {
    const lower = word.toLowerCase();
    const generic = GENERIC_WORDS.has(lower);
    if (!generic && word.charAt(0) === lower.charAt(0)) return false;
    if (/\d/.test(word)) return false;
    if (NEWS_WORDS.has(lower)) news = true;
    else if (!generic) own = true;
  }
  return news && own;
}
