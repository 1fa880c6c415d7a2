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
