// The shipped outlets table (curated table and dataset) and its index as one JSON file, written at build time
// (wxt.config.ts, from default-lookup.ts: shippedOutletsFile) and read where Chrome's pages are analysed (the
// offscreen document fetches it as it starts). As data in the analyser's script (1.1 MB of strings and object
// literals) V8 scanned it on the document's way to its first answer; as a file, JSON.parse reads it once, at the
// first lookup. Pure: the platform hands over the file's text.
import { type DatasetFile, datasetOutlets } from './dataset';
import type { IndexFile } from './index-file';
import { createOutletLookup, type OutletLookupWithOptions, type OutletTable } from './lookup';
import type { OutletLookup } from './types';

/** The file's name, at the extension's root. */
export const OUTLETS_FILE = 'outlets.json';

export interface OutletsFile {
  /** The curated table: its outlets and the rules of its names (./data.ts). */
  table: Omit<OutletTable, 'dataset'>;
  /** The dataset as its file holds it (./dataset.json). */
  dataset: DatasetFile;
  /** The index over both (./index-file.ts). */
  index: IndexFile;
}

/**
 * The file's text: `file` as JSON, every character beyond ASCII written as a `\u` escape, so that JSON.parse
 * reads back the same object from a text of ASCII alone. Chrome turns the fetched file's bytes into a string on
 * the offscreen document's main thread, on the first page's way; one character beyond Latin-1 (the table's
 * Japanese, Greek or Cyrillic names) had it decode all 1.7 MB into a string of two bytes a character, several
 * times slower than reading ASCII (measured in docs/highlights.md, "The outlets file in ASCII").
 */
export function outletsFileText(file: OutletsFile): string {
  return JSON.stringify(file).replace(
    /[\u0080-\uffff]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}

/**
 * The lookups over the table and index of an `OutletsFile`, the JSON `json` returns, read at the first lookup
 * (not as the lookups are made: the file may still be on its way then). They answer as the table's own
 * lookups do. A file that does not parse throws from that lookup, for the analysis to answer as its problem.
 */
export function outletsFromFile(json: () => string): OutletLookup {
  let made: OutletLookupWithOptions | null = null;
  const lookup = (): OutletLookupWithOptions => {
    if (made) return made;
    const file = JSON.parse(json()) as OutletsFile;
    const table: OutletTable = { ...file.table, dataset: datasetOutlets(file.dataset) };
    made = createOutletLookup(table, () => file.index);
    return made;
  };
  return {
    byName: (name) => lookup().byName(name),
    byHost: (hostOrUrl) => lookup().byHost(hostOrUrl),
    byHandle: (handle) => lookup().byHandle(handle),
    mentions: (text, options) => lookup().mentions(text, options),
    canonicalPublication: (nameOrHost) => lookup().canonicalPublication(nameOrHost),
    hasShortName: (words) => lookup().hasShortName?.(words) ?? true,
    inLanguage: (language, country) => lookup().inLanguage?.(language, country) ?? lookup(),
  };
}
