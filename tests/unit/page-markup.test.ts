// The content script reads its page's markup in pieces (utils/page-service/markup-pieces.ts) and sends them over
// a port (utils/messaging/markup-port.ts). Joined, the pieces must parse into the page the browser would
// serialise; the port must put the pieces together, refuse what is too large or malformed, and answer in
// batches.
import { readFileSync } from 'node:fs';
import { describe, expect, it, vi } from 'vitest';

vi.mock('wxt/browser', () => ({ browser: { runtime: {} } }));

import { browser } from 'wxt/browser';
import { parseHtml } from '../../cli/parse';
import {
  analyseOverPort,
  type MarkupPortPeer,
  type PageAnswer,
  serveMarkupPort,
} from '../../utils/messaging/markup-port';
import { MAX_MARKUP_CHARS } from '../../utils/page-service/limits';
import { markupPieces } from '../../utils/page-service/markup-pieces';

function joined(html: string): { pieces: string[]; outer: string } {
  const page = parseHtml(html);
  const root = page.document.documentElement;
  const pieces = [...markupPieces(root)];
  const outer = root.outerHTML;
  void page.close();
  return { pieces, outer };
}

/** A page big enough to be split: many elements, a long text node, comments and awkward attributes. */
function bigPage(): string {
  const paragraphs = Array.from(
    { length: 400 },
    (_, i) =>
      `<p class="p${i}" data-note="a &quot;quoted&quot; &amp; spaced\u00a0value">Paragraph ${i} &lt;tag&gt; &amp; more\u00a0text<!-- note ${i} --></p>`,
  ).join('\n');
  const long = `<div id="long">${'Long text & more <b>not bold</b> '.repeat(4_000).replace(/</g, '&lt;')}</div>`;
  const svg = '<svg viewBox="0 0 10 10"><path d="M0 0L10 10"/></svg>';
  const raw =
    '<script>if (a < b && c > d) { x = "</p>"; }</script><style>p > a { color: red }</style><pre>\nkept newline</pre><textarea>\nfield</textarea>';
  return `<!doctype html><html lang="en"><head><title>Big &amp; small</title>${raw}</head><body class="post"><main><article>${paragraphs}${long}${svg}<blockquote cite="https://www.reuters.com/x"><p>Quoted.</p></blockquote></article></main></body></html>`;
}

describe('markup in pieces', () => {
  it('gives a small page in one piece, exactly its outerHTML', () => {
    const html = readFileSync('tests/fixtures/seed/seed-original.html', 'utf8');
    const { pieces, outer } = joined(html);
    expect(pieces).toEqual([outer]);
  });

  it('splits a large page into many pieces that parse into the same elements and text', () => {
    const html = bigPage();
    const { pieces } = joined(html);
    expect(pieces.length).toBeGreaterThan(100);
    expect(Math.max(...pieces.map((p) => p.length))).toBeLessThanOrEqual(70_000);
    expect(skeletonOf(pieces.join(''))).toEqual(skeletonOf(html));
  });

  it('splits a long text node in a small page, and leaves out a huge inline script', () => {
    const text = 'Russian jets struck the town, a monitor said. '.repeat(20_000);
    const data = JSON.stringify({ items: Array.from({ length: 20_000 }, (_, i) => ({ id: i })) });
    const html = `<html><head><script>window.state = ${data};</script></head><body><article><p>Here's Reuters:</p><blockquote><p>${text}</p></blockquote></article></body></html>`;
    const { pieces } = joined(html);
    expect(pieces.length).toBeGreaterThan(10);
    expect(Math.max(...pieces.map((p) => p.length))).toBeLessThanOrEqual(70_000);
    expect(pieces.join('')).not.toContain('window.state');
    expect(skeletonOf(pieces.join(''))).toEqual(skeletonOf(html));
  });

  it('sends an image inlined as a megabyte data: URL as an empty one', () => {
    const image = `<img alt="chart" src="data:image/png;base64,${'A'.repeat(2_000_000)}">`;
    const html = `<html><head><title>Post</title></head><body><article><p>Here's Reuters:</p>${image}<blockquote><p>Quoted words.</p></blockquote><br><p>After.</p></article></body></html>`;
    const { pieces } = joined(html);
    expect(Math.max(...pieces.map((p) => p.length))).toBeLessThanOrEqual(70_000);
    const sent = pieces.join('');
    expect(sent).toContain('<img alt="chart" src="data:,">');
    expect(sent).not.toContain('</img>');
    const small = html.replace(/data:image\/png;base64,A+/, 'data:,');
    expect(skeletonOf(sent)).toEqual(skeletonOf(small));
  });
});

/** Every element (tag, attributes) and every text outside scripts, styles, noscript and templates, in order. */
function skeletonOf(html: string): string[] {
  const page = parseHtml(html);
  const out: string[] = [];
  const visit = (node: Node, inEmptied: boolean) => {
    if (node.nodeType === 1) {
      const el = node as Element;
      out.push(`<${el.localName} ${[...el.attributes].map((a) => `${a.name}=${a.value}`).join(' ')}>`);
      const emptied = inEmptied || ['script', 'style', 'noscript', 'template'].includes(el.localName);
      for (const child of el.childNodes) visit(child, emptied);
      out.push(`</${el.localName}>`);
    } else if (node.nodeType === 3 && !inEmptied) out.push(`#${(node as Text).data}`);
  };
  visit(page.document.documentElement, false);
  void page.close();
  // Adjacent text nodes (a parser may split them) count as one.
  return out.reduce<string[]>((acc, item) => {
    const last = acc.at(-1);
    if (item.startsWith('#') && last?.startsWith('#')) acc[acc.length - 1] = last + item.slice(1);
    else acc.push(item);
    return acc;
  }, []);
}

class FakePort implements MarkupPortPeer {
  name = 'sourcelight/markup';
  sender = { tab: { id: 7 } };
  sent: unknown[] = [];
  private listener: ((message: unknown) => void) | null = null;
  private goneListener: (() => void) | null = null;
  onMessage = { addListener: (l: (message: unknown) => void) => (this.listener = l) };
  onDisconnect = { addListener: (l: () => void) => (this.goneListener = l) };
  postMessage(message: unknown) {
    this.sent.push(message);
  }
  disconnect() {}
  receive(message: unknown) {
    this.listener?.(message);
  }
  leave() {
    this.goneListener?.();
  }
}

const answer = (claims: number, text = ''): PageAnswer => ({
  analysis: {
    report: { quotes: [{ id: 'q1', text: 'Quoted words.', continuation: 'More.' }] },
    text,
  } as never,
  view: { quotes: [], summary: [], stylesheet: '' },
  claims: Array.from({ length: claims }, (_, i) => ({ id: `c${i}` }) as never),
  page: null,
  reveal: null,
});

describe('the markup port', () => {
  it('joins the pieces, analyses once, and answers with claims in batches', async () => {
    const port = new FakePort();
    const analyse = vi.fn(async () => answer(1_000));
    serveMarkupPort(port, analyse);
    port.receive({ part: '<html><body>' });
    port.receive({ part: '<p>Hi</p></body></html>', end: true, url: 'https://example.com/a' });
    await vi.waitFor(() => expect(port.sent.at(-1)).toEqual({ done: true }));
    expect(analyse).toHaveBeenCalledTimes(1);
    expect(analyse).toHaveBeenCalledWith(
      { url: 'https://example.com/a', html: '<html><body><p>Hi</p></body></html>' },
      7,
    );
    const batches = port.sent.filter((m): m is { claims: unknown[] } => 'claims' in (m as object));
    expect(batches.map((b) => b.claims.length)).toEqual([400, 400, 200]);
    expect(port.sent[0]).toMatchObject({ analysis: {}, page: null });
  });

  it('answers a page of ordinary size in one message', async () => {
    const port = new FakePort();
    serveMarkupPort(port, async () => answer(40, 'Short article text.'));
    port.receive({ part: '', end: true, url: 'https://example.com/a' });
    await vi.waitFor(() => expect(port.sent).toHaveLength(1));
    const only = port.sent[0] as PageAnswer & { done: true };
    expect(only.done).toBe(true);
    expect(only.analysis.text).toBe('Short article text.');
    expect(only.claims).toHaveLength(40);
    expect(only.analysis.report.quotes[0]).toMatchObject({ text: '', continuation: null });
  });

  it('sends the article text in pieces, and no passage texts', async () => {
    const port = new FakePort();
    const text = 'a'.repeat(600_000);
    serveMarkupPort(port, async () => answer(0, text));
    port.receive({ part: '', end: true, url: 'https://example.com/a' });
    await vi.waitFor(() => expect(port.sent.at(-1)).toEqual({ done: true }));
    const head = port.sent[0] as PageAnswer;
    expect(head.analysis.text).toBe('');
    expect(head.analysis.report.quotes[0]).toMatchObject({ id: 'q1', text: '', continuation: null });
    const pieces = port.sent.filter((m): m is { text: string } => 'text' in (m as object));
    expect(pieces.map((p) => p.text.length)).toEqual([262_144, 262_144, 75_712]);
    expect(pieces.map((p) => p.text).join('')).toBe(text);
  });

  it('refuses a page larger than the limit, in plain words, and lets go of it', () => {
    const port = new FakePort();
    const analyse = vi.fn(async () => answer(0));
    serveMarkupPort(port, analyse);
    const slice = 'x'.repeat(8 * 1024 * 1024);
    for (let sent = 0; sent <= MAX_MARKUP_CHARS; sent += slice.length) port.receive({ part: slice });
    expect(port.sent).toEqual([{ error: 'This page is too large to analyse.' }]);
    port.receive({ part: '', end: true, url: 'https://example.com/' });
    expect(analyse).not.toHaveBeenCalled();
  });

  it('refuses a malformed message, and reports a failed analysis', async () => {
    const bad = new FakePort();
    serveMarkupPort(bad, async () => answer(0));
    bad.receive({ part: 42 });
    expect(bad.sent).toEqual([{ error: 'Sourcelight received a malformed page.' }]);
    const noUrl = new FakePort();
    serveMarkupPort(noUrl, async () => answer(0));
    noUrl.receive({ part: '<p>', end: true });
    expect(noUrl.sent).toEqual([{ error: 'Sourcelight received a malformed page.' }]);

    const failing = new FakePort();
    serveMarkupPort(failing, async () => {
      throw new Error('The analyser did not answer.');
    });
    failing.receive({ part: '', end: true, url: 'https://example.com/' });
    await vi.waitFor(() => expect(failing.sent).toEqual([{ error: 'The analyser did not answer.' }]));
  });

  it('sends nothing to a page that went away', async () => {
    const port = new FakePort();
    let finish: (a: PageAnswer) => void = () => {};
    serveMarkupPort(port, () => new Promise<PageAnswer>((resolve) => (finish = resolve)));
    port.receive({ part: '', end: true, url: 'https://example.com/' });
    port.leave();
    finish(answer(10));
    await new Promise((r) => setTimeout(r, 0));
    expect(port.sent).toEqual([]);
  });
});

/** Two ends of a port, as runtime.connect gives the page and onConnect the background (messages are copied). */
function portPair(): { page: MarkupPortPeer; background: MarkupPortPeer } {
  type End = MarkupPortPeer & { listeners: Array<(m: unknown) => void>; gone: Array<() => void> };
  const end = (): End => {
    const e: End = {
      name: 'sourcelight/markup',
      sender: { tab: { id: 3 } },
      listeners: [],
      gone: [],
      onMessage: { addListener: (l) => e.listeners.push(l) },
      onDisconnect: { addListener: (l) => e.gone.push(l) },
      postMessage: () => {},
      disconnect: () => {},
    };
    return e;
  };
  const page = end();
  const background = end();
  const deliver = (to: End, message: unknown) =>
    setTimeout(() => {
      for (const l of to.listeners) l(JSON.parse(JSON.stringify(message)));
    }, 0);
  page.postMessage = (m) => deliver(background, m);
  background.postMessage = (m) => deliver(page, m);
  page.disconnect = () => {
    for (const l of background.gone) l();
  };
  background.disconnect = () => {
    for (const l of page.gone) l();
  };
  return { page, background };
}

describe('a page analysed over the port, end to end', () => {
  it('sends the pieces and gets the whole answer back, text and claims put together', async () => {
    const { page, background } = portPair();
    (browser.runtime as unknown as { connect: () => unknown }).connect = () => page;
    const text = 'Reported words. '.repeat(40_000);
    serveMarkupPort(background, async (request, tabId) => {
      expect(request).toEqual({
        url: 'https://example.com/p',
        html: '<html><body><p>One</p><p>Two</p></body></html>',
      });
      expect(tabId).toBe(3);
      return {
        ...answer(900, text),
        page: { settings: {} as never, highlightsOn: true, savedIds: ['c1'] },
        reveal: { id: 'c7' } as never,
      };
    });
    async function* pieces() {
      yield '<html><body><p>One</p>';
      yield '<p>Two</p></body></html>';
    }
    // Every piece of our work on the page's thread goes through the caller's timer, as 'send' or 'receive'.
    const measured: string[] = [];
    const got = await analyseOverPort('https://example.com/p', pieces(), (work, what) => {
      measured.push(what);
      work();
    });
    expect(got.analysis.text).toBe(text);
    expect(got.claims).toHaveLength(900);
    expect(got.claims[899]).toEqual({ id: 'c899' });
    expect(got.page?.savedIds).toEqual(['c1']);
    expect(got.reveal).toEqual({ id: 'c7' });
    // Sent: connecting, listening and two pieces. Received: the head, the text in three pieces (640,000
    // characters, 262,144 a message), the claims in three batches (400 a message) and the end.
    expect(measured.filter((m) => m === 'send')).toHaveLength(4);
    expect(measured.filter((m) => m === 'receive')).toHaveLength(8);
  });

  it('rejects in plain words when the background fails or goes away', async () => {
    const failing = portPair();
    (browser.runtime as unknown as { connect: () => unknown }).connect = () => failing.page;
    serveMarkupPort(failing.background, async () => {
      throw new Error('The analyser did not answer.');
    });
    async function* one() {
      yield '<html></html>';
    }
    await expect(analyseOverPort('https://example.com/', one())).rejects.toThrow(
      'The analyser did not answer.',
    );

    const gone = portPair();
    (browser.runtime as unknown as { connect: () => unknown }).connect = () => gone.page;
    gone.background.onMessage.addListener(() => gone.background.disconnect());
    await expect(analyseOverPort('https://example.com/', one())).rejects.toThrow(/went away/);
  });
});
