// The outlets table's one-off costs, timed where it runs (for `npm run bench`): reading dataset.json's text,
// and building the index behind the first lookup, with and without the dataset. Each run builds afresh.
import { DATASET } from '../../utils/outlets/dataset';
import { createOutletLookup, shippedOutletTable } from '../../utils/outlets/lookup';

export interface OutletIndexTimes {
  datasetKb: number;
  datasetOutlets: number;
  parseMs: number;
  firstLookupMs: number;
  firstLookupCuratedOnlyMs: number;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[sorted.length >> 1];
}

function timed(fn: () => void): number {
  const start = performance.now();
  fn();
  return performance.now() - start;
}

export function outletIndexTimes(runs: number): OutletIndexTimes {
  const text = JSON.stringify(DATASET);
  const parse: number[] = [];
  const full: number[] = [];
  const curated: number[] = [];
  for (let i = 0; i < runs; i++) {
    parse.push(timed(() => JSON.parse(text)));
    full.push(timed(() => createOutletLookup(shippedOutletTable()).byHost('example.com')));
    curated.push(
      timed(() => createOutletLookup({ ...shippedOutletTable(), dataset: undefined }).byHost('example.com')),
    );
  }
  return {
    datasetKb: Math.round(text.length / 1024),
    datasetOutlets: DATASET.outlets.length,
    parseMs: median(parse),
    firstLookupMs: median(full),
    firstLookupCuratedOnlyMs: median(curated),
  };
}
