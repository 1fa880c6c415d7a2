// `npm run eval [-- FOLDER...]`: scores the analyser on folders of labelled pages (a labels.json in the
// format of ../shared/corpus/labels.json) and the claim extractor on labelled sentences. Prints a table page
// by page and totals. With no folder: the project's fixtures, the seed fixtures and ../shared/corpus if present.
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseHtml } from '../cli/parse';
import { analyzePage } from '../utils/analysis/analyze';
import { defaultOutlets } from '../utils/outlets/default-lookup';
import { corpusHalf } from './lib/corpus-split';
import {
  judgePage,
  type LabelsFile,
  type PageLabel,
  type PageVerdict,
  type Scorecard,
  scorecard,
} from './lib/page-labels';
import { type RoundTrip, roundTrip } from './lib/round-trip';
import { judgeSentences, type SentenceLabel } from './lib/sentence-labels';

const args = process.argv.slice(2);
const verbose = args.includes('--verbose');
// The aside half of a split folder is scored, never looked at: its pages' rows and problems stay hidden
// (only the half's totals print) unless --show-aside asks for them, so that a routine run cannot show them.
const showAside = args.includes('--show-aside');
const folders = args.filter((a) => !a.startsWith('--'));
// The real corpus comes first: it is the headline figure. Pages written here follow as a regression suite.
const REAL_CORPUS = '../shared/corpus';
const defaults = [
  REAL_CORPUS,
  'tests/fixtures/seed',
  'tests/fixtures/pages',
  'tests/fixtures/patterns',
  'tests/fixtures/pages-heldout',
  'tests/fixtures/pages-heldout-3',
  'tests/fixtures/pages-heldout-4',
  'tests/fixtures/pages-heldout-5',
  'tests/fixtures/pages-heldout-6',
].filter((f) => existsSync(join(f, 'labels.json')));

const pad = (s: string, n: number) => (s.length > n ? `${s.slice(0, n - 1)}…` : s.padEnd(n));
const pct = (a: number, b: number) => (b === 0 ? '   —' : `${Math.round((a / b) * 100)}%`.padStart(4));
const mark = (v: boolean | null) => (v === null ? '·' : v ? '✓' : '✗');

interface Totals {
  pages: number;
  pagesOk: number;
  verdicts: number;
  verdictsOk: number;
  quotes: number;
  found: number;
  outletOk: number;
  kindOk: number;
  /** Pages whose analysis the extension's way (markup in pieces, copy, revival) gives unchanged. */
  roundTripsSame: number;
  sentChars: number;
  pageChars: number;
}

const emptyTotals = (): Totals => ({
  pages: 0,
  pagesOk: 0,
  verdicts: 0,
  verdictsOk: 0,
  quotes: 0,
  found: 0,
  outletOk: 0,
  kindOk: 0,
  roundTripsSame: 0,
  sentChars: 0,
  pageChars: 0,
});

function printTotals(label: string, t: Totals) {
  console.log(
    `${label}: ${t.pages} pages, ${t.pagesOk} fully right (${pct(t.pagesOk, t.pages).trim()}) · verdict ${t.verdictsOk}/${t.verdicts} · quotes found ${t.found}/${t.quotes} · outlet right ${t.outletOk}/${t.quotes} · kind right ${t.kindOk}/${t.quotes}`,
  );
  console.log(
    `  the extension's way (markup in pieces, analysed on a copy, revived): ${t.roundTripsSame}/${t.pages} pages give the same analysis · markup sent ${pct(t.sentChars, t.pageChars).trim()} of the pages' own`,
  );
}

function printCard(label: string, c: Scorecard) {
  console.log(
    `${label.padEnd(8)} ${String(c.pages).padStart(3)} pages · outlet right ${c.definiteOk}/${c.definite} definite labels (${pct(c.definiteOk, c.definite).trim()}) · verdicts ${c.verdictsOk}/${c.verdicts} · no-outlet pages clean ${c.noOutletPagesOk}/${c.noOutletPages} · non-outlet blocks left without one ${c.nonOutletBlocksOk}/${c.nonOutletBlocks}`,
  );
}

/** The real corpus in its two halves (scripts/lib/corpus-split.ts): worked on, and kept aside to be scored only. */
function printSplit(judged: Array<{ file: string; label: PageLabel; verdict: PageVerdict }>) {
  console.log('\nReal pages, by the fixed split (scripts/lib/corpus-split.ts):');
  printCard('worked', scorecard(judged.filter((j) => corpusHalf(j.file) === 'worked')));
  printCard('aside', scorecard(judged.filter((j) => corpusHalf(j.file) === 'aside')));
  printCard('all', scorecard(judged));
}

async function evalFolder(folder: string, all: Totals) {
  const totals = emptyTotals();
  const judged: Array<{ file: string; label: PageLabel; verdict: PageVerdict }> = [];
  const labels = JSON.parse(readFileSync(join(folder, 'labels.json'), 'utf8')) as LabelsFile;
  const split = resolve(folder) === resolve(REAL_CORPUS) || args.includes('--split');
  let hidden = 0;
  console.log(`\n${resolve(folder)}`);
  console.log(`${pad('page', 44)} verdict  pub  count  quotes  outlet  kind  ok`);
  for (const [file, label] of Object.entries(labels.pages)) {
    const path = join(folder, file);
    if (!existsSync(path)) {
      console.log(`${pad(file, 44)} (missing file)`);
      continue;
    }
    const page = parseHtml(readFileSync(path, 'utf8'), label.url);
    let verdict: PageVerdict;
    let trip: RoundTrip;
    try {
      verdict = judgePage(
        analyzePage(page.document, { url: label.url, outlets: defaultOutlets }).report,
        label,
      );
      trip = await roundTrip(page.document, label.url ?? null);
    } finally {
      await page.close();
    }
    judged.push({ file, label, verdict });
    totals.roundTripsSame += trip.same ? 1 : 0;
    totals.sentChars += trip.sentChars;
    totals.pageChars += trip.pageChars;
    const found = verdict.quotes.filter((q) => q.found).length;
    const outlets = verdict.quotes.filter((q) => q.outletOk).length;
    const kinds = verdict.quotes.filter((q) => q.kindOk).length;
    totals.pages++;
    totals.pagesOk += verdict.ok ? 1 : 0;
    if (label.aggregated !== null) {
      totals.verdicts++;
      totals.verdictsOk += verdict.aggregatedOk ? 1 : 0;
    }
    totals.quotes += verdict.quotes.length;
    totals.found += found;
    totals.outletOk += outlets;
    totals.kindOk += kinds;
    if (split && !showAside && corpusHalf(file) === 'aside') {
      hidden++;
      continue;
    }
    console.log(
      `${pad(file, 44)} ${mark(label.aggregated === null ? null : verdict.aggregatedOk).padStart(4)}     ${mark(verdict.publicationOk)}    ${mark(verdict.countOk)}     ${`${found}/${verdict.quotes.length}`.padStart(5)}  ${`${outlets}`.padStart(6)}  ${`${kinds}`.padStart(4)}  ${mark(verdict.ok)}`,
    );
    if (verbose || !verdict.ok) for (const p of verdict.problems) console.log(`    - ${p}`);
    if (!trip.same) console.log(`    - the extension's way differs: ${trip.problem}`);
  }
  if (hidden > 0)
    console.log(`(${hidden} pages kept aside: rows hidden, totals below; --show-aside shows them)`);
  printTotals('Folder total', totals);
  if (split) printSplit(judged);
  for (const key of Object.keys(totals) as Array<keyof Totals>) all[key] += totals[key];
}

function evalSentences(file: string) {
  if (!existsSync(file)) return;
  const items = (JSON.parse(readFileSync(file, 'utf8')) as { items: SentenceLabel[] }).items;
  const s = judgeSentences(items);
  console.log(
    `\n${file}: ${s.total} sentences · speaker accuracy ${pct(s.speakerCorrect, s.total)} (${s.speakerCorrect}/${s.total}) · check-worthiness precision ${s.precision.toFixed(2)} recall ${s.recall.toFixed(2)}`,
  );
  for (const r of s.results) {
    if (r.speakerOk && !verbose) continue;
    if (!r.speakerOk)
      console.log(
        `    - ${r.label.id}: speaker expected ${r.label.speaker}${r.label.unnamed ? ' (unnamed)' : ''}, got ${r.speaker?.name ?? null} (${r.speaker?.how ?? 'none'})`,
      );
  }
}

const totals = emptyTotals();
for (const folder of folders.length ? folders : defaults) {
  if (!existsSync(join(folder, 'labels.json'))) {
    console.error(`${folder}: no labels.json, skipped`);
    continue;
  }
  await evalFolder(folder, totals);
}
console.log('');
printTotals('Total', totals);
if (!folders.length) {
  evalSentences('tests/fixtures/claims/sentences.json');
  evalSentences('tests/fixtures/claims/heldout.json');
  evalSentences('tests/fixtures/claims/heldout-2.json');
}
