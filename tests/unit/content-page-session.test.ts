// The session as a whole (inject/page-session.ts) on the seed post, its round trip answered at once: the
// passages marked and the overlay put on the page, highlights switched off and on by the background's
// message, and everything of ours taken off the page when the lifetime ends.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { PageSession } from '../../inject/page-session';
import { OUTLET_ATTRIBUTE } from '../../utils/highlight/marks';
import { mayHoldQuotes } from '../../utils/highlight/precheck';
import type { PageAnswer } from '../../utils/round-trip/channel/port';
import type { RoundTrip } from '../../utils/round-trip/page/trip';
import { cleanUp, layOut, SEED_URL, seedShown, testLifetime } from './content-helpers';

function start(claims?: PageAnswer['claims']) {
  const shown = seedShown();
  layOut();
  const { life, end } = testLifetime();
  const answer = {
    view: shown.view,
    claims: claims ?? Promise.resolve({ ok: true, claims: shown.claims }),
    page: null,
    reveal: null,
  } as unknown as PageAnswer;
  const trip: RoundTrip = { ok: true, analysis: shown.analysis, answer };
  new PageSession(life, mayHoldQuotes).start({ url: SEED_URL, trip: Promise.resolve(trip) });
  const marked = () => document.querySelectorAll(`[${OUTLET_ATTRIBUTE}]`).length;
  const host = () => document.querySelector('sourcelight-overlay');
  const send = (type: string, payload: unknown) =>
    fakeBrowser.runtime.onMessage.trigger({ type, payload }, {});
  return { shown, end, marked, host, send };
}

beforeEach(() => vi.useFakeTimers());
afterEach(cleanUp);

describe('PageSession', () => {
  it('shows the analysis: every passage’s elements marked, the overlay on the page', async () => {
    const { shown, marked, host } = start();
    await vi.advanceTimersByTimeAsync(50);
    expect(marked()).toBe(shown.analysis.quotes.reduce((n, q) => n + q.elements.length, 0));
    expect(host()).not.toBeNull();
  });

  it('marks a new page’s passages without waiting for its claims', async () => {
    const { shown, marked } = start(new Promise(() => {}));
    await vi.advanceTimersByTimeAsync(50);
    expect(marked()).toBe(shown.analysis.quotes.reduce((n, q) => n + q.elements.length, 0));
  });

  it('switches highlights off and on when the background says so', async () => {
    const { marked, send } = start();
    await vi.advanceTimersByTimeAsync(50);
    expect(await send('highlights/set', { on: false })).toEqual([{ on: false }]);
    expect(marked()).toBe(0);
    expect(await send('highlights/set', { on: true })).toEqual([{ on: true }]);
    expect(marked()).toBeGreaterThan(0);
  });

  it('takes everything of ours off the page, and answers nothing more, when the lifetime ends', async () => {
    const { end, marked, host, send } = start();
    await vi.advanceTimersByTimeAsync(50);
    end();
    expect(marked()).toBe(0);
    expect(host()).toBeNull();
    expect(await send('highlights/set', { on: true })).toEqual([]);
    await vi.advanceTimersByTimeAsync(5_000);
    expect(host()).toBeNull();
  });
});
