// The outlets table this project ships, as an OutletLookup. The CLI, the tests and Firefox's background page
// use it; Chrome's offscreen document reads the same table from the file the build writes of it
// (shippedOutletsFile, ./outlets-file.ts); the content script never loads it.
import { DATASET } from './dataset';
import { type IndexFile, writeIndex } from './index-file';
import {
  buildIndex,
  canonicalPublication,
  createOutletLookup,
  findOutletMentions,
  hasShortName,
  type OutletLookupWithOptions,
  outletByHandle,
  outletByHost,
  outletByName,
  outletsInLanguage,
  shippedOutletTable,
} from './lookup';
import type { OutletsFile } from './outlets-file';
import type { OutletLookup } from './types';

export const defaultOutlets: OutletLookup = {
  byName: outletByName,
  byHost: outletByHost,
  byHandle: outletByHandle,
  mentions: (text, options) => findOutletMentions(text, options),
  canonicalPublication,
  hasShortName,
  inLanguage: (language, country) => outletsInLanguage(language, country),
};

/** The shipped table's index as data, for the build to write once (./index-file.ts). */
export function shippedIndexFile(): IndexFile {
  const table = shippedOutletTable();
  return writeIndex(buildIndex(table), table);
}

/** The shipped table, dataset and index as one file's data, for the build to write once (./outlets-file.ts). */
export function shippedOutletsFile(): OutletsFile {
  const { dataset: _, ...table } = shippedOutletTable();
  return { table, dataset: DATASET, index: shippedIndexFile() };
}

/**
 * The same lookups as `defaultOutlets`, over the index `shippedIndexFile` wrote (as JSON) at build time:
 * the analyser's host reads it instead of building it before its first answer. The JSON (800 K characters)
 * is parsed at the first lookup, not as the host's script loads: the host says it listens sooner, and reads
 * it while it waits for its first page (round-trip/host/warm-up.ts).
 */
export function prebuiltOutlets(indexJson: string): OutletLookup {
  const made = (): IndexFile | undefined => {
    try {
      return JSON.parse(indexJson) as IndexFile;
    } catch {
      return undefined;
    }
  };
  const lookup: OutletLookupWithOptions = createOutletLookup(shippedOutletTable(), made);
  return { ...lookup, mentions: (text) => lookup.mentions(text) };
}
