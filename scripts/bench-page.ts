// The content script's budgets, in real Chromium with the built extension (.output/chrome-mv3; run
// `npx wxt build` first): its main-thread time on the seed page (budget 10 ms), no long task of its making over
// 50 ms on a 1.5 MB page, near zero on a page without quotations, and its size.
// The content script publishes its own work as User Timing measures "sourcelight:<phase>"
// (inject/timing.ts), its loading included from the first line of each script. Main-thread time
// is reported twice: as wall time from those measures, and as thread time from a trace (scripts/lib/traced-load.ts)
// with compiling our scripts added; on this 2-core VM the wall figure also holds time the thread spent waiting
// for a core, so the budgets are judged on thread time and both are printed.
import { readFileSync, statSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Page } from 'playwright-core';
import { type ExtensionSession, launchExtension } from '../tests/browser/harness';
import { hostilePages, scaledSeedPage } from './lib/bench-pages';
import { inPageAnalysisCost } from './lib/live-marks';
import { pageReached, watchProgress } from './lib/page-progress';
import { tracedLoad } from './lib/traced-load';

// From the repository's root (npm scripts run there); the bundled script cannot find it from its own path.
const ROOT = resolve('.');
/** The built extension: .output/chrome-mv3, or a copy of a build put aside (`--extension=DIR`, for A/B runs). */
const EXTENSION = resolve(
  process.argv.find((a) => a.startsWith('--extension='))?.slice('--extension='.length) ??
    join(ROOT, '.output/chrome-mv3'),
);
/** `--latency`: the seed page's latency figures only (warm and first loads), for quick A/B runs. */
const LATENCY_ONLY = process.argv.includes('--latency');
/** `--thread`: the main-thread figures of the seed page and the pages without quotations only, for quick A/B
 * runs of our own work (no latency, no large or hostile pages). */
const THREAD_ONLY = process.argv.includes('--thread');
const CONTENT_SCRIPT = join(EXTENSION, 'first-look.js');
const SESSION_MODULE = join(EXTENSION, 'content-scripts/session.js');
const SEED_RUNS = 15;
/** Loads of a restarted profile before the measured ones: the install, then the load on which Chrome makes its
 * code cache of our scripts. */
const RESTART_PRIMING = 2;
/** Loads traced for compiling (a heavier trace category). */
const COMPILE_RUNS = 5;
/** Loads of each page without quotations: more when they are all that is measured (`--thread`). */
const PLAIN_RUNS = THREAD_ONLY ? 11 : 5;
/** The furnished pages' teaser cards: two sizes, whose difference is the cost of the cards. */
const FURNISHED_CARDS = [30, 120];

interface Timings {
  /** Our measures by phase, summed. */
  phases: Record<string, number>;
  /** The longest single measure of each phase. */
  longestByPhase: Record<string, number>;
  total: number;
  /** The longest of our tasks: the phases one task ran, summed ("sourcelight-task" measures). */
  longestTask: number;
  tasks: number;
  /** Long tasks (over 50 ms) that overlap one of our measures. */
  longTasksOverlappingOurs: number[];
}

/** Installed before any page script: collects long tasks for the whole life of the page. */
function watchLongTasks() {
  const scope = window as unknown as { __benchLongTasks: Array<{ start: number; duration: number }> };
  scope.__benchLongTasks = [];
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries())
        scope.__benchLongTasks.push({ start: e.startTime, duration: e.duration });
    }).observe({ type: 'longtask', buffered: true });
  } catch {
    // No long task API: nothing will be reported.
  }
}

/**
 * Installed before any page script: the moment the first mark of ours lands on a page element (the page's own
 * MutationObserver sees it like any script's), for the time from DOMContentLoaded to the first marks.
 */
function watchFirstMark() {
  const scope = window as unknown as { __benchFirstMark?: number };
  new MutationObserver((records, observer) => {
    if (records.some((r) => r.attributeName === 'data-sourcelight-outlet')) {
      scope.__benchFirstMark ??= performance.now();
      observer.disconnect();
    }
  }).observe(document, { attributes: true, subtree: true, attributeFilter: ['data-sourcelight-outlet'] });
}

/** Milliseconds from DOMContentLoaded to our first mark on the page (null: no mark yet). */
function firstMarkAfterDcl(page: Page): Promise<number | null> {
  return page.evaluate(() => {
    const mark = (window as unknown as { __benchFirstMark?: number }).__benchFirstMark;
    const [navigation] = performance.getEntriesByType('navigation') as PerformanceNavigationTiming[];
    return mark === undefined || !navigation ? null : mark - navigation.domContentLoadedEventStart;
  });
}

async function timingsOf(page: Page): Promise<Timings> {
  const raw = await page.evaluate(() => ({
    measures: performance
      .getEntriesByType('measure')
      .filter((e) => e.name.startsWith('sourcelight:'))
      .map((e) => ({ name: e.name.slice('sourcelight:'.length), start: e.startTime, duration: e.duration })),
    tasks: performance
      .getEntriesByType('measure')
      .filter((e) => e.name === 'sourcelight-task')
      .map((e) => e.duration),
    long:
      (window as unknown as { __benchLongTasks?: Array<{ start: number; duration: number }> })
        .__benchLongTasks ?? [],
  }));
  const phases: Record<string, number> = {};
  const longestByPhase: Record<string, number> = {};
  let total = 0;
  for (const m of raw.measures) {
    phases[m.name] = (phases[m.name] ?? 0) + m.duration;
    longestByPhase[m.name] = Math.max(longestByPhase[m.name] ?? 0, m.duration);
    total += m.duration;
  }
  const overlapping = raw.long
    .filter((t) => raw.measures.some((m) => m.start < t.start + t.duration && t.start < m.start + m.duration))
    .map((t) => t.duration);
  return {
    phases,
    longestByPhase,
    total,
    longestTask: Math.max(0, ...raw.tasks),
    tasks: raw.tasks.length,
    longTasksOverlappingOurs: overlapping,
  };
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

async function settle(page: Page, marks: number | null): Promise<void> {
  // A bench build's first look times its pre-check: it has run. Waited for without running anything in the
  // page (./lib/page-progress.ts).
  await pageReached(page, (p) => p.precheck, 'pre-check', 30_000);
  if (marks !== null) await pageReached(page, (p) => p.marks >= marks, `${marks} marked passages`, 60_000);
  // Let the overlay's layout pass and any late work finish.
  await page.waitForTimeout(1_000);
}

/** Waits for a hostile page's marks (every page but the empty one has a passage to mark), then for our work
 * on it to stop. */
async function settleHostile(page: Page, html: string): Promise<void> {
  await settle(page, html === '' ? null : 1);
  let count = -1;
  for (let i = 0; i < 60; i++) {
    const now = (await timingsOf(page)).tasks;
    if (now === count && now > 0) break;
    count = now;
    await page.waitForTimeout(1_000);
  }
}

/** Serves generated HTML at a path of the fixture server (the content script runs on it like on any page). */
async function serve(session: ExtensionSession, path: string, html: string): Promise<string> {
  const url = `${session.baseUrl}${path}`;
  await session.context.route(url, (route) =>
    route.fulfill({ body: html, contentType: 'text/html; charset=utf-8' }),
  );
  return url;
}

function plainPage(bytes: number): string {
  const paragraph =
    '<p>The harbour committee met on Tuesday to discuss the dredging schedule for the outer channel and the ' +
    'budget for next year, and agreed to publish the minutes by the end of the month.</p>\n';
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Minutes</title></head><body><main><article><h1>Minutes</h1>${paragraph.repeat(Math.ceil(bytes / paragraph.length))}</article></main></body></html>`;
}

/** A page without quotations furnished as news sites are: a navigation bar, an article of plain paragraphs, then
 * classed elements after it (a share bar, a related-stories box) and `cards` teaser cards with a margin style and
 * a class, each a linked headline over a sentence (the pre-check's box selectors find each card, and each card's
 * sentence has a classed element after it). Two sizes of it give the pre-check's cost per card. */
function furnishedPage(cards: number): string {
  const nav = Array.from(
    { length: 12 },
    (_, i) => `<li class="nav-item"><a class="nav-link" href="/section-${i}">Section ${i}</a></li>`,
  ).join('');
  const paragraph =
    '<p>The harbour committee met on Tuesday to discuss the dredging schedule for the outer channel and the ' +
    'budget for next year, and agreed to publish the minutes by the end of the month.</p>\n';
  const card = (i: number) =>
    `<div class="teaser-card" style="margin: 0 0 16px 0; padding: 12px; background: #f6f6f6"><h3 class="teaser-title"><a href="/story-${i}">Ferry timetable changes for the winter months, part ${i}</a></h3><p class="teaser-text">The council will review the winter ferry timetable after complaints from commuters on the early crossings.</p><span class="teaser-meta">4 December</span></div>\n`;
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Minutes</title></head><body><header class="site-header"><nav class="site-nav"><ul class="nav-list">${nav}</ul></nav></header><main class="site-main"><article class="post"><h1 class="post-title">Minutes</h1><div class="post-body">${paragraph.repeat(20)}</div><div class="share-bar" style="margin-top: 24px"><a class="share" href="/share">Share</a></div></article><aside class="related"><h2 class="related-title">More stories</h2>${Array.from({ length: cards }, (_, i) => card(i)).join('')}</aside></main><footer class="site-footer"><p class="footer-text">Harbour Gazette, 1 Quay Street.</p></footer></body></html>`;
}

/** Thread time of our measures (median of `runs` traced loads) and of compiling our scripts (median of 5). */
async function threadTime(
  session: ExtensionSession,
  url: string,
  marks: number | null,
  runs: number,
): Promise<{ measured: number; compile: number; byPhase: Record<string, number> }> {
  const measured: number[] = [];
  const compile: number[] = [];
  const phases: Record<string, number[]> = {};
  for (let i = 0; i < runs; i++) {
    const load = await tracedLoad(session.context, url, (p) => settle(p, marks));
    measured.push(load.measured);
    for (const [phase, ms] of Object.entries(load.byPhase)) {
      phases[phase] ??= [];
      phases[phase].push(ms);
    }
  }
  for (let i = 0; i < COMPILE_RUNS; i++)
    compile.push((await tracedLoad(session.context, url, (p) => settle(p, marks), 'compile')).compile);
  // A phase missing from some loads counts as 0 ms in them.
  const byPhase = Object.fromEntries(
    Object.entries(phases).map(([phase, list]) => [
      phase,
      median([...list, ...new Array<number>(runs - list.length).fill(0)]),
    ]),
  );
  return { measured: median(measured), compile: median(compile), byPhase };
}

/** DOMContentLoaded to first marks on the seed page, each load in a browser just started: `runs` of them.
 * Without `profile`, a fresh browser each time (offscreen document and service worker not started yet, nothing
 * cached: a new install's first page). With it, the same profile restarted, as a reader's browser is each day:
 * the extension installed and the V8 code cache Chrome keeps for its scripts (made on a script's second load and
 * read from the third), so the loads measured come after `RESTART_PRIMING` unmeasured ones. */
async function firstLoadLatency(seed: string, runs: number, profile?: string): Promise<number[]> {
  const out: number[] = [];
  const priming = profile === undefined ? 0 : RESTART_PRIMING;
  for (let i = -priming; i < runs; i++) {
    const session = await launchExtension({ extensionPath: EXTENSION, userDataDir: profile });
    try {
      await watchProgress(session.context);
      await session.context.addInitScript(watchFirstMark);
      const page = await session.context.newPage();
      await page.goto(await serve(session, '/bench/seed-first.html', seed));
      await settle(page, 3);
      const ms = await firstMarkAfterDcl(page);
      if (ms !== null && i >= 0) out.push(ms);
    } finally {
      await session.close();
    }
  }
  return out;
}

/** `firstLoadLatency` over one profile restarted, made here and removed after. */
async function restartLatency(seed: string, runs: number): Promise<number[]> {
  const profile = await mkdtemp(join(tmpdir(), 'sourcelight-restarts-'));
  try {
    return await firstLoadLatency(seed, runs, profile);
  } finally {
    await rm(profile, { recursive: true, force: true });
  }
}

export async function benchPage(): Promise<Record<string, number>> {
  const kb = (file: string) => statSync(file).size / 1024;
  const gzippedKb = (file: string) => gzipSync(readFileSync(file), { level: 9 }).length / 1024;
  const seedHtml = readFileSync(join(ROOT, 'tests/fixtures/seed/seed-original.html'), 'utf8');
  const firstLoads = THREAD_ONLY ? [] : await firstLoadLatency(seedHtml, SEED_RUNS);
  const restarts = THREAD_ONLY ? [] : await restartLatency(seedHtml, SEED_RUNS);
  const session = await launchExtension({ extensionPath: EXTENSION });
  try {
    await watchProgress(session.context);
    await session.context.addInitScript(watchLongTasks);
    await session.context.addInitScript(watchFirstMark);
    const figures: Record<string, number> = {
      'first-look.js KB (the content script, every page)': kb(CONTENT_SCRIPT),
      'first-look.js KB gzipped': gzippedKb(CONTENT_SCRIPT),
      'session.js KB (pages that may hold quotations)': kb(SESSION_MODULE),
      'session.js KB gzipped': gzippedKb(SESSION_MODULE),
    };

    const seed = seedHtml;
    const seedUrl = await serve(session, '/bench/seed-original.html', seed);
    const seedTotals: number[] = [];
    const seedPhases: Record<string, number[]> = {};
    const warmLatency: number[] = [];
    // One load first, so the warm figures are of a warm browser (offscreen document up, code compiled).
    for (let i = -1; i < (THREAD_ONLY ? 0 : SEED_RUNS); i++) {
      const page = await session.context.newPage();
      await page.goto(seedUrl);
      await settle(page, 3);
      const latency = await firstMarkAfterDcl(page);
      if (i < 0) {
        await page.close();
        continue;
      }
      if (latency !== null) warmLatency.push(latency);
      const t = await timingsOf(page);
      seedTotals.push(t.total);
      for (const [phase, ms] of Object.entries(t.phases)) {
        seedPhases[phase] ??= [];
        seedPhases[phase].push(ms);
      }
      await page.close();
    }
    if (!THREAD_ONLY) {
      figures[
        `seed page: DOMContentLoaded → first marks ms, warm browser, median of ${warmLatency.length} (target 100)`
      ] = median(warmLatency);
      figures[
        `seed page: DOMContentLoaded → first marks ms, warm browser, slowest of ${warmLatency.length}`
      ] = Math.max(...warmLatency);
      figures[
        `seed page: DOMContentLoaded → first marks ms, first load of a fresh browser, median of ${firstLoads.length} (target 300)`
      ] = median(firstLoads);
      figures[`seed page: DOMContentLoaded → first marks ms, first load, slowest of ${firstLoads.length}`] =
        Math.max(...firstLoads);
      figures[
        `seed page: DOMContentLoaded → first marks ms, first load of a restarted browser (profile kept), median of ${restarts.length}`
      ] = median(restarts);
    }
    if (LATENCY_ONLY) return figures;
    const threadMs = await threadTime(session, seedUrl, 3, SEED_RUNS);
    figures[`seed page: main-thread CPU ms incl. compiling, median of ${SEED_RUNS} (budget 10)`] =
      threadMs.measured + threadMs.compile;
    figures[`seed page: of which compiling our scripts (median of ${COMPILE_RUNS})`] = threadMs.compile;
    for (const [phase, ms] of Object.entries(threadMs.byPhase))
      figures[`seed page: ${phase} thread ms (median)`] = ms;
    if (!THREAD_ONLY) {
      figures[`seed page: main-thread wall ms, median of ${SEED_RUNS} (no compiling)`] = median(seedTotals);
      figures['seed page: main-thread wall ms, first load'] = seedTotals[0];
      for (const [phase, list] of Object.entries(seedPhases))
        figures[`seed page: ${phase} wall ms (median)`] = median(list);
    }

    if (!THREAD_ONLY) {
      const bigHtml = scaledSeedPage(seed, 1.5 * 1024 * 1024);
      const big = await session.context.newPage();
      const bigUrl = await serve(session, '/bench/seed-1.5mb.html', bigHtml);
      await big.goto(bigUrl);
      await settle(big, 3);
      const b = await timingsOf(big);
      figures['1.5 MB page: size KB'] = bigHtml.length / 1024;
      figures['1.5 MB page: our main-thread ms'] = b.total;
      figures['1.5 MB page: our longest task ms (budget 50)'] = b.longestTask;
      figures['1.5 MB page: our tasks'] = b.tasks;
      figures['1.5 MB page: our longest task, thread ms (budget 50)'] = (
        await tracedLoad(session.context, bigUrl, (p) => settle(p, 3))
      ).longestTask;
      for (const [phase, ms] of Object.entries(b.phases)) {
        figures[`1.5 MB page: ${phase} ms, in all`] = ms;
        figures[`1.5 MB page: ${phase} ms, longest task`] = b.longestByPhase[phase];
      }
      // Chromium does not attribute extension work to the page's long tasks, so these are the page's own
      // (parsing, layout) that happened to overlap ours: context, not our budget.
      figures['1.5 MB page: page-observed long tasks overlapping ours'] = b.longTasksOverlappingOurs.length;
      await big.close();

      // Hostile pages: each must be answered without a task of ours over 50 ms (the analyser's own limits apply).
      for (const { name, html } of hostilePages()) {
        const url = await serve(session, `/bench/hostile-${encodeURIComponent(name)}.html`, html);
        const page = await session.context.newPage();
        await page.goto(url, { timeout: 120_000 });
        await settleHostile(page, html);
        const t = await timingsOf(page);
        figures[`hostile page "${name}": our longest task ms (budget 50)`] = t.longestTask;
        // By phase, so the longest task can be put down to the work in it.
        for (const [phase, ms] of Object.entries(t.phases)) {
          figures[`hostile page "${name}": ${phase} ms, in all`] = ms;
          figures[`hostile page "${name}": ${phase} ms, longest task`] = t.longestByPhase[phase];
        }
        const latency = await firstMarkAfterDcl(page);
        if (latency !== null)
          figures[`hostile page "${name}": DOMContentLoaded → first marks ms (target 3000)`] = latency;
        await page.close();
        // The same budget in thread time, from a traced load: the wall figure above also counts the time a busy
        // machine kept the page's thread waiting for a core in the middle of a task.
        const traced = await tracedLoad(session.context, url, (p) => settleHostile(p, html));
        figures[`hostile page "${name}": our longest task, thread ms (budget 50)`] = traced.longestTask;
      }

      // The design not taken: the analysis run in the page itself (docs/highlights.md, "Where the analysis runs").
      const alternative: Array<Awaited<ReturnType<typeof inPageAnalysisCost>>> = [];
      for (let i = 0; i < SEED_RUNS; i++) {
        const page = await session.context.newPage();
        await page.goto(seedUrl);
        alternative.push(await inPageAnalysisCost(page));
        await page.close();
      }
      const alt = (pick: (a: (typeof alternative)[number]) => number) => median(alternative.map(pick));
      figures[`seed page, analysed in the page instead: loading the analyser ms, median of ${SEED_RUNS}`] =
        alt((a) => a.loadMs);
      figures['seed page, analysed in the page instead: first analysis ms (cold)'] = alt(
        (a) => a.cold.analyseMs,
      );
      figures['seed page, analysed in the page instead: first claims ms (cold)'] = alt(
        (a) => a.cold.claimsMs,
      );
      figures['seed page, analysed in the page instead: main-thread ms in all (cold, budget 10)'] = alt(
        (a) => a.loadMs + a.cold.analyseMs + a.cold.claimsMs,
      );
      figures['seed page, analysed in the page instead: analysis + claims ms (warm)'] = alt(
        (a) => a.warm.analyseMs + a.warm.claimsMs,
      );
    }

    const withoutQuotes: Array<[string, string, string]> = [
      ...[20, 200].map((size): [string, string, string] => [
        `${size} KB`,
        `no-quotes-${size}kb`,
        plainPage(size * 1024),
      ]),
      ...FURNISHED_CARDS.map((cards): [string, string, string] => [
        `furnished, ${cards} cards,`,
        `furnished-${cards}`,
        furnishedPage(cards),
      ]),
    ];
    for (const [size, path, html] of withoutQuotes) {
      const url = await serve(session, `/bench/${path}.html`, html);
      const measured: number[] = [];
      for (let i = 0; i < PLAIN_RUNS; i++) {
        const page = await session.context.newPage();
        await page.goto(url);
        await settle(page, null);
        measured.push((await timingsOf(page)).total);
        await page.close();
      }
      const cpu = await threadTime(session, url, null, PLAIN_RUNS);
      figures[
        `${size} page without quotations: main-thread CPU ms incl. compiling, median of ${PLAIN_RUNS} (near 0)`
      ] = cpu.measured + cpu.compile;
      figures[`${size} page without quotations: of which compiling our scripts`] = cpu.compile;
      for (const [phase, ms] of Object.entries(cpu.byPhase))
        figures[`${size} page without quotations: ${phase} thread ms (median)`] = ms;
      figures[`${size} page without quotations: main-thread wall ms, median of ${PLAIN_RUNS}`] =
        median(measured);
    }
    const check = await session.context.newPage();
    await check.goto(`${session.baseUrl}/bench/no-quotes-20kb.html`);
    await settle(check, null);
    figures['page without quotations: overlay elements added (0 = none)'] = await check
      .locator('sourcelight-overlay')
      .count();
    await check.close();

    // Errors are reported, not thrown: the budgets above stand either way.
    figures['browser errors during the runs'] = session.errors.length;
    for (const error of session.errors) console.warn(`bench-page: ${error}`);
    return figures;
  } finally {
    await session.close();
  }
}

// Run on its own: `node scripts/run-ts.mjs scripts/bench-page.ts`.
if (process.argv[1]?.endsWith('bench-page.ts')) {
  const figures = await benchPage();
  for (const [k, v] of Object.entries(figures)) console.log(`${k.padEnd(72)} ${v.toFixed(2)}`);
}
