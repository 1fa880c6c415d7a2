// Bad input never throws out of the analyser and always gets an answer: empty, huge, deep, broken pages.
import { describe, expect, it } from 'vitest';
import { parseHtml } from '../../cli/parse';
import { hostilePages } from '../../scripts/lib/bench-pages';
import { analyzePage } from '../../utils/analysis/analyze';
import { extractClaims } from '../../utils/claims/extract';
import { defaultOutlets } from '../../utils/outlets/default-lookup';

const pages = Object.fromEntries(hostilePages().map((p) => [p.name, p.html]));

async function run(html: string) {
  const page = parseHtml(html, 'https://blog.example.org/post');
  try {
    const analysis = analyzePage(page.document, { outlets: defaultOutlets });
    return { analysis, claims: extractClaims(analysis) };
  } finally {
    await page.close();
  }
}

describe('hostile pages', () => {
  it('an empty document is not an aggregated article', async () => {
    const { analysis, claims } = await run(pages['empty document']);
    expect(analysis.report).toMatchObject({ aggregated: false, quotes: [] });
    expect(claims).toEqual([]);
  });

  it('10,000 blockquotes: analysed up to the limit, with a warning', async () => {
    const { analysis } = await run(pages['10,000 blockquotes']);
    expect(analysis.report.aggregated).toBe(true);
    expect(analysis.report.quotes.length).toBeGreaterThan(100);
    expect(analysis.report.warnings.join(' ')).toMatch(/blockquotes/);
  }, 60_000);

  it('nesting 5,000 deep does not overflow the stack', async () => {
    const { analysis } = await run(pages['nesting 5,000 deep']);
    expect(analysis.report.warnings.filter((w) => w.startsWith('The page could not'))).toEqual([]);
    expect(analysis.report.quotes.length).toBe(1);
  }, 20_000);

  it('wrappers 3,000 deep that read as quote boxes or furniture still give the passage', async () => {
    const lead =
      '<p>Here is Reuters with the latest on the harbour strike and what it means for the ferries:</p>';
    const passage =
      '<blockquote><p>Dock workers walked out on Tuesday after talks broke down over pay, the union said in a statement.</p></blockquote>';
    for (const open of ['<div style="margin-left: 30px">', '<div class="widget">']) {
      const html = `<html><body><article>${open.repeat(3_000)}${lead}${passage}${'</div>'.repeat(3_000)}</article></body></html>`;
      const { analysis } = await run(html);
      expect(analysis.report.warnings.filter((w) => w.startsWith('The page could not'))).toEqual([]);
      expect(analysis.report.quotes.map((q) => q.outlet)).toEqual(['Reuters']);
    }
  }, 30_000);

  it('4,000 italic lines split by <br> in one element are read line by line, not each against all', async () => {
    const line = `<i>${'The ferry will stop on Sundays from next month, the operator said. '.repeat(2)}</i><br>`;
    const html = `<html><body><article><p>Plenty of commentary here first, about the harbour and its ferries.</p><div>Reuters reported:<br>${line.repeat(4_000)}</div></article></body></html>`;
    const { analysis } = await run(html);
    expect(analysis.report.warnings.filter((w) => w.startsWith('The page could not'))).toEqual([]);
    expect(analysis.report.quotes[0]?.outlet).toBe('Reuters');
  }, 30_000);

  it('500 sites known by their domain are named from one reading of a long page', async () => {
    const tag = (n: number) => String.fromCharCode(97 + Math.floor(n / 26), 97 + (n % 26));
    const cap = (t: string) => t[0].toUpperCase() + t[1];
    const items = Array.from(
      { length: 500 },
      (_, n) =>
        `<p>As <a href="https://harbour${tag(n)}.example/x">the story</a> has it:</p><blockquote><p>Ferry item ${n}: the service will stop on Sundays from next month, the operator said.</p></blockquote>`,
    ).join('');
    const names = Array.from({ length: 500 }, (_, n) => `Harbour ${cap(tag(n))}`).join(', ');
    const capitalised = 'Many Capitalised Words Run On Here '.repeat(8_000);
    const html = `<html><body><article><p>${capitalised}</p>${items}<p>With thanks to ${names}.</p></article></body></html>`;
    const { analysis } = await run(html);
    const outlets = analysis.report.quotes.map((q) => q.outlet);
    expect(outlets).toHaveLength(500);
    expect(outlets[0]).toBe('Harbour Aa');
    expect(outlets[499]).toBe(`Harbour ${cap(tag(499))}`);
  }, 15_000);

  it('boxes sharing 1,200 classes are checked against a few builder kinds, not all of them', async () => {
    const shared = Array.from({ length: 1_200 }, (_, n) => `k${n}`).join(' ');
    const box = `<div class="share ${shared}">Share this on the socials</div>`;
    const kid = `<div class="${shared}"><p>Plenty of commentary here, about the harbour and its ferries, at some length.</p>${box.repeat(3)}</div>`;
    const html = `<html><body><article><p>Reuters reported:</p><blockquote><p>Dock workers walked out on Tuesday after talks broke down over pay, the union said.</p></blockquote>${kid.repeat(100)}</article></body></html>`;
    const { analysis } = await run(html);
    expect(analysis.report.quotes.map((q) => q.outlet)).toEqual(['Reuters']);
    // The share boxes stay furniture: their "share" is not a builder's kind.
    expect(analysis.articleText.text).not.toMatch(/Share this/);
  }, 15_000);

  it('a 10 MB text node is cut to bounded work', async () => {
    const { analysis, claims } = await run(pages['10 MB text node']);
    expect(analysis.report.quotes[0]?.outlet).toBe('Reuters');
    expect(claims.length).toBeGreaterThan(0);
    expect(claims.length).toBeLessThanOrEqual(5_000);
  }, 30_000);

  it('broken markup still gives an answer', async () => {
    const { analysis } = await run(pages['broken markup']);
    expect(Array.isArray(analysis.report.quotes)).toBe(true);
    expect(analysis.report.warnings.filter((w) => w.startsWith('The page could not'))).toEqual([]);
  });

  it('a document that throws while being read is reported, not thrown', () => {
    const hostile = new Proxy({} as Document, {
      get() {
        throw new Error('hostile getter');
      },
    });
    const analysis = analyzePage(hostile, { url: 'https://x.example/', outlets: defaultOutlets });
    expect(analysis.report.aggregated).toBe(false);
    expect(analysis.report.warnings[0]).toMatch(/could not be analysed: hostile getter/);
  });
});
