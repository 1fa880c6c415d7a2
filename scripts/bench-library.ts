// The claim library's budgets in real Chromium, through the built extension (.output/chrome-mv3; build it
// first): with 10,000 saved claims, the popup's first paint of the library, one search keystroke, and a full
// export in each format. Medians over several runs. Used by scripts/bench.ts (`npm run bench`).
// Times are from navigation start unless named otherwise; "AfterScriptStart" leaves out the browser's own
// loading of the page (the popup's first line runs), and browserShellPaint is the browser's first paint.
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { launchExtension } from '../tests/browser/harness';
import type { ClaimRecord } from '../utils/storage/types';

const CLAIMS = 10_000;
const PAINT_RUNS = 7;
const EXPORT_RUNS = 5;
const QUERIES = [
  'd',
  'da',
  'dam',
  'dama',
  'damas',
  'damascus',
  'damascus a',
  'damascus ai',
  'strike',
  'reuters hama',
];

const WORDS = (
  'officials said the ministry confirmed fighters were killed near hama aleppo idlib damascus airport strike convoy ' +
  'ceasefire talks monitor reported hundreds displaced border crossing shelling drones rebels army troops sources ' +
  'according to statement on tuesday wednesday at least more than dozens civilians hospital aid'
).split(' ');
const OUTLETS = ['Reuters', 'BBC', 'Associated Press', 'Al Jazeera', 'The New York Times', 'AFP', null];
const PUBLICATIONS = ['Zero Hedge', 'Naked Capitalism', 'Hot Air'];

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/** A deterministic pseudo-random library: varied words, outlets, pages, tags and notes. */
export function seedClaims(count: number): ClaimRecord[] {
  let state = 12345;
  const next = () => {
    state = (state * 1103515245 + 12345) % 2 ** 31;
    return state / 2 ** 31;
  };
  const pick = <T>(list: T[]) => list[Math.floor(next() * list.length)];
  const records: ClaimRecord[] = [];
  for (let i = 0; i < count; i += 1) {
    const words = Array.from({ length: 12 + Math.floor(next() * 20) }, () => pick(WORDS));
    const text = `${words.join(' ')} ${i}.`.replace(/^./, (c) => c.toUpperCase());
    const outlet = pick(OUTLETS);
    const page = `https://blog${i % 7}.example/posts/${Math.floor(i / 12)}`;
    const savedAt = 1_700_000_000_000 + i * 60_000;
    records.push({
      id: `bench-${i}`,
      text,
      kind: outlet ? 'reported' : 'commentary',
      quoteId: outlet ? 'q1' : null,
      publication: pick(PUBLICATIONS),
      outlet,
      speaker:
        next() < 0.5
          ? { name: 'the Syrian Observatory for Human Rights', mention: 'the monitor', how: 'named' }
          : null,
      score: Math.round(next() * 100) / 100,
      reasons: ['+0.15 number'],
      selector: {
        quote: { type: 'TextQuoteSelector', exact: text, prefix: 'before ', suffix: ' after' },
        position: { type: 'TextPositionSelector', start: i * 50, end: i * 50 + text.length },
      },
      pageUrl: page,
      pageTitle: `Post ${Math.floor(i / 12)} on blog ${i % 7}`,
      savedAt,
      note: i % 5 === 0 ? `Note ${i}: check the ${pick(WORDS)} figure` : '',
      tags: i % 9 === 0 ? [pick(['syria', 'casualties', 'aviation', 'diplomacy'])] : [],
      updatedAt: savedAt,
      version: 1,
      orphanedAt: null,
    });
  }
  return records;
}

/**
 * From navigation start to the popup's first paint of the library rows, and to the whole library being in
 * memory for search (the popup's own performance marks).
 */
interface OpenTimes {
  /** The popup's script starts running (what came before is the browser loading the page). */
  start: number;
  /** The browser's first paint of the popup's shell. */
  shell: number;
  paint: number;
  complete: number;
}

async function openTimes(page: Page): Promise<OpenTimes> {
  await page.reload();
  const handle = await page.waitForFunction(
    () => {
      const at = (name: string) => performance.getEntriesByName(name)[0]?.startTime;
      const times = {
        start: at('sourcelight:popup-start'),
        shell: at('first-contentful-paint'),
        paint: at('sourcelight:library-painted'),
        complete: at('sourcelight:library-complete'),
      };
      const ready = Object.values(times).every((t) => t !== undefined);
      return ready && document.querySelectorAll('[role="option"]').length > 0 ? times : null;
    },
    undefined,
    { timeout: 30_000, polling: 'raf' },
  );
  return (await handle.jsonValue()) as OpenTimes;
}

/** One keystroke in the search box: from the input event to the next frame after the list re-rendered. */
async function keystroke(page: Page, value: string): Promise<number> {
  return page.evaluate(async (text) => {
    const input = document.querySelector('input[type="search"]') as HTMLInputElement;
    const start = performance.now();
    input.value = text;
    input.dispatchEvent(new Event('input', { bubbles: true }));
    await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
    return performance.now() - start;
  }, value);
}

/** A full export: from the click to the file handed to the browser as a Blob URL. */
async function exportOnce(page: Page, label: string): Promise<number> {
  await page.evaluate(() => {
    const w = window as unknown as { __exportDone?: number; __patched?: boolean };
    w.__exportDone = undefined;
    if (w.__patched) return;
    w.__patched = true;
    const original = URL.createObjectURL.bind(URL);
    URL.createObjectURL = (blob: Blob | MediaSource) => {
      w.__exportDone = performance.now();
      return original(blob);
    };
  });
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.evaluate((name) => {
      const button = [...document.querySelectorAll('button')].find((b) => b.textContent?.trim() === name);
      (window as unknown as { __exportStart: number }).__exportStart = performance.now();
      button?.click();
    }, label),
  ]);
  await download.delete().catch(() => undefined);
  return page.evaluate(() => {
    const w = window as unknown as { __exportStart: number; __exportDone: number };
    return w.__exportDone - w.__exportStart;
  });
}

export async function benchLibrary(): Promise<Record<string, number>> {
  // From the working directory (the repository root under `npm run bench`): once bundled into a cache folder,
  // the harness cannot find the build relative to itself. SOURCELIGHT_EXTENSION may point at another build.
  const session = await launchExtension({
    extensionPath: resolve(process.env.SOURCELIGHT_EXTENSION ?? '.output/chrome-mv3'),
  });
  try {
    const backup = JSON.stringify({
      format: 'sourcelight-backup',
      version: 1,
      exportedAt: new Date().toISOString(),
      claims: seedClaims(CLAIMS),
    });
    // Seeded as the reader would: the backup chosen on the options page, imported through the background.
    const options = await session.openExtensionPage('options.html');
    await options.setInputFiles('#sl-import', {
      name: 'seed.json',
      mimeType: 'application/json',
      buffer: Buffer.from(backup),
    });
    const imported =
      (await options.locator('.sl-import-result, .sl-import-errors').textContent({ timeout: 120_000 })) ?? '';
    if (!imported.includes(`${CLAIMS.toLocaleString('en-US')} new claims`))
      throw new Error(`seeding failed: ${imported.slice(0, 300)}`);
    await options.close();
    const popup = await session.openPopup();
    await popup.locator('main').waitFor();

    const runs: OpenTimes[] = [];
    for (let i = 0; i < PAINT_RUNS; i += 1) runs.push(await openTimes(popup));
    const shown = await popup.locator('[role="option"]').count();

    const keys: number[] = [];
    for (let round = 0; round < 3; round += 1) {
      for (const q of QUERIES) keys.push(await keystroke(popup, q));
      keys.push(await keystroke(popup, ''));
    }

    const figures: Record<string, number> = {
      'library.claims': CLAIMS,
      'library.rowsRendered': shown,
      // Rows rendered before the browser's first paint appear in that paint: the later of the two counts.
      'library.firstPaintMs (budget 200)': median(runs.map((r) => Math.max(r.paint, r.shell))),
      'library.firstPaintAfterScriptStartMs': median(runs.map((r) => r.paint - r.start)),
      'library.browserShellPaintMs': median(runs.map((r) => r.shell)),
      'library.wholeLibraryInMemoryMs': median(runs.map((r) => r.complete)),
      'library.searchKeystrokeMs (budget 50)': median(keys),
      'library.searchKeystrokeMaxMs': Math.max(...keys),
    };
    const formats: Array<[string, string]> = [
      ['markdown', 'Markdown'],
      ['csv', 'CSV'],
      ['json', 'JSON backup'],
      ['annotations', 'Web Annotations (JSON-LD)'],
    ];
    for (const [key, label] of formats) {
      const runs: number[] = [];
      for (let i = 0; i < EXPORT_RUNS; i += 1) runs.push(await exportOnce(popup, label));
      figures[`library.export.${key}Ms`] = median(runs);
    }
    return figures;
  } finally {
    await session.close();
  }
}
