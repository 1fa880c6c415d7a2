// The analyser's host analyses a sample post before the first page asks (utils/round-trip/host/warm-up.ts): the
// sample must go through every stage of the passages a real post does, or the first page still pays for the
// rest; its claims are left to the first page, whose passages must not wait for them. A page that asks as the
// host starts listening replaces it.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { defaultOutlets } from '../../utils/outlets/default-lookup';
import { analyseCopy } from '../../utils/round-trip/host/analyse';
import {
  WARM_UP_DELAY_MS,
  WARM_UP_URL,
  warmUp,
  warmUpRequest,
  warmUpUnlessAsked,
} from '../../utils/round-trip/host/warm-up';

describe('the warm-up sample', () => {
  it('is read like a page and analysed as an aggregated post quoting an outlet, with claims', () => {
    const inert = () => document.implementation.createHTMLDocument('');
    const request = warmUpRequest(inert());
    expect(request.url).toBe(WARM_UP_URL);
    expect(request.parts.length).toBeGreaterThan(0);
    const answer = analyseCopy(inert, request, defaultOutlets);
    expect(answer.analysis.report.aggregated).toBe(true);
    expect(answer.analysis.report.quotes.map((q) => [q.outlet, q.kind])).toEqual([['Reuters', 'outlet']]);
    expect(answer.claims.length).toBeGreaterThan(0);
    expect(answer.view.stylesheet).not.toBe('');
  });

  it('is analysed by the host, its claims left for the first page', () => {
    const claims = vi.fn();
    const analyse = vi.fn(() => ({ ok: true, answer: {}, claims }));
    warmUp(analyse, document.implementation.createHTMLDocument(''));
    expect(analyse).toHaveBeenCalledTimes(1);
    expect(analyse.mock.calls[0]).toEqual([expect.objectContaining({ url: WARM_UP_URL })]);
    expect(claims).not.toHaveBeenCalled();
  });

  describe('unless a page asks first', () => {
    const inert = () => document.implementation.createHTMLDocument('');
    afterEach(() => {
      vi.useRealTimers();
    });

    it('is analysed once the host has listened a while without a page', () => {
      vi.useFakeTimers();
      const analyse = vi.fn();
      const warm = warmUpUnlessAsked(analyse, inert, globalThis);
      vi.advanceTimersByTime(WARM_UP_DELAY_MS * 10);
      expect(analyse).not.toHaveBeenCalled();
      warm.listening();
      warm.listening();
      vi.advanceTimersByTime(WARM_UP_DELAY_MS - 1);
      expect(analyse).not.toHaveBeenCalled();
      vi.advanceTimersByTime(1);
      expect(analyse).toHaveBeenCalledTimes(1);
      expect(analyse.mock.calls[0]).toEqual([expect.objectContaining({ url: WARM_UP_URL })]);
      vi.advanceTimersByTime(WARM_UP_DELAY_MS * 10);
      expect(analyse).toHaveBeenCalledTimes(1);
    });

    it('is never analysed once a page has come, before or after the host listens', () => {
      vi.useFakeTimers();
      for (const pageFirst of [true, false]) {
        const analyse = vi.fn();
        const warm = warmUpUnlessAsked(analyse, inert, globalThis);
        if (pageFirst) warm.pageCame();
        warm.listening();
        vi.advanceTimersByTime(WARM_UP_DELAY_MS / 2);
        warm.pageCame();
        vi.advanceTimersByTime(WARM_UP_DELAY_MS * 10);
        expect(analyse).not.toHaveBeenCalled();
      }
    });
  });
});
