// What the reader sees is what the analyser found, however the page is built or changed: each page below
// ends with the marks the analyser reports when run on the live page itself (scripts/lib/live-marks.ts), and
// without a console error. Every one of these once broke the marks: markup read back through an HTML parser
// gave another tree than the live one (docs/highlights.md, "Fidelity").
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type LiveMarks, settledMarks } from '../../scripts/lib/live-marks';
import { chromiumPath, type ExtensionSession, launchExtension } from './harness';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const SEED = readFileSync(join(ROOT, 'tests/fixtures/seed/seed-original.html'), 'utf8');

/** The seed page with `head` added at the end of its <head> and `body` at the end of its <body>. */
function seedWith(head: string, body: string): string {
  return SEED.replace('</head>', `${head}</head>`).replace('</body>', `${body}</body>`);
}

const SEED_OUTLETS = ['Reuters', 'BBC', 'Reuters'];

function outletMarks(marks: LiveMarks): string[] {
  return marks.passages.filter((p) => p.kind === 'outlet').map((p) => p.elements[0]?.outlet ?? '');
}

describe.skipIf(!chromiumPath)('fidelity: the marks land where the analyser found passages', () => {
  let session: ExtensionSession;

  beforeAll(async () => {
    session = await launchExtension();
  });

  afterAll(async () => {
    await session?.close();
  });

  async function serve(path: string, html: string): Promise<Page> {
    const url = `${session.baseUrl}${path}`;
    await session.context.route(url, (route) =>
      route.fulfill({ body: html, contentType: 'text/html; charset=utf-8' }),
    );
    const page = await session.context.newPage();
    await page.goto(url);
    return page;
  }

  /** Waits for the marks to settle, and checks they are the analyser's, the seed's three outlets among them. */
  async function expectAnalysersMarks(page: Page): Promise<LiveMarks> {
    const marks = await settledMarks(page, 20_000);
    expect(marks.strays).toEqual([]);
    expect(marks.agree).toBe(true);
    expect(outletMarks(marks)).toEqual(SEED_OUTLETS);
    return marks;
  }

  it('a <noscript><img> and a script-inserted <iframe> and <div> in <head>, and text before <body>', async () => {
    const head = `<noscript><img height="1" width="1" style="display:none" src="/favicon.ico"></noscript>
      <script>
        const frame = document.createElement('iframe');
        frame.src = 'about:blank';
        document.head.appendChild(frame);
        const div = document.createElement('div');
        div.textContent = 'Consent settings';
        document.head.appendChild(div);
      </script>`;
    const body = `<script>
        document.documentElement.insertBefore(document.createTextNode('Before the body. '), document.body);
      </script>`;
    const page = await serve('/fidelity/head.html', seedWith(head, body));
    await expectAnalysersMarks(page);
    // The page really has those shapes (a parser would have moved the <div> out of <head>).
    expect(await page.evaluate(() => document.head.querySelector('div')?.textContent)).toBe(
      'Consent settings',
    );
    expect(await page.evaluate(() => document.body.previousSibling?.nodeType)).toBe(3);
    await page.close();
    session.assertNoErrors();
  });

  it('a comment holding "-->" before a passage', async () => {
    const body = `<script>
        document.querySelector('blockquote').before(document.createComment(' a --> <b>b</b> <!-- c '));
      </script>`;
    const page = await serve('/fidelity/comment.html', seedWith('', body));
    await expectAnalysersMarks(page);
    await page.close();
    session.assertNoErrors();
  });

  it('a passage whose text is rewritten every 100 ms, in place and by replacing it', async () => {
    const body = `<script>
        const quotes = document.querySelectorAll('blockquote');
        const text = quotes[0].querySelector('p').firstChild;
        const original = text.data;
        const replaced = quotes[1].querySelector('p');
        const words = replaced.textContent;
        let n = 0;
        setInterval(() => {
          n++;
          text.data = original + ' (' + n + ')';
          replaced.textContent = words + ' [' + n + ']';
        }, 100);
      </script>`;
    const page = await serve('/fidelity/rewritten.html', seedWith('', body));
    await expectAnalysersMarks(page);
    // Still rewriting, still agreeing, a few seconds on.
    await page.waitForTimeout(3_000);
    await expectAnalysersMarks(page);
    await page.close();
    session.assertNoErrors();
  });

  it('an article taken out and put back', async () => {
    const body = `<script>
        const article = document.querySelector('article');
        const parent = article.parentNode;
        const next = article.nextSibling;
        setTimeout(() => {
          article.remove();
          setTimeout(() => parent.insertBefore(article, next), 400);
        }, 30);
      </script>`;
    const page = await serve('/fidelity/reinserted.html', seedWith('', body));
    await page.waitForTimeout(1_000);
    await expectAnalysersMarks(page);
    await page.close();
    session.assertNoErrors();
  });

  it('a page that clears CSS.highlights gets ours back', async () => {
    const page = await serve('/fidelity/cleared.html', SEED);
    await expectAnalysersMarks(page);
    await page.waitForFunction(() => CSS.highlights.size > 0, undefined, { timeout: 10_000 });
    const names = await page.evaluate(() => [...CSS.highlights.keys()].sort());
    await page.evaluate(() => CSS.highlights.clear());
    await page.waitForFunction(() => CSS.highlights.size > 0, undefined, { timeout: 5_000 });
    expect(await page.evaluate(() => [...CSS.highlights.keys()].sort())).toEqual(names);
    // Our <style> taken out is put back too.
    await page.evaluate(() => document.querySelector('style[data-sourcelight]')?.remove());
    await page.waitForFunction(() => document.querySelector('style[data-sourcelight]') !== null, undefined, {
      timeout: 5_000,
    });
    await expectAnalysersMarks(page);
    await page.close();
    session.assertNoErrors();
  });
});
