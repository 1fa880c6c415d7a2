// What the reader sees against what the analyser finds, on a live page in a real browser: the analyser
// (bundled from utils/, for the page's own script world) is run on the page as it is at that moment, and
// each passage it reports is set beside the marks the extension left on the page. Used by the fidelity
// browser test and by `npm run fidelity`.
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import type { Page } from 'playwright-core';
import type { LiveMarks } from './live-marks-entry';

export type { LiveMarks, MarkedPassage } from './live-marks-entry';

// Beside this file, or (when this file runs bundled, from scripts/run-ts.mjs) from the project's root.
const BESIDE = join(dirname(fileURLToPath(import.meta.url)), 'live-marks-entry.ts');
const ENTRY = existsSync(BESIDE) ? BESIDE : resolve('scripts/lib/live-marks-entry.ts');
const GLOBAL = '__sourcelightLiveMarks';

let bundle: Promise<string> | null = null;

function analyserBundle(): Promise<string> {
  bundle ??= build({
    entryPoints: [ENTRY],
    bundle: true,
    write: false,
    format: 'iife',
    globalName: GLOBAL,
    platform: 'browser',
    target: 'es2022',
    logLevel: 'warning',
    // A global of the page's world whatever the eval's mode (a strict eval keeps its vars to itself).
    footer: { js: `globalThis.${GLOBAL} = ${GLOBAL};` },
  }).then((result) => result.outputFiles[0].text);
  return bundle;
}

/** The analyser's passages on the page as it is now, beside the extension's marks. */
export async function liveMarks(page: Page): Promise<LiveMarks> {
  const loaded = await page.evaluate((name) => name in globalThis, GLOBAL);
  // A string is evaluated as a script in the page's world (through the DevTools protocol, so a page's
  // security policy does not stop it): tests and tools only.
  if (!loaded) await page.evaluate(await analyserBundle());
  return page.evaluate(
    (name) => (globalThis as unknown as Record<string, { compareMarks(): LiveMarks }>)[name].compareMarks(),
    GLOBAL,
  );
}

/**
 * What analysing in the page would cost it (the design not taken, docs/highlights.md): in a page whose script
 * world has not run the analyser yet, loading its code, then its first analysis and claims (cold), then a
 * second (warm), in ms of the page's main thread.
 */
export async function inPageAnalysisCost(page: Page): Promise<{
  loadMs: number;
  cold: { analyseMs: number; claimsMs: number };
  warm: { analyseMs: number; claimsMs: number };
}> {
  const source = await analyserBundle();
  const loadMs = (await page.evaluate(
    `(() => { const start = performance.now(); ${source}; return performance.now() - start; })()`,
  )) as number;
  const time = () =>
    page.evaluate(
      (name) =>
        (
          globalThis as unknown as Record<string, { timeAnalysis(): { analyseMs: number; claimsMs: number } }>
        )[name].timeAnalysis(),
      GLOBAL,
    );
  const cold = await time();
  const warm = await time();
  return { loadMs, cold, warm };
}

/**
 * Polls until the marks have agreed with the analyser twice in a row, `pollMs` apart (or `timeoutMs` passed);
 * the last comparison either way.
 */
export async function settledMarks(page: Page, timeoutMs: number, pollMs = 500): Promise<LiveMarks> {
  const until = Date.now() + timeoutMs;
  let agreed = 0;
  for (;;) {
    const marks = await liveMarks(page);
    agreed = marks.agree ? agreed + 1 : 0;
    if (agreed >= 2 || Date.now() > until) return marks;
    await page.waitForTimeout(pollMs);
  }
}

/** "Reuters, BBC ×2": the outlet passages, in page order. */
export function outletsOf(passages: LiveMarks['passages'], marked: boolean): string {
  const names = passages
    .filter((p) => p.kind === 'outlet')
    .map((p) => (marked ? (p.elements[0]?.outlet ?? '(unmarked)') || '(unnamed)' : p.outlet || '(unnamed)'));
  return names.join(', ') || '—';
}
