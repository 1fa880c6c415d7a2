// The analyser's host analyses a sample post before the first page asks (utils/round-trip/host/warm-up.ts): the
// sample must go through every stage of the passages a real post does, or the first page still pays for the
// rest; its claims are left to the first page, whose passages must not wait for them. Chrome's document takes it
// one task a step from the moment it listens, and stops when a page comes.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { gatedPatterns } from '../../utils/analysis/lead-in-words';
import { LEAD_AFTER, LEAD_BEFORE } from '../../utils/analysis/source-words';
import { defaultOutlets } from '../../utils/outlets/default-lookup';
import { analyseCopy } from '../../utils/round-trip/host/analyse';
import {
  WARM_UP_URL,
  warmUp,
  warmUpRequest,
  warmUpSteps,
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

    it('takes its steps, then the sample, one a task, once the host listens and without waiting', () => {
      vi.useFakeTimers();
      const order: string[] = [];
      const analyse = vi.fn((request: { url: string }) => order.push(`analyse ${request.url}`));
      const steps = [0, 1].map((n) => () => {
        order.push(`step ${n}`);
      });
      const warm = warmUpUnlessAsked(analyse, inert, globalThis, steps);
      vi.advanceTimersByTime(10_000);
      expect(order).toEqual([]);
      warm.listening();
      warm.listening();
      expect(order).toEqual([]);
      vi.advanceTimersToNextTimer();
      expect(order).toEqual(['step 0']);
      vi.advanceTimersToNextTimer();
      expect(order).toEqual(['step 0', 'step 1']);
      vi.advanceTimersToNextTimer();
      expect(order).toEqual(['step 0', 'step 1', `analyse ${WARM_UP_URL}`]);
      vi.advanceTimersByTime(10_000);
      expect(analyse.mock.calls.length).toBeGreaterThanOrEqual(1);
      expect(order.slice(0, 2)).toEqual(['step 0', 'step 1']);
      // Every step taken: no timer left.
      expect(vi.getTimerCount()).toBe(0);
    });

    it('takes no step after a page came, and never analyses a sample then', () => {
      vi.useFakeTimers();
      const analyse = vi.fn();
      const taken: number[] = [];
      const steps = [0, 1, 2, 3].map((n) => () => {
        taken.push(n);
      });
      const warm = warmUpUnlessAsked(analyse, inert, globalThis, steps);
      warm.listening();
      vi.advanceTimersToNextTimer();
      vi.advanceTimersToNextTimer();
      expect(taken).toEqual([0, 1]);
      warm.pageCame();
      vi.advanceTimersByTime(10_000);
      expect(taken).toEqual([0, 1]);
      expect(analyse).not.toHaveBeenCalled();
    });

    it('takes every step, a failing one too, then analyses the sample', () => {
      vi.useFakeTimers();
      const analyse = vi.fn();
      const taken: string[] = [];
      const warm = warmUpUnlessAsked(analyse, inert, globalThis, [
        () => {
          taken.push('fails');
          throw new Error('no');
        },
        () => taken.push('next'),
      ]);
      warm.listening();
      vi.advanceTimersByTime(10_000);
      expect(taken).toEqual(['fails', 'next']);
      expect(analyse.mock.calls.length).toBeGreaterThanOrEqual(1);
    });

    it('is never analysed once a page has come before the host listens', () => {
      vi.useFakeTimers();
      const analyse = vi.fn();
      const taken: number[] = [];
      const warm = warmUpUnlessAsked(analyse, inert, globalThis, [() => taken.push(0)]);
      warm.pageCame();
      warm.listening();
      vi.advanceTimersByTime(10_000);
      expect(taken).toEqual([]);
      expect(analyse).not.toHaveBeenCalled();
    });
  });

  describe('steps', () => {
    it("read the outlets index first, then test each of the analyser's gated expressions twice on each text", () => {
      const mentions = vi.fn(() => []);
      const outlets = { ...defaultOutlets, mentions };
      const tested: Array<[string, string]> = [];
      const gated = ['a', 'b'].map((name) => ({
        test: (text: string) => {
          tested.push([name, text]);
          return false;
        },
      }));
      const steps = warmUpSteps(outlets, gated);
      steps[0]();
      expect(mentions).toHaveBeenCalledTimes(1);
      expect(tested).toEqual([]);
      for (const step of steps.slice(1)) step();
      expect(tested.length).toBe(8);
      const texts = [...new Set(tested.map(([, text]) => text))];
      // A text of two bytes a character (as real pages' are) and one of one byte: V8 compiles each kind apart.
      expect(texts.map((text) => [...text].some((c) => c.charCodeAt(0) > 0xff))).toEqual([true, false]);
      for (const name of ['a', 'b'])
        for (const text of texts) expect(tested.filter((t) => t[0] === name && t[1] === text).length).toBe(2);
    });

    it("find the analyser's gated expressions", () => {
      expect(gatedPatterns()).toContain(LEAD_BEFORE);
      expect(gatedPatterns()).toContain(LEAD_AFTER);
    });
  });
});
