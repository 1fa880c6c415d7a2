// `npm run bench [-- FOLDER...]`: speed of the pure core in real Chromium (Debian's /usr/bin/chromium).
// For each page: the analysis, the claims, and a bare TreeWalker pass over the page's text, each repeated
// until past the browser's 0.1 ms timer resolution; medians printed, with the analysis/bare-pass ratio.
// Also a size series (linearity), the 1.5 MB page, hostile pages, and the extension's own budgets
// (scripts/bench-page.ts, scripts/bench-library.ts) when they are present.

import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { build } from 'esbuild';
import { chromium, type Page } from 'playwright-core';
import type { outletIndexTimes } from './lib/bench-outlets';
import { furnishedSeedPage, hostilePages, scaledSeedPage } from './lib/bench-pages';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const args = process.argv.slice(2);
const folders = args.filter((a) => !a.startsWith('--'));
const quick = args.includes('--quick');
/** --only=seed,pages,series,hostile,extension,backup runs some sections only. */
const only = args
  .find((a) => a.startsWith('--only='))
  ?.slice(7)
  .split(',');
const wanted = (section: string) => !only || only.includes(section);

/** The command-line tool over a whole folder, as a user runs it: one process, every page, claims left out. */
function cliTime(folder: string): string {
  const files = readdirSync(folder)
    .filter((f) => f.endsWith('.html'))
    .map((f) => join(folder, f));
  const built = spawnSync(process.execPath, ['scripts/build-cli.mjs'], { encoding: 'utf8' });
  if (built.status !== 0) return `CLI: could not be built (${built.stderr.trim().slice(0, 200)})`;
  const start = performance.now();
  const run = spawnSync(process.execPath, ['bin/sourcelight.mjs', 'analyze', ...files, '--no-claims'], {
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
  });
  const seconds = (performance.now() - start) / 1000;
  return run.status === 0
    ? `CLI over the folder's ${files.length} pages (sourcelight analyze --no-claims, one process): ${seconds.toFixed(2)} s`
    : `CLI over the folder failed (status ${run.status}): ${run.stderr.trim().slice(0, 200)}`;
}

if (!existsSync(CHROMIUM)) {
  console.error(
    `npm run bench needs Chromium at ${CHROMIUM} (apt-get install chromium), or set CHROMIUM_PATH.`,
  );
  process.exit(1);
}

const core = await build({
  stdin: {
    contents: `
      import { analyzePage } from './utils/analysis/analyze';
      import { defaultOutlets } from './utils/outlets/default-lookup';
      import { extractClaims } from './utils/claims/extract';
      import { outletIndexTimes } from './scripts/lib/bench-outlets';
      globalThis.sourcelightOutletIndex = outletIndexTimes;
      function bare(doc) {
        const walker = doc.createTreeWalker(doc.body ?? doc.documentElement, NodeFilter.SHOW_TEXT);
        let n = 0;
        for (let node = walker.nextNode(); node; node = walker.nextNode()) n += node.data.length;
        return n;
      }
      function timeIt(fn, minMs) {
        let runs = 0;
        const start = performance.now();
        let now = start;
        do { fn(); runs++; now = performance.now(); } while (now - start < minMs);
        return (now - start) / runs;
      }
      function median(xs) { const s = [...xs].sort((a, b) => a - b); return s[s.length >> 1]; }
      globalThis.sourcelightBench = (rounds, minMs) => {
        const analysis = [], claims = [], pass = [];
        let result = analyzePage(document, { url: location.href, outlets: defaultOutlets });
        let found = extractClaims(result);
        for (let i = 0; i < rounds; i++) {
          pass.push(timeIt(() => bare(document), minMs));
          analysis.push(timeIt(() => { result = analyzePage(document, { url: location.href, outlets: defaultOutlets }); }, minMs));
          claims.push(timeIt(() => { found = extractClaims(result); }, minMs));
        }
        return { bare: median(pass), analysis: median(analysis), claims: median(claims),
          quotes: result.report.quotes.length, claimCount: found.length, aggregated: result.report.aggregated,
          warnings: result.report.warnings };
      };
    `,
    resolveDir: resolve('.'),
    loader: 'ts',
  },
  bundle: true,
  format: 'iife',
  write: false,
  target: 'chrome120',
});
const coreScript = core.outputFiles[0].text;

interface Measured {
  bare: number;
  analysis: number;
  claims: number;
  quotes: number;
  claimCount: number;
  aggregated: boolean;
}
type BenchFn = (rounds: number, minMs: number) => Measured;

interface Row extends Measured {
  name: string;
  kb: number;
}

/** Saved pages' own scripts must not run: they are data. Keep the elements (the analyser must skip them). */
const defuse = (html: string) => html.replace(/<script\b/gi, '<script type="text/x-sourcelight-inert"');

const SET_CONTENT_MS = 180_000;

async function measure(page: Page, name: string, html: string, rounds: number, minMs: number): Promise<Row> {
  // Playwright's 30 s default is not enough to parse a 10 MB page on this machine under load.
  await page.setContent(defuse(html), { waitUntil: 'domcontentloaded', timeout: SET_CONTENT_MS });
  await page.addScriptTag({ content: coreScript });
  const r = await page.evaluate(
    ([n, m]) => (globalThis as unknown as { sourcelightBench: BenchFn }).sourcelightBench(n, m),
    [rounds, minMs] as const,
  );
  return { name, kb: Math.round(Buffer.byteLength(html) / 1024), ...r };
}

const fmt = (ms: number) => (ms < 1 ? ms.toFixed(3) : ms.toFixed(2)).padStart(8);
function print(rows: Row[]) {
  console.log(
    `${'page'.padEnd(46)} ${'KB'.padStart(6)} ${'bare ms'.padStart(8)} ${'analysis'.padStart(8)} ${'claims'.padStart(8)} ${'ratio'.padStart(6)} quotes claims`,
  );
  for (const r of rows)
    console.log(
      `${r.name.slice(0, 46).padEnd(46)} ${String(r.kb).padStart(6)} ${fmt(r.bare)} ${fmt(r.analysis)} ${fmt(r.claims)} ${(r.analysis / Math.max(r.bare, 0.001)).toFixed(1).padStart(6)} ${String(r.quotes).padStart(6)} ${String(r.claimCount).padStart(6)}`,
    );
}

function pagesIn(folder: string): Array<{ name: string; html: string }> {
  return readdirSync(folder)
    .filter((f) => /\.html?$/i.test(f) && statSync(join(folder, f)).isFile())
    .sort()
    .map((f) => ({ name: f, html: readFileSync(join(folder, f), 'utf8') }));
}

const browser = await chromium.launch({
  executablePath: CHROMIUM,
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
  ],
});
try {
  const context = await browser.newContext();
  await context.route('**/*', (route) => route.abort());
  const page = await context.newPage();
  const rounds = quick ? 5 : 15;

  console.log(
    'Analysis speed in Chromium (medians of repeated runs; ratio = analysis / bare TreeWalker text pass)\n',
  );
  const seedRows: Row[] = [];
  for (const p of pagesIn('tests/fixtures/seed'))
    seedRows.push(await measure(page, p.name, p.html, rounds, 50));
  print(seedRows);

  const outlets = await page.evaluate(
    (runs) =>
      (globalThis as unknown as { sourcelightOutletIndex: typeof outletIndexTimes }).sourcelightOutletIndex(
        runs,
      ),
    quick ? 3 : 9,
  );
  console.log(
    `\nOutlets table, once per analysing context: dataset.json (${outlets.datasetKb} KB, ${outlets.datasetOutlets} outlets) ` +
      `parsed in ${outlets.parseMs.toFixed(2)} ms; index behind the first lookup ${outlets.firstLookupMs.toFixed(2)} ms ` +
      `(curated table alone ${outlets.firstLookupCuratedOnlyMs.toFixed(2)} ms)`,
  );

  const sets = folders.length
    ? folders
    : ['tests/fixtures/pages', '../shared/corpus'].filter((f) => existsSync(f));
  for (const folder of wanted('pages') ? sets : []) {
    console.log(`\n${resolve(folder)}`);
    const rows: Row[] = [];
    for (const p of pagesIn(folder)) rows.push(await measure(page, p.name, p.html, quick ? 3 : 7, 30));
    print(rows);
    const largest = rows.reduce((a, b) => (b.kb > a.kb ? b : a), rows[0]);
    if (largest)
      console.log(
        `  largest page: ${largest.name} (${largest.kb.toFixed(0)} KB): analysis ${largest.analysis.toFixed(2)} ms, bare TreeWalker pass ${largest.bare.toFixed(2)} ms`,
      );
    console.log(`  ${cliTime(folder)}`);
  }

  if (wanted('large')) {
    console.log(
      '\n1.5 MB page shaped like a real one (the seed article, a JSON state blob, icons, 1,000+ comments)',
    );
    const seed = readFileSync('tests/fixtures/seed/seed-original.html', 'utf8');
    print([await measure(page, 'furnished seed, 1.5 MB', furnishedSeedPage(seed, 1536 * 1024), rounds, 100)]);
  }

  if (wanted('series')) {
    console.log('\nSize series (seed article repeated; linear means ms/MB stays flat)');
    const series: Row[] = [];
    const seed = readFileSync('tests/fixtures/seed/seed-original.html', 'utf8');
    for (const kb of [100, 400, 1500, 3000])
      series.push(await measure(page, `seed x ${kb} KB`, scaledSeedPage(seed, kb * 1024), 5, 100));
    print(series);
    for (const r of series)
      console.log(
        `  ${r.name}: ${(r.analysis / (r.kb / 1024)).toFixed(2)} ms per MB (analysis), ${(r.claims / (r.kb / 1024)).toFixed(2)} ms per MB (claims)`,
      );
  }
  if (wanted('hostile')) {
    console.log('\nHostile pages (each must answer in bounded time)');
    const hostile: Row[] = [];
    const failed: string[] = [];
    for (const p of hostilePages()) {
      // One page that fails is reported with the others' figures rather than ending the run.
      try {
        hostile.push(await measure(page, p.name, p.html, 1, 1));
      } catch (error) {
        failed.push(`  ${p.name}: failed: ${(error as Error).message.split('\n')[0]}`);
        process.exitCode = 1;
      }
    }
    print(hostile);
    for (const line of failed) console.log(line);
  }
  await context.close();
} finally {
  await browser.close();
}

for (const [file, fn, section] of [
  ['./bench-page', 'benchPage', 'extension'],
  ['./bench-library', 'benchLibrary', 'extension'],
  ['./bench-backup', 'benchBackup', 'backup'],
] as const) {
  const path = resolve('scripts', `${file.slice(2)}.ts`);
  if (!existsSync(path) || !wanted(section)) continue;
  try {
    const mod: Record<string, () => Promise<Record<string, number>>> = await import(
      /* @vite-ignore */ file === './bench-page'
        ? './bench-page'
        : file === './bench-library'
          ? './bench-library'
          : './bench-backup'
    );
    const figures = await mod[fn]();
    console.log(`\n${fn}:`);
    for (const [k, v] of Object.entries(figures))
      console.log(`  ${k.padEnd(50)} ${typeof v === 'number' ? v.toFixed(2) : v}`);
  } catch (error) {
    console.error(`${fn} failed: ${(error as Error).message}`);
    process.exitCode = 1;
  }
}
