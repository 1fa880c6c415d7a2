// The page's side of the round trip as one call (inject/round-trip.ts), end to end in happy-dom:
// the live page read in slices, carried over a port (messages copied as JSON, as the browser does) to a
// background that rebuilds and analyses it, and the answer taken from the very nodes read.
import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { roundTrip } from '../../inject/round-trip';
import { defaultOutlets } from '../../utils/outlets/default-lookup';
import { type PagePortPeer, servePagePort } from '../../utils/round-trip/channel/port';
import { analyseCopy } from '../../utils/round-trip/host/analyse';

/** The extension runtime the content script sees (WXT's fake browser in unit tests). */
const runtimeOf = () =>
  (globalThis as unknown as { browser: { runtime: { connect: unknown } } }).browser.runtime;

/** A port whose other end is a background analysing what it receives, as the extension's does. */
function connectToAnalyser(): { requests: number } {
  const seen = { requests: 0 };
  // The content script's own view of the extension (inject/runtime.ts).
  runtimeOf().connect = connect;
  function connect() {
    type End = PagePortPeer & { listeners: Array<(m: unknown) => void>; gone: Array<() => void> };
    const end = (): End => {
      const e: End = {
        name: 'sourcelight/page',
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
    servePagePort(background, async (request) => {
      seen.requests++;
      const answer = analyseCopy(
        () => document.implementation.createHTMLDocument(''),
        request,
        defaultOutlets,
      );
      return { ok: true, answer: { ...answer, page: null, reveal: null } };
    });
    return page;
  }
  return seen;
}

const URL = 'https://www.zerohedge.com/news/seed';

describe('the round trip, from the page', () => {
  beforeEach(() => {
    document.documentElement.innerHTML = readFileSync('tests/fixtures/seed/seed-original.html', 'utf8')
      .replace(/^[\s\S]*?<html[^>]*>/i, '')
      .replace(/<\/html>\s*$/i, '');
  });
  const original = runtimeOf().connect;
  afterEach(() => {
    document.documentElement.innerHTML = '<head></head><body></body>';
    runtimeOf().connect = original;
  });

  it('gives the analysis on the page’s own nodes', async () => {
    connectToAnalyser();
    const trip = await roundTrip(document.documentElement, URL, new AbortController().signal);
    if (!trip.ok) throw new Error(trip.problem);
    const quotes = [...document.querySelectorAll('blockquote')];
    const placed = trip.analysis.quotes
      .flatMap((q) => q.elements)
      .filter((el) => el.tagName === 'BLOCKQUOTE');
    expect(placed).toHaveLength(quotes.length);
    placed.forEach((el, i) => {
      expect(el).toBe(quotes[i]);
    });
    expect(trip.analysis.report.quotes.filter((q) => q.kind === 'outlet').map((q) => q.outlet)).toEqual([
      'Reuters',
      'BBC',
      'Reuters',
    ]);
    expect(trip.answer.claims.length).toBeGreaterThan(20);
    expect(trip.analysis.articleText.nodes.every((node) => node.isConnected)).toBe(true);
  });

  it('stops when the lifetime ends, in plain words', async () => {
    const seen = connectToAnalyser();
    const lifetime = new AbortController();
    lifetime.abort();
    const trip = await roundTrip(document.documentElement, URL, lifetime.signal);
    expect(trip).toEqual({ ok: false, problem: expect.stringMatching(/went away/), tooLarge: false });
    expect(seen.requests).toBe(0);
  });

  it('notices a page that moved its nodes while it was read, and asks nothing', async () => {
    const seen = connectToAnalyser();
    const filler = document.createElement('section');
    filler.innerHTML = '<p>Filler paragraph with some words in it.</p>'.repeat(8_000);
    document.body.prepend(filler);
    const aside = document.createElement('aside');
    document.body.append(aside);
    // Between the first two slices, the page moves what the reader was about to read.
    setTimeout(() => {
      for (const p of [...filler.querySelectorAll('p')]) aside.append(p);
    }, 0);
    const trip = await roundTrip(document.documentElement, URL, new AbortController().signal);
    expect(trip).toEqual({
      ok: false,
      problem: expect.stringMatching(/changed while it was read/),
      tooLarge: false,
    });
    expect(seen.requests).toBe(0);
  });
});
