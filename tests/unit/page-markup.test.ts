// The content script reads its page's markup in pieces (utils/page-service/markup-pieces.ts) and sends them over
// a port (utils/messaging/markup-port.ts). Joined, the pieces must parse into the page the browser would
// serialise; the port must put the pieces together, refuse what is too large or malformed, and answer in
// batches.
import { readFileSync } from 'node:fs';
import { describe, expect, it, vi } from 'vitest';

vi.mock('wxt/browser', () => ({ browser: {} }));

import { parseHtml } from '../../cli/parse';
import { type MarkupPortPeer, type PageAnswer, serveMarkupPort } from '../../utils/messaging/markup-port';
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

  it('splits a large page into many pieces that join into the same markup', () => {
    const { pieces, outer } = joined(bigPage());
    expect(pieces.length).toBeGreaterThan(100);
    expect(Math.max(...pieces.map((p) => p.length))).toBeLessThanOrEqual(70_000);
    const again = parseHtml(pieces.join(''));
    const reparsed = again.document.documentElement.outerHTML;
    void again.close();
    expect(reparsed).toBe(outer);
  });
});

class FakePort implements MarkupPortPeer {
  name = 'sourcelight/markup';
  sender = { tab: { id: 7 } };
  sent: unknown[] = [];
  disconnected = false;
  private listener: ((message: unknown) => void) | null = null;
  private goneListener: (() => void) | null = null;
  onMessage = { addListener: (l: (message: unknown) => void) => (this.listener = l) };
  onDisconnect = { addListener: (l: () => void) => (this.goneListener = l) };
  postMessage(message: unknown) {
    this.sent.push(message);
  }
  disconnect() {
    this.disconnected = true;
  }
  receive(message: unknown) {
    this.listener?.(message);
  }
  leave() {
    this.goneListener?.();
  }
}

const answer = (claims: number): PageAnswer => ({
  analysis: { report: { quotes: [] } } as never,
  claims: Array.from({ length: claims }, (_, i) => ({ id: `c${i}` }) as never),
  page: null,
});

describe('the markup port', () => {
  it('joins the pieces, analyses once, and answers with claims in batches', async () => {
    const port = new FakePort();
    const analyse = vi.fn(async () => answer(1_000));
    serveMarkupPort(port, analyse);
    port.receive({ part: '<html><body>' });
    port.receive({ part: '<p>Hi</p></body></html>' });
    port.receive({ end: true, url: 'https://example.com/a' });
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

  it('refuses a page larger than the limit, in plain words, and lets go of it', () => {
    const port = new FakePort();
    const analyse = vi.fn(async () => answer(0));
    serveMarkupPort(port, analyse);
    const slice = 'x'.repeat(8 * 1024 * 1024);
    for (let sent = 0; sent <= MAX_MARKUP_CHARS; sent += slice.length) port.receive({ part: slice });
    expect(port.sent).toEqual([{ error: 'This page is too large to analyse.' }]);
    expect(port.disconnected).toBe(true);
    port.receive({ end: true, url: 'https://example.com/' });
    expect(analyse).not.toHaveBeenCalled();
  });

  it('refuses a malformed message, and reports a failed analysis', async () => {
    const bad = new FakePort();
    serveMarkupPort(bad, async () => answer(0));
    bad.receive({ part: 42 });
    expect(bad.sent).toEqual([{ error: 'Sourcelight received a malformed page.' }]);

    const failing = new FakePort();
    serveMarkupPort(failing, async () => {
      throw new Error('The analyser did not answer.');
    });
    failing.receive({ end: true, url: 'https://example.com/' });
    await vi.waitFor(() => expect(failing.sent).toEqual([{ error: 'The analyser did not answer.' }]));
  });

  it('sends nothing to a page that went away', async () => {
    const port = new FakePort();
    let finish: (a: PageAnswer) => void = () => {};
    serveMarkupPort(port, () => new Promise<PageAnswer>((resolve) => (finish = resolve)));
    port.receive({ end: true, url: 'https://example.com/' });
    port.leave();
    finish(answer(10));
    await new Promise((r) => setTimeout(r, 0));
    expect(port.sent).toEqual([]);
  });
});
