// A page's slices carried ahead to the analyser's host (utils/round-trip/host/carried.ts): put back in order
// whatever order they came in, so the copy is the one the slices sent whole would make; a request waits for the
// last of them, and gives up (null) when they do not all come; pages gone quiet are forgotten.
import { describe, expect, it } from 'vitest';
import type { Token } from '../../utils/round-trip/channel/format';
import { ROUND_TRIP } from '../../utils/round-trip/channel/port';
import { copyOf } from '../../utils/round-trip/host/analyse';
import { CarriedPages } from '../../utils/round-trip/host/carried';
import { PageReader } from '../../utils/round-trip/page/read';

/** A page read as slices of a few tokens each, the way the page sends them. */
function slicesOf(html: string): string[] {
  document.documentElement.innerHTML = html;
  const reader = new PageReader(document.documentElement);
  const parts: string[] = [];
  while (!reader.done) {
    const tokens: Token[] = [];
    reader.read(tokens, 8, () => false);
    parts.push(JSON.stringify(tokens));
  }
  return parts;
}

const inert = () => document.implementation.createHTMLDocument('');
const shape = (doc: Document) => doc.documentElement.outerHTML;
const noDeadline = () => {};

describe('slices carried ahead', () => {
  it('rebuild the same copy whatever order they came in', async () => {
    const parts = slicesOf(
      '<head><title>T</title></head><body><article><p>Here is <b>Reuters</b>:</p><blockquote><p>Quoted words, a monitor said.</p></blockquote><p>And more.</p></article></body>',
    );
    expect(parts.length).toBeGreaterThan(4);
    const pages = new CarriedPages();
    const order = parts.map((_, i) => i).reverse();
    [order[0], order[2]] = [order[2], order[0]];
    for (const i of order) pages.add('page-1', i, parts[i]);
    pages.add('page-2', 0, 'another page');
    const taken = await pages.take('page-1', parts.length, noDeadline);
    expect(taken).toEqual(parts);
    expect(shape(copyOf(inert(), taken ?? []).doc)).toBe(shape(copyOf(inert(), parts).doc));
    expect(pages.size).toBe(1);
  });

  it('waits for slices still on their way, then forgets the page', async () => {
    const pages = new CarriedPages();
    pages.add('p', 1, 'b');
    const taken = pages.take('p', 3, noDeadline);
    pages.add('p', 0, 'a');
    pages.add('p', 2, 'c');
    expect(await taken).toEqual(['a', 'b', 'c']);
    expect(pages.size).toBe(0);
  });

  it('gives up when a slice never comes, or the page is dropped', async () => {
    const pages = new CarriedPages();
    pages.add('p', 0, 'a');
    let deadline = () => {};
    const late = pages.take('p', 2, (run, ms) => {
      expect(ms).toBe(ROUND_TRIP.carriedWaitMs);
      deadline = run;
    });
    deadline();
    expect(await late).toBeNull();
    pages.add('q', 0, 'a');
    const dropped = pages.take('q', 2, noDeadline);
    pages.drop('q');
    expect(await dropped).toBeNull();
    expect(pages.size).toBe(0);
  });

  it('refuses a page with more slices than its request names', async () => {
    const pages = new CarriedPages();
    for (const i of [0, 1, 2]) pages.add('p', i, String(i));
    expect(await pages.take('p', 2, noDeadline)).toBeNull();
  });

  it('forgets pages no slice came to for a while', () => {
    let now = 0;
    const pages = new CarriedPages(() => now);
    pages.add('gone', 0, 'a');
    now = ROUND_TRIP.carriedIdleMs + 1;
    pages.add('here', 0, 'b');
    expect(pages.size).toBe(1);
  });
});
