// The backup's round trip in real Chromium, through the built extension's options page (.output/chrome-mv3;
// build it first): for 10,000 and 100,000 saved claims with notes, the export (click to file handed to the
// browser), the file's size, and the import of that file into a fresh profile (file chosen to the result
// shown). Used by scripts/bench.ts (`npm run bench`, or `npm run bench -- --only=backup`).
import { createWriteStream } from 'node:fs';
import { mkdtemp, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { launchExtension } from '../tests/browser/harness';
import { backupLines } from '../utils/export/backup';
import { seedClaims } from './bench-library';

const SIZES = [10_000, 100_000];
const MB = 1024 * 1024;

async function writeLines(path: string, lines: string[]): Promise<void> {
  const out = createWriteStream(path);
  for (const line of lines)
    if (!out.write(line)) await new Promise<void>((r) => out.once('drain', () => r()));
  await new Promise<void>((done, fail) => out.end((error?: Error | null) => (error ? fail(error) : done())));
}

/** Chooses the file on the options page; from the change event to the import's result on the page. */
async function importFile(page: Page, path: string, count: number): Promise<number> {
  await page.evaluate(() => {
    const w = window as unknown as { __t0?: number; __t1?: number };
    const input = document.querySelector('#sl-import') as HTMLInputElement;
    input.addEventListener('change', () => (w.__t0 = performance.now()), { capture: true, once: true });
    new MutationObserver((_, observer) => {
      if (document.querySelector('.sl-import-result, .sl-import-errors')) {
        w.__t1 = performance.now();
        observer.disconnect();
      }
    }).observe(document.body, { childList: true, subtree: true });
  });
  await page.setInputFiles('#sl-import', path);
  await page.waitForFunction(() => (window as unknown as { __t1?: number }).__t1 !== undefined, undefined, {
    timeout: 15 * 60_000,
    polling: 200,
  });
  const shown = (await page.locator('.sl-import-result, .sl-import-errors').textContent()) ?? '';
  if (!shown.includes(`${count.toLocaleString('en-US')} new claims`))
    throw new Error(`import of ${count} claims: ${shown.slice(0, 300)}`);
  return page.evaluate(() => {
    const w = window as unknown as { __t0: number; __t1: number };
    return w.__t1 - w.__t0;
  });
}

/** Clicks the options page's backup button: click to Blob URL, and the downloaded file's path. */
async function exportFile(page: Page, saveTo: string): Promise<number> {
  await page.evaluate(() => {
    const w = window as unknown as { __done?: number };
    const original = URL.createObjectURL.bind(URL);
    URL.createObjectURL = (blob: Blob | MediaSource) => {
      w.__done = performance.now();
      return original(blob);
    };
  });
  const [download, start] = await Promise.all([
    page.waitForEvent('download', { timeout: 15 * 60_000 }),
    page.evaluate(() => {
      const button = [...document.querySelectorAll('button')].find((b) =>
        /Download a backup/.test(b.textContent ?? ''),
      );
      const at = performance.now();
      button?.click();
      return at;
    }),
  ]);
  await download.saveAs(saveTo);
  const done = await page.evaluate(() => (window as unknown as { __done: number }).__done);
  return done - start;
}

export async function benchBackup(): Promise<Record<string, number>> {
  const extensionPath = resolve(process.env.SOURCELIGHT_EXTENSION ?? '.output/chrome-mv3');
  const figures: Record<string, number> = {};
  for (const count of SIZES) {
    const dir = await mkdtemp(join(tmpdir(), 'sourcelight-bench-backup-'));
    const claims = seedClaims(count).map((c, i) => ({
      ...c,
      note: `Note ${i}: check the ${c.outlet ?? 'blog'} figure against the ministry's own release first.`,
    }));
    const seed = join(dir, 'seed.jsonl');
    await writeLines(seed, backupLines(claims, [], Date.now()));
    const exported = join(dir, 'exported.jsonl');
    const first = await launchExtension({ extensionPath });
    try {
      await importFile(await first.openExtensionPage('options.html'), seed, count);
      figures[`backup.${count}.exportMs`] = await exportFile(
        await first.openExtensionPage('options.html'),
        exported,
      );
    } finally {
      await first.close();
    }
    const bytes = (await stat(exported)).size;
    figures[`backup.${count}.fileMB`] = bytes / MB;
    figures[`backup.${count}.bytesPerClaim`] = bytes / count;
    // The same claims as format 1 wrote them (pretty-printed, one document), for comparison.
    const formatOne = JSON.stringify({ format: 'sourcelight-backup', version: 1, claims }, null, 2);
    figures[`backup.${count}.formatOneMB (before)`] = Buffer.byteLength(formatOne) / MB;
    const fresh = await launchExtension({ extensionPath });
    try {
      figures[`backup.${count}.importIntoFreshProfileMs`] = await importFile(
        await fresh.openExtensionPage('options.html'),
        exported,
        count,
      );
    } finally {
      await fresh.close();
      await rm(dir, { recursive: true, force: true });
    }
  }
  return figures;
}
