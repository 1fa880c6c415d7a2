// The content script no longer analyses: it sends its page's markup ('page/analyse'), the analysis is made on a
// parsed copy, and the answer is fastened back onto the live page (utils/analysis/transfer.ts). These check
// that the answer, once revived, is the analysis the live page itself would give, element for element, and
// that a page that changed in between is noticed rather than highlighted wrongly.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { type ParsedPage, parseHtml } from '../../cli/parse';
import { analyzePage } from '../../utils/analysis/analyze';
import { type AnalysisTransfer, reviveAnalysis } from '../../utils/analysis/transfer';
import { extractClaims } from '../../utils/claims/extract';
import { isOffscreenRequest, OFFSCREEN_TARGET } from '../../utils/messaging/offscreen';
import { createBackgroundRouter } from '../../utils/messaging/router';
import { defaultOutlets } from '../../utils/outlets/default-lookup';
import { analyseMarkup, type MarkupAnalysis } from '../../utils/page-service/analyse-markup';
import { markupPieces } from '../../utils/page-service/markup-pieces';
import { memoryArea } from '../../utils/storage/area';

const opened: ParsedPage[] = [];
function parse(html: string, url?: string): Document {
  const page = parseHtml(html, url);
  opened.push(page);
  return page.document;
}
afterEach(async () => {
  await Promise.all(opened.splice(0).map((p) => p.close()));
});

const router = createBackgroundRouter({
  library: () => Promise.reject(new Error('not used')),
  local: memoryArea(),
  session: memoryArea(),
  tabs: {
    send: () => Promise.reject(new Error('no tabs')),
    focus: async () => false,
    open: async () => 1,
    activeTabId: async () => null,
  },
  // What the offscreen document does, with happy-dom as the parser.
  analyse: async (request) => analyseMarkup((html) => parse(html), request, defaultOutlets),
  now: () => 0,
});

/** What the content script does: read the live page's markup in pieces, ask, and get plain JSON back. */
async function askFor(live: Document, url: string): Promise<MarkupAnalysis> {
  const html = [...markupPieces(live.documentElement)].join('');
  const answer = await router.handle({ type: 'page/analyse', payload: { url, html } });
  return JSON.parse(JSON.stringify(answer));
}

function pagesWithUrls(): Array<{ file: string; url: string }> {
  const list: Array<{ file: string; url: string }> = [];
  for (const dir of ['tests/fixtures/seed', 'tests/fixtures/pages']) {
    const labels = JSON.parse(readFileSync(join(dir, 'labels.json'), 'utf8')).pages as Record<
      string,
      { url?: string }
    >;
    for (const [name, label] of Object.entries(labels))
      list.push({ file: join(dir, name), url: label.url ?? `https://example.com/${name}` });
  }
  return list;
}

describe('an analysis made on a copy, revived on the live page', () => {
  it.each(pagesWithUrls())('is the live page’s own analysis: $file', async ({ file, url }) => {
    const live = parse(readFileSync(file, 'utf8'), url);
    const answer = await askFor(live, url);
    const revived = reviveAnalysis(live, answer.analysis);
    if ('problem' in revived) throw new Error(revived.problem);
    const direct = analyzePage(live, { url, outlets: defaultOutlets });
    expect(revived.report).toEqual(direct.report);
    expect(revived.article).toBe(direct.article);
    expect(revived.articleText.text).toBe(direct.articleText.text);
    expect(revived.articleText.nodes).toHaveLength(direct.articleText.nodes.length);
    revived.articleText.nodes.forEach((node, i) => {
      expect(node).toBe(direct.articleText.nodes[i]);
    });
    expect(revived.articleText.starts).toEqual(direct.articleText.starts);
    expect(revived.quotes.length).toBe(direct.quotes.length);
    revived.quotes.forEach((quote, i) => {
      expect(quote.spans).toEqual(direct.quotes[i].spans);
      expect(quote.leadInMention).toEqual(direct.quotes[i].leadInMention);
      expect(quote.elements).toHaveLength(direct.quotes[i].elements.length);
      quote.elements.forEach((el, j) => {
        expect(el).toBe(direct.quotes[i].elements[j]);
      });
    });
    const claims = direct.report.aggregated ? extractClaims(direct) : [];
    expect(answer.claims).toEqual(JSON.parse(JSON.stringify(claims)));
  });

  it('names the seed page’s passages and finds its claims', async () => {
    const url = 'https://feeds.example-syndicator.com/zero-hedge/russia-iran-rack-up-gains';
    const live = parse(readFileSync('tests/fixtures/seed/seed-syndicated.html', 'utf8'), url);
    const answer = await askFor(live, url);
    expect(answer.analysis.report.quotes.map((q) => q.outlet)).toEqual([
      'Zero Hedge',
      'Reuters',
      'BBC',
      'Reuters',
    ]);
    expect(answer.claims.length).toBeGreaterThan(20);
    // What the page shows is worked out here too: badges, colours, the bar's summary, the stylesheet.
    const { view } = answer;
    expect(view.quotes.map((q) => q.label)).toEqual([
      'Zero Hedge · self-quote',
      'Reuters · outlet',
      'BBC · outlet',
      'Reuters · outlet',
    ]);
    expect(view.quotes[1].key).toBe(view.quotes[3].key);
    expect(view.quotes[1].key).not.toBe(view.quotes[2].key);
    expect(view.quotes[0].key).toBe('own');
    expect(view.summary.map((e) => e.label)).toEqual(["Zero Hedge's own words", 'Reuters', 'BBC']);
    expect(view.summary.reduce((sum, e) => sum + e.percent, 0)).toBe(100);
    expect(view.stylesheet).toContain(`::highlight(sl-mention-${view.quotes[1].key})`);
    expect(view.stylesheet).toContain('::highlight(sl-claim-high)');
  });
});

describe('a page that is not what was analysed', () => {
  const url = 'https://www.zerohedge.com/news/seed';
  const seed = () => parse(readFileSync('tests/fixtures/seed/seed-original.html', 'utf8'), url);

  it('notices text that changed after its markup was read', async () => {
    const live = seed();
    const answer = await askFor(live, url);
    const paragraph = live.querySelector('blockquote p');
    paragraph?.append(' And one more sentence the page added later.');
    expect(reviveAnalysis(live, answer.analysis)).toEqual({ problem: expect.stringMatching(/text changed/) });
  });

  it('finds elements that moved after the markup was read by their text, not their old place', async () => {
    const live = seed();
    const answer = await askFor(live, url);
    const quotes = [...live.querySelectorAll('blockquote')];
    quotes[0].before(live.createElement('hr'));
    const revived = reviveAnalysis(live, answer.analysis);
    if ('problem' in revived) throw new Error(revived.problem);
    const placed = revived.quotes.flatMap((q) => q.elements).filter((el) => el.tagName === 'BLOCKQUOTE');
    expect(placed).toEqual(quotes);
    placed.forEach((el, i) => {
      expect(el).toBe(quotes[i]);
    });
  });

  it('notices a passage whose element is gone', async () => {
    const live = seed();
    const answer = await askFor(live, url);
    const quote = live.querySelectorAll('blockquote')[1];
    // Same text, no blockquote around it any more.
    quote.replaceWith(...quote.childNodes);
    expect(reviveAnalysis(live, answer.analysis)).toEqual({ problem: expect.stringMatching(/moved/) });
  });

  it('finds the passages by their text where scripts built markup that parses into another shape', async () => {
    const live = seed();
    // A block inside a paragraph: only scripts can build it, and its markup parses into three siblings.
    const paragraph = live.createElement('p');
    const block = live.createElement('div');
    block.textContent = 'Built by a script.';
    paragraph.append(block);
    const first = live.querySelector('blockquote');
    first?.before(paragraph);
    const direct = analyzePage(live, { url, outlets: defaultOutlets });
    const answer = await askFor(live, url);
    const revived = reviveAnalysis(live, answer.analysis);
    if ('problem' in revived) throw new Error(revived.problem);
    expect(revived.quotes.map((q) => q.outlet)).toEqual(direct.report.quotes.map((q) => q.outlet));
    revived.quotes.forEach((quote, i) => {
      quote.elements.forEach((el, j) => {
        expect(el).toBe(direct.quotes[i].elements[j]);
      });
    });
  });

  it('refuses an answer whose parts do not match, in plain words', async () => {
    const live = seed();
    const { analysis } = await askFor(live, url);
    const broken: AnalysisTransfer = { ...analysis, placements: analysis.placements.slice(1) };
    expect(reviveAnalysis(live, broken)).toEqual({ problem: 'The analysis does not match its own report.' });
    const nowhere: AnalysisTransfer = { ...analysis, article: [9, 9, 9] };
    expect(reviveAnalysis(live, nowhere)).toEqual({ problem: expect.stringMatching(/no longer where/) });
  });

  it('places a huge page’s passages, its markup read in pieces without its scripts', async () => {
    const filler = Array.from({ length: 600 }, (_, i) => `<p>Commentary paragraph ${i} on the markets.</p>`);
    const quote =
      '<p>Case in point, here’s Reuters with the latest:</p><blockquote><p>Syrian army forces advanced on Monday, a monitor said.</p></blockquote>';
    const data = JSON.stringify({ items: Array.from({ length: 5_000 }, (_, i) => ({ id: i })) });
    const html = `<html><head><title>Post</title></head><body><article><h1>Post</h1>${filler.join('')}${quote}<script>window.state=${data}</script>${filler.join('')}</article></body></html>`;
    const live = parse(html, url);
    const answer = await askFor(live, url);
    const revived = reviveAnalysis(live, answer.analysis);
    if ('problem' in revived) throw new Error(revived.problem);
    expect(revived.quotes.map((q) => q.outlet)).toEqual(['Reuters']);
    expect(revived.quotes[0].elements[0]).toBe(live.querySelector('blockquote'));
  });

  it('gets an empty analysis for a page without an article', async () => {
    const live = parse('<!doctype html><html><head><title>x</title></head><body></body></html>', url);
    const answer = await askFor(live, url);
    const revived = reviveAnalysis(live, answer.analysis);
    expect(revived).toMatchObject({ quotes: [], article: null, report: { aggregated: false } });
    expect(answer.claims).toEqual([]);
  });
});

describe('page/analyse messages', () => {
  it('are checked before any parsing, with the field named', async () => {
    const answer = (await router.handle({
      type: 'page/analyse',
      payload: { url: 'https://example.com/', html: 42 },
    })) as { error: string };
    expect(answer.error).toMatch(/payload\.html/);
  });

  it('reach the offscreen document only when marked for it', () => {
    expect(isOffscreenRequest({ target: OFFSCREEN_TARGET, url: 'https://a.example/', html: '<p>' })).toBe(
      true,
    );
    expect(isOffscreenRequest({ type: 'page/analyse', payload: { url: 'x', html: 'y' } })).toBe(false);
    expect(isOffscreenRequest({ target: OFFSCREEN_TARGET, url: 'x' })).toBe(false);
    expect(isOffscreenRequest(null)).toBe(false);
  });
});
