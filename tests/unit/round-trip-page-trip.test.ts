// The page's side of the round trip as one call (utils/round-trip/page/trip.ts), end to end in happy-dom:
// the live page read in slices, carried over a port (messages copied as JSON, as the browser does) to a
// background that rebuilds and analyses it, and the answer taken from the very nodes read.
import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { defaultOutlets } from '../../utils/outlets/default-lookup';
import { type PagePortPeer, servePagePort } from '../../utils/round-trip/channel/port';
import { analyseCopy } from '../../utils/round-trip/host/analyse';
import { type PageLink, roundTrip } from '../../utils/round-trip/page/trip';
import { replying } from './page-port-helpers';
import { portPair } from './round-trip-helpers';

const untimed: PageLink['timed'] = (_what, work) => work();

/** A link whose port's other end is a background analysing what it receives, as the extension's does. */
function connectToAnalyser(): { requests: number; link: PageLink } {
  const seen = { requests: 0, link: { connect, timed: untimed } };
  function connect(): PagePortPeer {
    const { page, background } = portPair();
    servePagePort(
      background,
      replying(async (request) => {
        seen.requests++;
        const answer = analyseCopy(
          () => document.implementation.createHTMLDocument(''),
          request,
          defaultOutlets,
        );
        return { ok: true, answer: { ...answer, page: null, reveal: null } };
      }),
    );
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
  afterEach(() => {
    document.documentElement.innerHTML = '<head></head><body></body>';
  });

  it('gives the analysis on the page’s own nodes', async () => {
    const { link } = connectToAnalyser();
    const trip = await roundTrip(document.documentElement, URL, new AbortController().signal, link);
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
    const claims = await trip.answer.claims;
    expect(claims.ok && claims.claims.length).toBeGreaterThan(20);
    expect(trip.analysis.articleText.nodes.every((node) => node.isConnected)).toBe(true);
  });

  it('stops when the lifetime ends, in plain words', async () => {
    const seen = connectToAnalyser();
    const lifetime = new AbortController();
    lifetime.abort();
    const trip = await roundTrip(document.documentElement, URL, lifetime.signal, seen.link);
    expect(trip).toEqual({ ok: false, problem: expect.stringMatching(/went away/), tooLarge: false });
    expect(seen.requests).toBe(0);
  });

  it('says the extension went away when there is no port to open', async () => {
    const gone: PageLink = { connect: () => null, timed: untimed };
    const trip = await roundTrip(document.documentElement, URL, new AbortController().signal, gone);
    expect(trip).toEqual({ ok: false, problem: expect.stringMatching(/went away/), tooLarge: false });
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
    const trip = await roundTrip(document.documentElement, URL, new AbortController().signal, seen.link);
    expect(trip).toEqual({
      ok: false,
      problem: expect.stringMatching(/changed while it was read/),
      tooLarge: false,
    });
    expect(seen.requests).toBe(0);
  });
});
