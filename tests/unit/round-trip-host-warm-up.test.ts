// The analyser's host analyses a sample post before the first page asks (utils/round-trip/host/warm-up.ts): the
// sample must go through every stage of the passages a real post does, or the first page still pays for the
// rest; its claims are left to the first page, whose passages must not wait for them.
import { describe, expect, it, vi } from 'vitest';
import { defaultOutlets } from '../../utils/outlets/default-lookup';
import { analyseCopy } from '../../utils/round-trip/host/analyse';
import { WARM_UP_URL, warmUp, warmUpRequest } from '../../utils/round-trip/host/warm-up';

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
});
