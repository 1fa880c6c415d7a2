// Pages that are hard for the way the extension analyses: the content script sends the page's markup to be
// analysed on a parsed copy and places the answer back on the live page (docs/highlights.md). A page whose
// DOM was built by scripts into a shape markup cannot express, and a page of thousands of passages, must
// still be marked right, without errors and without touching the page's text.
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumPath, type ExtensionSession, launchExtension } from './harness';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

async function serve(
  session: ExtensionSession,
  path: string,
  html: string,
  headers: Record<string, string> = {},
): Promise<Page> {
  const url = `${session.baseUrl}${path}`;
  await session.context.route(url, (route) =>
    route.fulfill({ body: html, contentType: 'text/html; charset=utf-8', headers }),
  );
  const page = await session.context.newPage();
  await page.goto(url);
  return page;
}

function marksOn(page: Page, selector: string) {
  return page.$$eval(selector, (els) =>
    els.map((el) => `${el.tagName}:${el.getAttribute('data-sourcelight-outlet')}`),
  );
}

/** The seed article's three outlet passages, marked Reuters, BBC, Reuters. */
async function expectSeedMarks(page: Page): Promise<void> {
  await page.waitForFunction(
    () => document.querySelectorAll('blockquote[data-sourcelight-outlet]').length >= 3,
    undefined,
    { timeout: 20_000 },
  );
  expect(await marksOn(page, 'blockquote[data-sourcelight-outlet]')).toEqual([
    'BLOCKQUOTE:Reuters',
    'BLOCKQUOTE:BBC',
    'BLOCKQUOTE:Reuters',
  ]);
}

describe.skipIf(!chromiumPath)('hard pages', () => {
  let session: ExtensionSession;

  beforeAll(async () => {
    session = await launchExtension();
  });

  afterAll(async () => {
    await session?.close();
  });

  it('marks a page whose security policy forbids every script (the session module still loads)', async () => {
    const seed = readFileSync(join(ROOT, 'tests/fixtures/seed/seed-original.html'), 'utf8');
    const inline = '<script>document.documentElement.dataset.inlineScript = "ran";</script>';
    const page = await serve(session, '/hard/no-scripts.html', seed.replace('</body>', `${inline}</body>`), {
      'Content-Security-Policy': "default-src 'none'; script-src 'none'; style-src 'unsafe-inline'",
    });
    await expectSeedMarks(page);
    // The policy was in force: the page's own inline script was refused (the browser says so in the console,
    // the one error expected here).
    expect(await page.evaluate(() => document.documentElement.dataset.inlineScript)).toBeUndefined();
    const refusals = session.errors.filter((e) => /Content Security Policy/.test(e));
    expect(refusals.length).toBeGreaterThan(0);
    session.errors.splice(0, session.errors.length, ...session.errors.filter((e) => !refusals.includes(e)));
    await page.close();
    session.assertNoErrors();
  });

  it('marks a page whose scripts built a block inside a paragraph (its markup parses differently)', async () => {
    const seed = readFileSync(join(ROOT, 'tests/fixtures/seed/seed-original.html'), 'utf8');
    // Before the first blockquote's lead-in, a script puts a <div> inside a <p>: parsing its markup gives three
    // siblings instead of one, so every later element's place differs between the page and its copy.
    const script = `<script>
      const p = document.createElement('p');
      const div = document.createElement('div');
      div.textContent = 'Related: the war in numbers.';
      p.append(div);
      document.querySelector('blockquote').previousElementSibling.before(p);
    </script>`;
    const page = await serve(session, '/hard/script-built.html', seed.replace('</body>', `${script}</body>`));
    await expectSeedMarks(page);
    // The paragraph built by the script is nobody's passage.
    expect(
      await page.$eval('p > div', (div) => div.parentElement?.hasAttribute('data-sourcelight-outlet')),
    ).toBe(false);
    await page.close();
    session.assertNoErrors();
  });

  it('marks a page of 10,000 passages up to the analyser’s limit, leaving its text alone', async () => {
    const passages = Array.from(
      { length: 10_000 },
      (_, i) =>
        `<p>And more from BBC:</p><blockquote><p>Quoted line number ${i} about markets.</p></blockquote>`,
    ).join('');
    const html = `<!doctype html><html><head><title>Many</title></head><body><article><h1>Many</h1>${passages}</article></body></html>`;
    const page = await serve(session, '/hard/many.html', html);
    const before = await page.evaluate(() => document.querySelector('article')?.textContent?.length);
    await page.waitForFunction(
      () => document.querySelectorAll('blockquote[data-sourcelight-outlet="BBC"]').length >= 3_000,
      undefined,
      { timeout: 60_000 },
    );
    // The analyser considers at most 3,000 blockquotes (utils/analysis/article-text.ts LIMITS).
    expect(await page.locator('blockquote[data-sourcelight-outlet]').count()).toBe(3_000);
    expect(await page.evaluate(() => document.querySelector('article')?.textContent?.length)).toBe(before);
    expect(await page.locator('sourcelight-overlay').count()).toBe(1);
    await page.close();
    session.assertNoErrors();
  });
});
