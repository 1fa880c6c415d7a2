// The content script does not analyse: it reads its page node by node (utils/round-trip/page/read.ts), the
// analysis is made on a copy rebuilt from that (host/copy.ts), and the answer names nodes by number, which the
// page takes from the list it read (page/revive.ts). These check that the answer, once revived, is
// the analysis the live page itself would give, element for element, whatever shape the page has (shapes no
// HTML parser would rebuild included), and that it stays on the nodes it named when the page changes after.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { type ParsedPage, parseHtml } from '../../cli/parse';
import { analyzePage } from '../../utils/analysis/analyze';
import { extractClaims } from '../../utils/claims/extract';
import { isOffscreenRequest, OFFSCREEN_TARGET } from '../../utils/messaging/offscreen';
import { defaultOutlets } from '../../utils/outlets/default-lookup';
import type { AnalysisTransfer, Token } from '../../utils/round-trip/channel/format';
import { ROUND_TRIP } from '../../utils/round-trip/channel/port';
import { analyseCopy, describeAnalysis, type PageAnalysisAnswer } from '../../utils/round-trip/host/analyse';
import { numbering } from '../../utils/round-trip/host/copy';
import { PageReader, readWhole } from '../../utils/round-trip/page/read';
import {
  type ReadPage,
  reviveAnalysis,
  reviveInBatches,
  textUnchanged,
} from '../../utils/round-trip/page/revive';

const opened: ParsedPage[] = [];
function parse(html: string, url?: string): Document {
  const page = parseHtml(html, url);
  opened.push(page);
  return page.document;
}
afterEach(async () => {
  await Promise.all(opened.splice(0).map((p) => p.close()));
});

/** What the content script and the analyser's host do: read the live page in slices, rebuild it in an inert
 * document, analyse, and carry the answer as plain JSON. The nodes the page numbered come back with it. */
function askFor(live: Document, url: string): { answer: PageAnalysisAnswer; nodes: Node[]; read: ReadPage } {
  const reader = new PageReader(live.documentElement);
  const parts: string[] = [];
  while (!reader.done) {
    const tokens: Token[] = [];
    if (!reader.read(tokens, ROUND_TRIP.sliceChars, () => false)) throw new Error('changed while read');
    parts.push(JSON.stringify(tokens));
  }
  const answer = analyseCopy(
    () => parse('').implementation.createHTMLDocument(''),
    { url, parts },
    defaultOutlets,
  );
  return { answer: JSON.parse(JSON.stringify(answer)), nodes: reader.nodes, read: reader };
}

/** The revived analysis is the live page's own: report, article, text nodes and passage elements. */
function expectOwnAnalysis(live: Document, url: string): void {
  const { answer, read } = askFor(live, url);
  const revived = reviveAnalysis(read, answer.analysis);
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
  it.each(pagesWithUrls())('is the live page’s own analysis: $file', ({ file, url }) => {
    expectOwnAnalysis(parse(readFileSync(file, 'utf8'), url), url);
  });

  it('names the seed page’s passages and finds its claims', () => {
    const url = 'https://feeds.example-syndicator.com/zero-hedge/russia-iran-rack-up-gains';
    const live = parse(readFileSync('tests/fixtures/seed/seed-syndicated.html', 'utf8'), url);
    const { answer } = askFor(live, url);
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

describe('pages whose markup would parse into another shape', () => {
  const url = 'https://www.zerohedge.com/news/seed';
  const seed = () => parse(readFileSync('tests/fixtures/seed/seed-original.html', 'utf8'), url);

  it('a <noscript><img> and a script-inserted <iframe> and <div> in <head>', () => {
    const live = seed();
    const noscript = live.createElement('noscript');
    noscript.append(live.createElement('img'));
    const div = live.createElement('div');
    div.textContent = 'Consent banner text';
    live.head.prepend(noscript, live.createElement('iframe'), div);
    expectOwnAnalysis(live, url);
  });

  it('text before <body>, and a comment holding "-->"', () => {
    const live = seed();
    live.documentElement.insertBefore(live.createTextNode('Stray words. '), live.body);
    live.querySelector('blockquote')?.before(live.createComment('a --> b <!-- c'));
    expectOwnAnalysis(live, url);
  });

  it('a block inside a paragraph, and a table holding a paragraph directly', () => {
    const live = seed();
    const paragraph = live.createElement('p');
    const block = live.createElement('div');
    block.textContent = 'Built by a script.';
    paragraph.append(block);
    live.querySelector('blockquote')?.before(paragraph);
    const table = live.createElement('table');
    const stray = live.createElement('p');
    stray.textContent = 'In a table, where a parser would move it out.';
    table.append(stray);
    live.querySelector('blockquote')?.after(table);
    expectOwnAnalysis(live, url);
  });

  it('SVG inside the article, and attributes a parser allows but setAttribute refuses', () => {
    const live = parse(
      '<html><head><title>T</title></head><body><article><h1>Post</h1><p>Here\'s Reuters with the latest:</p><svg viewBox="0 0 1 1"><foreignObject><p>Chart note.</p></foreignObject></svg><blockquote x"y="1"><p>Syrian army forces advanced on Monday, a monitor said.</p></blockquote></article></body></html>',
      url,
    );
    expectOwnAnalysis(live, url);
  });
});

describe('a page that changed after it was read', () => {
  const url = 'https://www.zerohedge.com/news/seed';
  const seed = () => parse(readFileSync('tests/fixtures/seed/seed-original.html', 'utf8'), url);

  it('keeps its passages on the elements read, and says its text is no longer as analysed', () => {
    const live = seed();
    const { answer, read } = askFor(live, url);
    const analysed = analyzePage(live, { url, outlets: defaultOutlets }).articleText.text;
    const quotes = [...live.querySelectorAll('blockquote')];
    (quotes[0].querySelector('p')?.firstChild as Text).data = 'Rewritten by the page.';
    const revived = reviveAnalysis(read, answer.analysis);
    if ('problem' in revived) throw new Error(revived.problem);
    // The article's text is put together from the text as read, the text that was analysed.
    expect(revived.articleText.text).toBe(analysed);
    expect(revived.quotes.flatMap((q) => q.elements).filter((el) => el.tagName === 'BLOCKQUOTE')).toEqual(
      quotes,
    );
    expect(textUnchanged(revived.articleText)).toBe(false);
  });

  it('keeps its passages on the elements read when they moved, or the article was taken out and put back', () => {
    const live = seed();
    const { answer, read } = askFor(live, url);
    const quotes = [...live.querySelectorAll('blockquote')];
    quotes[0].before(live.createElement('hr'));
    const article = quotes[0].closest('article') ?? live.body;
    const parent = article.parentNode as Node;
    article.remove();
    parent.appendChild(article);
    const revived = reviveAnalysis(read, answer.analysis);
    if ('problem' in revived) throw new Error(revived.problem);
    const placed = revived.quotes.flatMap((q) => q.elements).filter((el) => el.tagName === 'BLOCKQUOTE');
    placed.forEach((el, i) => {
      expect(el).toBe(quotes[i]);
    });
    expect(textUnchanged(revived.articleText)).toBe(true);
  });

  it('refuses an answer that does not fit what was read, in plain words', () => {
    const live = seed();
    const { answer, nodes, read } = askFor(live, url);
    const { analysis } = answer;
    const misfit = { problem: 'The analysis does not fit the page it was made for.' };
    const broken: AnalysisTransfer = { ...analysis, placements: analysis.placements.slice(1) };
    expect(reviveAnalysis(read, broken)).toEqual(misfit);
    expect(reviveAnalysis(read, { ...analysis, article: nodes.length + 5 })).toEqual(misfit);
    expect(
      reviveAnalysis(read, { ...analysis, nodes: [analysis.article ?? 0, ...analysis.nodes.slice(1)] }),
    ).toEqual(misfit);
    // Text nodes said to start elsewhere than the text read puts them.
    const shifted = analysis.starts.map((start, i) => (i === 0 ? start : start + 1));
    expect(reviveAnalysis(read, { ...analysis, starts: shifted })).toEqual(misfit);
  });

  it('places a huge page’s passages, read in slices, without its scripts', () => {
    const filler = Array.from({ length: 600 }, (_, i) => `<p>Commentary paragraph ${i} on the markets.</p>`);
    const quote =
      '<p>Case in point, here’s Reuters with the latest:</p><blockquote><p>Syrian army forces advanced on Monday, a monitor said.</p></blockquote>';
    const data = JSON.stringify({ items: Array.from({ length: 5_000 }, (_, i) => ({ id: i })) });
    const html = `<html><head><title>Post</title></head><body><article><h1>Post</h1>${filler.join('')}${quote}<script>window.state=${data}</script>${filler.join('')}</article></body></html>`;
    const live = parse(html, url);
    const { answer, read } = askFor(live, url);
    const revived = reviveAnalysis(read, answer.analysis);
    if ('problem' in revived) throw new Error(revived.problem);
    expect(revived.quotes.map((q) => q.outlet)).toEqual(['Reuters']);
    expect(revived.quotes[0].elements[0]).toBe(live.querySelector('blockquote'));
  });

  it('gets an empty analysis for a page without an article', () => {
    const live = parse('<!doctype html><html><head><title>x</title></head><body></body></html>', url);
    const { answer, read } = askFor(live, url);
    const revived = reviveAnalysis(read, answer.analysis);
    expect(revived).toMatchObject({ quotes: [], article: null, report: { aggregated: false } });
    expect(answer.claims).toEqual([]);
  });
});

describe('what the analyser answers', () => {
  it('cuts a long passage to what the trip carries, and the page puts the article text together whole', () => {
    const long = 'Russian jets struck the town, a monitor said. '.repeat(2_000);
    const live = parse(
      `<html><body><article><p>Here's Reuters with the latest:</p><blockquote><p>${long}</p></blockquote></article></body></html>`,
    );
    const { answer, read } = askFor(live, 'https://www.zerohedge.com/news/x');
    const [quote] = answer.analysis.report.quotes;
    expect(quote.outlet).toBe('Reuters');
    expect(quote.text).toHaveLength(ROUND_TRIP.passageTextKept);
    expect(quote.text.endsWith('…')).toBe(true);
    // The article's text does not travel: the page has it.
    expect(answer.analysis).not.toHaveProperty('text');
    const revived = reviveAnalysis(read, answer.analysis);
    if ('problem' in revived) throw new Error(revived.problem);
    expect(revived.articleText.text).toContain(long.trim());
  });
});

describe('describing an analysis', () => {
  it('refuses an article text that is not its text nodes’ text, which the page could not put together', () => {
    const live = parse('<html><body><article><p>One.</p><p>Two.</p></article></body></html>');
    const analysis = analyzePage(live, { url: null, outlets: defaultOutlets });
    const nodes = numbering(readWhole(live.documentElement).nodes);
    expect(() => describeAnalysis(analysis, nodes)).not.toThrow();
    const glued = { ...analysis, articleText: { ...analysis.articleText, text: 'One. Two.' } };
    expect(() => describeAnalysis(glued, nodes)).toThrow(/not its text nodes/);
  });
});

describe('offscreen requests', () => {
  it('reach the offscreen document only when marked for it and well-formed', () => {
    expect(isOffscreenRequest({ target: OFFSCREEN_TARGET, url: 'https://a.example/', parts: ['[]'] })).toBe(
      true,
    );
    expect(isOffscreenRequest({ target: OFFSCREEN_TARGET, url: 'https://a.example/', parts: [42] })).toBe(
      false,
    );
    expect(isOffscreenRequest({ type: 'page/analysed', payload: { url: 'x', parts: [] } })).toBe(false);
    expect(isOffscreenRequest({ target: OFFSCREEN_TARGET, url: 'x' })).toBe(false);
    expect(isOffscreenRequest(null)).toBe(false);
  });
});

describe('reviving in batches', () => {
  /** A page of `count` passages, each a blockquote with a text node, and the answer naming them by number. */
  function manyPassages(count: number): { nodes: Node[]; read: ReadPage; transfer: AnalysisTransfer } {
    const article = document.createElement('article');
    const nodes: Node[] = [article];
    const texts: string[] = [];
    let length = 0;
    const transfer: AnalysisTransfer = {
      report: { quotes: [] } as never,
      article: 0,
      nodes: [],
      starts: [],
      placements: [],
    };
    for (let i = 0; i < count; i++) {
      const quote = document.createElement('blockquote');
      const text = document.createTextNode(`Quoted line ${i}.`);
      quote.append(text);
      article.append(quote);
      transfer.report.quotes.push({ id: `q${i + 1}`, text: '' } as never);
      transfer.placements.push({ spans: [[i, i + 1]], leadInMention: null, elements: [nodes.length] });
      nodes.push(quote);
      transfer.nodes.push(nodes.length);
      transfer.starts.push(length);
      texts[nodes.length] = text.data;
      length += text.data.length;
      nodes.push(text);
    }
    return { nodes, read: { nodes, texts }, transfer };
  }

  it('gives the page back between batches, and the same analysis, passages in order', async () => {
    const { nodes, read, transfer } = manyPassages(3_000);
    const events: string[] = [];
    const revived = await reviveInBatches(
      read,
      transfer,
      (work) => {
        events.push('batch');
        return work();
      },
      async () => {
        events.push('yield');
      },
    );
    // 3,000 text nodes and 3,000 passages (each with its element), about placedPerTask at a time.
    const batches = Math.ceil((3_000 + 6_000) / ROUND_TRIP.placedPerTask);
    expect(events.filter((e) => e === 'batch').length).toBeGreaterThanOrEqual(batches);
    expect(events.filter((e) => e === 'yield').length).toBe(events.filter((e) => e === 'batch').length - 1);
    expect(events.slice(0, 3)).toEqual(['batch', 'yield', 'batch']);
    expect(revived).toEqual(reviveAnalysis(read, transfer));
    if ('problem' in revived) throw new Error(revived.problem);
    expect(revived.quotes.map((q) => q.id)).toEqual(transfer.report.quotes.map((q) => q.id));
    expect(revived.quotes[2_999].elements[0]).toBe(nodes[transfer.placements[2_999].elements[0]]);
  });

  it('says a misfit in the last batch as the whole-answer revive does', async () => {
    const { nodes, read, transfer } = manyPassages(3_000);
    transfer.placements[2_999].elements = [nodes.length + 1];
    const revived = await reviveInBatches(
      read,
      transfer,
      (work) => work(),
      async () => {},
    );
    expect(revived).toEqual({ problem: 'The analysis does not fit the page it was made for.' });
  });
});
