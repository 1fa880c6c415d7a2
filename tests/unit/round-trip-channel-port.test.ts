// The content script sends the page it read (utils/round-trip/page/read.ts) in slices over a port
// (utils/round-trip/channel/port.ts). The port must put the slices together, refuse what is too large or
// malformed, answer in batches, and give every failure back as a value in plain words.
import { describe, expect, it, vi } from 'vitest';

import {
  analyseOverPort,
  type PageHead,
  type PagePortPeer,
  ROUND_TRIP,
  servePagePort,
  TOO_LARGE,
} from '../../utils/round-trip/channel/port';
import { replying, type WholeAnswer, type WholeResult } from './page-port-helpers';
import { portPair } from './round-trip-helpers';

class FakePort implements PagePortPeer {
  name = 'sourcelight/page';
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

/** An answer with `claims` claims and, when `textNodes`, an article made of that many text nodes. */
const answer = (claims: number, textNodes = 0): WholeAnswer => ({
  analysis: {
    report: { quotes: [{ id: 'q1', text: 'Quoted words.', continuation: 'More.' }] },
    nodes: Array.from({ length: textNodes }, (_, i) => 4 + i * 5),
    starts: Array.from({ length: textNodes }, (_, i) => i * 5),
    placements: [{ spans: [], leadInMention: null, elements: [] }],
  } as never,
  view: { quotes: [], summary: [], stylesheet: '' },
  claims: Array.from({ length: claims }, (_, i) => ({ id: `c${i}` }) as never),
  page: null,
  reveal: null,
});

const ok = (answer: WholeAnswer): WholeResult => ({ ok: true, answer });

describe('the page port', () => {
  it('joins the pieces, analyses once, and answers with claims in batches', async () => {
    const port = new FakePort();
    const analyse = vi.fn(async () => ok(answer(1_000)));
    servePagePort(port, replying(analyse));
    port.receive({ part: '[1,"html",0' });
    port.receive({ part: ',0]', end: true, url: 'https://example.com/a' });
    await vi.waitFor(() => expect(port.sent.at(-1)).toMatchObject({ done: true }));
    expect(analyse).toHaveBeenCalledTimes(1);
    expect(analyse).toHaveBeenCalledWith({ url: 'https://example.com/a', parts: ['[1,"html",0', ',0]'] }, 7);
    const batches = port.sent.filter((m): m is { claims: unknown[] } => 'claims' in (m as object));
    expect(batches.map((b) => b.claims.length)).toEqual([400, 400, 200]);
    expect(port.sent.at(-1)).toEqual({ claims: expect.any(Array), done: true });
    expect(port.sent[0]).toMatchObject({ analysis: {}, page: null });
  });

  it('answers a page of ordinary size in two messages: its passages, then its claims', async () => {
    const port = new FakePort();
    servePagePort(
      port,
      replying(async () => ok(answer(40, 2))),
    );
    port.receive({ part: '', end: true, url: 'https://example.com/a' });
    await vi.waitFor(() => expect(port.sent).toHaveLength(2));
    const [head, claims] = port.sent as [PageHead & { complete: true }, { claims: unknown[]; done: true }];
    expect(head.complete).toBe(true);
    expect(head.analysis).toMatchObject({ nodes: [4, 9], starts: [0, 5] });
    expect(head).not.toHaveProperty('claims');
    expect(head.analysis.report.quotes[0]).toMatchObject({ text: '', continuation: null });
    expect(claims.claims).toHaveLength(40);
    expect(claims.done).toBe(true);
  });

  it('sends no texts: the article’s text nodes’ numbers in pieces, no passage texts', async () => {
    const port = new FakePort();
    const whole = answer(0, 70_000);
    servePagePort(
      port,
      replying(async () => ok(whole)),
    );
    port.receive({ part: '', end: true, url: 'https://example.com/a' });
    await vi.waitFor(() => expect(port.sent.at(-1)).toMatchObject({ done: true }));
    const head = port.sent[0] as PageHead;
    expect(head.analysis.nodes).toEqual([]);
    expect(head.analysis.report.quotes[0]).toMatchObject({ id: 'q1', text: '', continuation: null });
    expect(port.sent.some((m) => 'text' in (m as object))).toBe(false);
    const pieces = port.sent.filter(
      (m): m is { nodes: number[]; starts: number[] } => 'nodes' in (m as object),
    );
    expect(pieces.map((p) => p.nodes.length)).toEqual([32_768, 32_768, 4_464]);
    expect(pieces.flatMap((p) => p.nodes)).toEqual(whole.analysis.nodes);
    expect(pieces.flatMap((p) => p.starts)).toEqual(whole.analysis.starts);
  });

  it('refuses a page larger than the limit, in plain words, and lets go of it', () => {
    const port = new FakePort();
    const analyse = vi.fn(async () => ok(answer(0)));
    servePagePort(port, replying(analyse));
    const slice = 'x'.repeat(8 * 1024 * 1024);
    for (let sent = 0; sent <= ROUND_TRIP.maxPageChars; sent += slice.length) port.receive({ part: slice });
    expect(port.sent).toEqual([{ error: TOO_LARGE, tooLarge: true }]);
    port.receive({ part: '', end: true, url: 'https://example.com/' });
    expect(analyse).not.toHaveBeenCalled();
  });

  it('refuses a malformed message, and reports a failed analysis', async () => {
    const bad = new FakePort();
    servePagePort(
      bad,
      replying(async () => ok(answer(0))),
    );
    bad.receive({ part: 42 });
    expect(bad.sent).toEqual([{ error: 'Sourcelight received a malformed page.' }]);
    const noUrl = new FakePort();
    servePagePort(
      noUrl,
      replying(async () => ok(answer(0))),
    );
    noUrl.receive({ part: '<p>', end: true });
    expect(noUrl.sent).toEqual([{ error: 'Sourcelight received a malformed page.' }]);

    const failing = new FakePort();
    servePagePort(
      failing,
      replying(async () => {
        throw new Error('The analyser did not answer.');
      }),
    );
    failing.receive({ part: '', end: true, url: 'https://example.com/' });
    await vi.waitFor(() => expect(failing.sent).toEqual([{ error: 'The analyser did not answer.' }]));

    // The usual way: the analyser's problem as a value.
    const malformed = new FakePort();
    servePagePort(
      malformed,
      replying(async () => ({ ok: false, problem: 'Sourcelight received a malformed page.' })),
    );
    malformed.receive({ part: '[9]', end: true, url: 'https://example.com/' });
    await vi.waitFor(() =>
      expect(malformed.sent).toEqual([{ error: 'Sourcelight received a malformed page.' }]),
    );
  });

  it('sends nothing to a page that went away', async () => {
    const port = new FakePort();
    let finish: (a: WholeResult) => void = () => {};
    servePagePort(
      port,
      replying(() => new Promise<WholeResult>((resolve) => (finish = resolve))),
    );
    port.receive({ part: '', end: true, url: 'https://example.com/' });
    port.leave();
    finish(ok(answer(10)));
    await new Promise((r) => setTimeout(r, 0));
    expect(port.sent).toEqual([]);
  });
});

describe('a page analysed over the port, end to end', () => {
  it('sends the pieces and gets the whole answer back, text nodes and claims put together', async () => {
    const { page, background } = portPair();
    const connect = () => page;
    servePagePort(
      background,
      replying(async (request, tabId) => {
        expect(request).toEqual({ url: 'https://example.com/p', parts: ['[1,"html",0', ',0]'] });
        expect(tabId).toBe(3);
        return ok({
          ...answer(900, 40_000),
          page: { settings: {} as never, highlightsOn: true, savedIds: ['c1'] },
          reveal: { id: 'c7' } as never,
        });
      }),
    );
    async function* pieces() {
      yield '[1,"html",0';
      yield ',0]';
    }
    // Every piece of our work on the page's thread goes through the caller's timer, as 'send' or 'receive'.
    const measured: string[] = [];
    const result = await analyseOverPort(connect, 'https://example.com/p', pieces(), (work, what) => {
      measured.push(what);
      work();
    });
    if (!result.ok) throw new Error(result.problem);
    const got = result.answer;
    expect(got.analysis.nodes).toHaveLength(40_000);
    expect(got.analysis.starts.at(-1)).toBe(39_999 * 5);
    expect(got.analysis).not.toHaveProperty('text');
    const claims = await got.claims;
    if (!claims.ok) throw new Error(claims.problem);
    expect(claims.claims).toHaveLength(900);
    expect(claims.claims[899]).toEqual({ id: 'c899' });
    expect(got.page?.savedIds).toEqual(['c1']);
    expect(got.reveal).toEqual({ id: 'c7' });
    // Sent: connecting, listening and two slices. Received: the head, the text node numbers in two pieces
    // (40,000, 32,768 a message), the end of the head, and the claims in three batches (400 a message), the
    // last saying it is the end.
    expect(measured.filter((m) => m === 'send')).toHaveLength(4);
    expect(measured.filter((m) => m === 'receive')).toHaveLength(7);
  });

  it('sends the passages of a page of thousands in batches, and the page gets them all, in order', async () => {
    const { page, background } = portPair();
    const count = ROUND_TRIP.passagesPerMessage * 2 + 17;
    const whole = answer(0, 1);
    whole.analysis.report.quotes = Array.from(
      { length: count },
      (_, i) => ({ id: `q${i + 1}`, text: 'Words.', continuation: null }) as never,
    );
    whole.analysis.placements = Array.from({ length: count }, (_, i) => ({
      spans: [[i, i + 1]],
      leadInMention: null,
      elements: [i],
    }));
    whole.view.quotes = Array.from({ length: count }, (_, i) => ({ key: `k${i}` }) as never);
    const sent: unknown[] = [];
    const post = background.postMessage;
    background.postMessage = (message) => {
      sent.push(message);
      post(message);
    };
    servePagePort(
      background,
      replying(async () => ok(whole)),
    );
    async function* one() {
      yield '[1,"html",0,0]';
    }
    const result = await analyseOverPort(() => page, 'https://example.com/', one());
    if (!result.ok) throw new Error(result.problem);
    const { analysis, view } = result.answer;
    expect(analysis.report.quotes.map((q) => q.id)).toEqual(whole.analysis.report.quotes.map((q) => q.id));
    expect(analysis.report.quotes.every((q) => q.text === '')).toBe(true);
    expect(analysis.placements).toEqual(whole.analysis.placements);
    expect(view.quotes).toEqual(whole.view.quotes);
    // No message carries more than a batch of passages.
    const carried = sent.map((m) => {
      const message = m as { analysis?: { placements: unknown[] }; passages?: { placements: unknown[] } };
      return (message.analysis ?? message.passages)?.placements.length ?? 0;
    });
    expect(Math.max(...carried)).toBe(ROUND_TRIP.passagesPerMessage);
    expect(carried.filter((n) => n > 0)).toEqual([1_000, 1_000, 17]);
  });

  it('gives the page its passages before the claims are found, and the claims once they are', async () => {
    const { page, background } = portPair();
    let claimsNow: (found: { ok: true; claims: never[] } | { ok: false; problem: string }) => void = () => {};
    servePagePort(background, async (_request, _tabId, reply) => {
      reply.passages(ok({ ...answer(0, 1), page: null, reveal: null }) as never);
      await new Promise<void>((resolve) => {
        claimsNow = (found) => {
          reply.claims(found);
          resolve();
        };
      });
    });
    async function* one() {
      yield '[1,"html",0,0]';
    }
    const result = await analyseOverPort(() => page, 'https://example.com/', one());
    if (!result.ok) throw new Error(result.problem);
    expect(result.answer.analysis.nodes).toEqual([4]);
    let arrived = false;
    const claims = result.answer.claims.then((found) => {
      arrived = true;
      return found;
    });
    await new Promise((r) => setTimeout(r, 5));
    expect(arrived).toBe(false);
    claimsNow({ ok: true, claims: [{ id: 'c1' } as never] });
    expect(await claims).toEqual({ ok: true, claims: [{ id: 'c1' }] });
  });

  it('keeps the passages when the claims fail, and says why there are none', async () => {
    const { page, background } = portPair();
    servePagePort(background, async (_request, _tabId, reply) => {
      reply.passages(ok({ ...answer(0, 1), page: null, reveal: null }) as never);
      reply.claims({ ok: false, problem: 'The claims of that page are no longer kept.' });
    });
    async function* one() {
      yield '[1,"html",0,0]';
    }
    const result = await analyseOverPort(() => page, 'https://example.com/', one());
    if (!result.ok) throw new Error(result.problem);
    expect(await result.answer.claims).toEqual({
      ok: false,
      problem: 'The claims of that page are no longer kept.',
    });
  });

  it('gives back a failure in plain words when the background fails or goes away', async () => {
    const failing = portPair();
    const connectFailing = () => failing.page;
    servePagePort(
      failing.background,
      replying(async () => {
        throw new Error('The analyser did not answer.');
      }),
    );
    async function* one() {
      yield '[1,"html",0,0]';
    }
    expect(await analyseOverPort(connectFailing, 'https://example.com/', one())).toEqual({
      ok: false,
      problem: 'The analyser did not answer.',
      tooLarge: false,
    });

    const gone = portPair();
    const connectGone = () => gone.page;
    gone.background.onMessage.addListener(() => gone.background.disconnect());
    expect(await analyseOverPort(connectGone, 'https://example.com/', one())).toEqual({
      ok: false,
      problem: expect.stringMatching(/went away/),
      tooLarge: false,
    });
  });

  it('stops sending a page over the limit, and says so (the page side counts too)', async () => {
    const { page, background } = portPair();
    const connect = () => page;
    const analyse = vi.fn(async () => ok(answer(0)));
    servePagePort(background, replying(analyse));
    const slice = 'x'.repeat(8 * 1024 * 1024);
    async function* huge() {
      for (let i = 0; i < 6; i++) yield slice;
    }
    expect(await analyseOverPort(connect, 'https://example.com/', huge())).toEqual({
      ok: false,
      problem: TOO_LARGE,
      tooLarge: true,
    });
    expect(analyse).not.toHaveBeenCalled();
  });

  it('tells the page its page is too large by a flag, not by the words, when the background counts it', async () => {
    const { page, background } = portPair();
    const analyse = vi.fn(async () => ok(answer(0)));
    servePagePort(background, replying(analyse));
    // A page side that does not count sends everything; the background stops it.
    const slice = 'x'.repeat(8 * 1024 * 1024);
    const received = new Promise<unknown>((resolve) => page.onMessage.addListener(resolve));
    for (let i = 0; i < 5; i++) page.postMessage({ part: slice });
    expect(await received).toEqual({ error: TOO_LARGE, tooLarge: true });
    expect(analyse).not.toHaveBeenCalled();
  });
});
