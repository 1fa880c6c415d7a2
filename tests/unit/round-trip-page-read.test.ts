// The page read node by node (utils/round-trip/page/read.ts) and rebuilt with DOM calls (host/copy.ts): the
// copy must have the live page's elements, attributes and text in the same places, numbered alike on both
// sides, read in slices of bounded size, and a malformed list must be refused in plain words.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { type ParsedPage, parseHtml } from '../../cli/parse';
import type { Token } from '../../utils/round-trip/channel/format';
import { ROUND_TRIP } from '../../utils/round-trip/channel/port';
import { copyOf } from '../../utils/round-trip/host/analyse';
import { PageReader, readWhole } from '../../utils/round-trip/page/read';

const opened: ParsedPage[] = [];
function parse(html: string): Document {
  const page = parseHtml(html);
  opened.push(page);
  return page.document;
}
afterEach(async () => {
  await Promise.all(opened.splice(0).map((p) => p.close()));
});

const inert = () => parse('').implementation.createHTMLDocument('');

/** Every element (namespace, name, attributes) and text node in order, emptied elements' contents left out. */
function shapeOf(root: Element): string[] {
  const out: string[] = [];
  const visit = (node: Node) => {
    if (node.nodeType === 1) {
      const el = node as Element;
      out.push(
        `<${el.namespaceURI} ${el.tagName} ${[...el.attributes].map((a) => `${a.name}=${a.value}`).join(' ')}>`,
      );
      if (!['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE'].includes(el.tagName)) el.childNodes.forEach(visit);
      out.push(`</${el.tagName}>`);
    } else if (node.nodeType === 3) out.push(`#${(node as Text).data}`);
  };
  visit(root);
  return out;
}

function readInSlices(root: Element, chars: number): { parts: string[]; reader: PageReader } {
  const reader = new PageReader(root);
  const parts: string[] = [];
  while (!reader.done) {
    const tokens: Token[] = [];
    expect(reader.read(tokens, chars, () => false)).toBe(true);
    parts.push(JSON.stringify(tokens));
  }
  return { parts, reader };
}

function awkwardPage(): Document {
  const live = parse(
    '<!doctype html><html lang="en"><head><title>T &amp; t</title><script>if (a < b) x = "</p>";</script></head><body class="post"><article><p data-x="a &quot;q&quot;">One <b>two</b> three</p><svg viewBox="0 0 1 1"><path d="M0 0"/></svg><blockquote cite="https://www.reuters.com/x"><p>Quoted.</p></blockquote></article></body></html>',
  );
  const noscript = live.createElement('noscript');
  noscript.append(live.createElement('img'));
  const div = live.createElement('div');
  div.textContent = 'In the head';
  live.head.append(noscript, live.createElement('iframe'), div);
  live.documentElement.insertBefore(live.createTextNode('Before body'), live.body);
  live.querySelector('p')?.append(live.createComment('x --> y'));
  const p = live.createElement('p');
  p.append(live.createElement('div'));
  live.querySelector('blockquote')?.append(p);
  return live;
}

describe('the page as tokens, rebuilt', () => {
  it('rebuilds shapes no HTML parser would, node for node and numbered alike', () => {
    const live = awkwardPage();
    const { parts, reader } = readInSlices(live.documentElement, ROUND_TRIP.sliceChars);
    const copy = copyOf(inert(), parts);
    expect(shapeOf(copy.doc.documentElement)).toEqual(shapeOf(live.documentElement));
    expect(copy.nodes).toHaveLength(reader.nodes.length);
    copy.nodes.forEach((node, i) => {
      expect(node.nodeName).toBe(reader.nodes[i].nodeName);
    });
    // The copy's head and body are the page's: a <div> in the head stays there.
    expect(copy.doc.head.querySelector('div')?.textContent).toBe('In the head');
    expect(copy.doc.body.className).toBe('post');
    expect(copy.doc.querySelector('svg path')?.namespaceURI).toBe('http://www.w3.org/2000/svg');
    // Comments are left out, and scripts, styles and noscript go empty.
    expect(parts.join('')).not.toContain('-->');
    expect(parts.join('')).not.toContain('x = ');
  });

  it('reads a large page in slices of bounded size that rebuild the same page', () => {
    const rows = Array.from(
      { length: 3_000 },
      (_, i) => `<p class="p${i}">Paragraph ${i} &amp; more</p>`,
    ).join('');
    const long = 'Long words. '.repeat(30_000);
    const live = parse(`<html><head></head><body><article>${rows}<div>${long}</div></article></body></html>`);
    const { parts } = readInSlices(live.documentElement, 16 * 1024);
    expect(parts.length).toBeGreaterThan(10);
    expect(Math.max(...parts.map((p) => p.length))).toBeLessThanOrEqual(16 * 1024 + 2_000);
    const copy = copyOf(inert(), parts);
    expect(shapeOf(copy.doc.documentElement)).toEqual(shapeOf(live.documentElement));
    expect(copy.doc.querySelector('div')?.firstChild).toBe(copy.doc.querySelector('div')?.lastChild);
    // A large page: a second here alone, several on a busy machine; the limit is for hangs, not speed.
  }, 30_000);

  it('puts a long text sent in pieces into its node at once, whole', () => {
    const long = 'Russian jets struck the town, a monitor said. '.repeat(20_000);
    const live = parse(`<html><body><blockquote><p>${long}</p></blockquote><p>After.</p></body></html>`);
    const { parts } = readInSlices(live.documentElement, 64 * 1024);
    expect(parts.length).toBeGreaterThan(10);
    const doc = inert();
    const appendData = vi.spyOn(Object.getPrototypeOf(doc.createTextNode('')), 'appendData');
    const copy = copyOf(doc, parts);
    expect(copy.doc.querySelector('blockquote p')?.textContent).toBe(long);
    expect(copy.doc.querySelectorAll('p')[1]?.textContent).toBe('After.');
    expect(appendData).toHaveBeenCalledTimes(1);
    appendData.mockRestore();
  });

  it('stops when its time is up, and goes on where it stopped', () => {
    const live = parse(`<html><body>${'<p>x</p>'.repeat(500)}</body></html>`);
    const reader = new PageReader(live.documentElement);
    const first: Token[] = [];
    expect(reader.read(first, Number.POSITIVE_INFINITY, () => true)).toBe(true);
    expect(reader.done).toBe(false);
    const rest: Token[] = [];
    reader.read(rest, Number.POSITIVE_INFINITY, () => false);
    expect(reader.done).toBe(true);
    const copy = copyOf(inert(), [JSON.stringify(first), JSON.stringify(rest)]);
    expect(copy.doc.querySelectorAll('p')).toHaveLength(500);
  });

  it('notices a node moved out from under it between two slices', () => {
    const live = parse(`<html><body><main>${'<p>x</p>'.repeat(500)}</main><aside></aside></body></html>`);
    const reader = new PageReader(live.documentElement);
    reader.read([], 1_000, () => false);
    const aside = live.querySelector('aside');
    for (const p of [...live.querySelectorAll('main p')].slice(-480)) aside?.append(p);
    let ok = true;
    while (ok && !reader.done) ok = reader.read([], 1_000, () => false);
    expect(ok).toBe(false);
  });

  it('sends long data: URLs empty', () => {
    const live = parse(
      `<html><body><img alt="chart" src="data:image/png;base64,${'A'.repeat(100_000)}"></body></html>`,
    );
    const { tokens } = readWhole(live.documentElement);
    expect(tokens).toContain('data:,');
    expect(JSON.stringify(tokens).length).toBeLessThan(1_000);
  });

  it('refuses a malformed list in plain words', () => {
    const bad = [
      'nope',
      '[9]',
      '[1,"html",0]',
      '[0]',
      '[3,"text"]',
      '[1,"html",-1,0]',
      '[1,"a",0,0,1,"b",0,0]',
      '[4,"x"]',
    ];
    for (const part of bad)
      expect(() => copyOf(inert(), [part])).toThrow('Sourcelight received a malformed page.');
  });
});
