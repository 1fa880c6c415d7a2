// Passages that are not blockquotes, and pages of several posts, marked in the page as a blockquote is:
// quoted paragraphs and indented boxes carry the outlet on their elements, a <br>-separated run that shares
// its element with other text is painted over its words, and every post of a front page gets its marks.
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumPath, type ExtensionSession, launchExtension } from './harness';

const PATTERNS = join(resolve(dirname(fileURLToPath(import.meta.url)), '../..'), 'tests/fixtures/patterns');

async function open(session: ExtensionSession, file: string): Promise<Page> {
  const url = `${session.baseUrl}/patterns/${file}`;
  const html = readFileSync(join(PATTERNS, file), 'utf8');
  await session.context.route(url, (route) =>
    route.fulfill({ body: html, contentType: 'text/html; charset=utf-8' }),
  );
  const page = await session.context.newPage();
  await page.goto(url);
  return page;
}

/** Tag and outlet of every marked element, in page order, once at least `count` are marked. */
async function marks(page: Page, count: number): Promise<string[]> {
  await page.waitForFunction(
    (n) => document.querySelectorAll('[data-sourcelight-outlet]').length >= n,
    count,
    { timeout: 20_000 },
  );
  return page.$$eval('[data-sourcelight-outlet]', (els) =>
    els.map((el) => `${el.tagName}:${el.getAttribute('data-sourcelight-outlet')}`),
  );
}

describe.skipIf(!chromiumPath)('passages without blockquotes, pages of several posts', () => {
  let session: ExtensionSession;

  beforeAll(async () => {
    session = await launchExtension();
  });

  afterAll(async () => {
    await session?.close();
  });

  it('marks paragraphs in quotation marks after a colon lead-in on their elements', async () => {
    const page = await open(session, 'para-quoted-after-colon.html');
    expect(await marks(page, 2)).toEqual(['P:Financial Times', 'P:Financial Times']);
    await page.close();
  });

  it('marks an indented box and a <dd> like a blockquote', async () => {
    const indented = await open(session, 'indented-div-block.html');
    const found = await marks(indented, 1);
    expect(found.length).toBeGreaterThanOrEqual(1);
    expect(found.every((m) => m.startsWith('DIV:') && m.length > 'DIV:'.length)).toBe(true);
    await indented.close();
    const dd = await open(session, 'dd-indented-block.html');
    const ddMarks = await marks(dd, 1);
    expect(ddMarks.every((m) => m.startsWith('DD:') && m.length > 'DD:'.length)).toBe(true);
    await dd.close();
  });

  it('paints the words of a <br>-separated run whose element also holds the commentary', async () => {
    const page = await open(session, 'br-separated-run.html');
    await page.waitForFunction(
      () => {
        // Highlights hold StaticRanges, which have no text of their own: read it through a live Range.
        for (const [, highlight] of CSS.highlights)
          for (const r of highlight) {
            const range = document.createRange();
            range.setStart(r.startContainer, r.startOffset);
            range.setEnd(r.endContainer, r.endOffset);
            if (range.toString().includes('Health officials closed')) return true;
          }
        return false;
      },
      undefined,
      { timeout: 20_000 },
    );
    // The shared <div> is not marked as a whole: the commentary around the run is not the outlet's.
    expect(await page.$$eval('[data-sourcelight-outlet]', (els) => els.length)).toBe(0);
    await page.close();
  });

  it('marks the passages of every post on a front page', async () => {
    const page = await open(session, 'multi-post-front-page.html');
    const found = await marks(page, 2);
    const posts = await page.$$eval('article', (articles) =>
      articles.map((a) => a.querySelectorAll('[data-sourcelight-outlet]').length),
    );
    expect(found.length).toBe(2);
    expect(posts.filter((n) => n > 0).length).toBe(2);
    await page.close();
  });
});
