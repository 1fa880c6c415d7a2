// Keeping up with the page: which mutations matter, the per-minute cap, and the debounced re-analysis, run
// on a fake clock so the timing logic is checked exactly.
import { describe, expect, it } from 'vitest';
import { type Clock, mutationsMatter, RateLimit, ReanalysisScheduler } from '../../utils/highlight/observer';

class FakeClock implements Clock {
  time = 0;
  private timers = new Map<number, { at: number; fn: () => void }>();
  private nextId = 1;
  now = () => this.time;
  setTimeout = (fn: () => void, ms: number) => {
    const id = this.nextId++;
    this.timers.set(id, { at: this.time + ms, fn });
    return id;
  };
  clearTimeout = (id: number) => {
    this.timers.delete(id);
  };
  /** Moves time forward, firing due timers in order. */
  advance(ms: number) {
    const end = this.time + ms;
    for (;;) {
      const due = [...this.timers.entries()]
        .filter(([, t]) => t.at <= end)
        .sort((a, b) => a[1].at - b[1].at)[0];
      if (!due) break;
      this.timers.delete(due[0]);
      this.time = due[1].at;
      due[1].fn();
    }
    this.time = end;
  }
}

const limits = { debounceMs: 500, maxWaitMs: 3_000, perWindow: 3, windowMs: 60_000 };

function record(target: Node, added: Node[] = [], removed: Node[] = []) {
  return { target, addedNodes: added as unknown as NodeList, removedNodes: removed as unknown as NodeList };
}

describe('which mutations matter', () => {
  const host = document.createElement('sourcelight-overlay');
  const style = document.createElement('style');
  const isOwn = (node: Node) => node === host || node === style;

  it('counts added or removed text, and quotation elements even before they fill in', () => {
    const p = document.createElement('p');
    p.textContent = 'Late paragraph of the article.';
    expect(mutationsMatter([record(document.body, [p])], isOwn)).toBe(true);
    expect(mutationsMatter([record(document.body, [], [p])], isOwn)).toBe(true);
    expect(mutationsMatter([record(document.body, [document.createElement('blockquote')])], isOwn)).toBe(
      true,
    );
    expect(mutationsMatter([record(document.body, [document.createTextNode('words')])], isOwn)).toBe(true);
  });

  it('ignores our own nodes, scripts, images, empty boxes and white space', () => {
    const script = document.createElement('script');
    script.textContent = 'var x = "lots of text";';
    const img = document.createElement('img');
    const empty = document.createElement('div');
    expect(mutationsMatter([record(document.documentElement, [host])], isOwn)).toBe(false);
    expect(mutationsMatter([record(document.head, [style])], isOwn)).toBe(false);
    expect(mutationsMatter([record(host, [document.createTextNode('inside our host')])], isOwn)).toBe(false);
    expect(
      mutationsMatter([record(document.body, [script, img, empty, document.createTextNode('  \n ')])], isOwn),
    ).toBe(false);
  });

  it('counts text rewritten in place only where the caller cares (the shown article)', () => {
    const article = document.createElement('article');
    const inside = document.createTextNode('quoted words');
    article.append(inside);
    const outside = document.createTextNode('12:00:01');
    const rewritten = (node: Node) => ({
      type: 'characterData',
      target: node,
      addedNodes: [],
      removedNodes: [],
    });
    const inArticle = (node: Node) => article.contains(node);
    expect(mutationsMatter([rewritten(inside)] as never, isOwn, inArticle)).toBe(true);
    expect(mutationsMatter([rewritten(outside)] as never, isOwn, inArticle)).toBe(false);
    expect(mutationsMatter([rewritten(inside)] as never, isOwn)).toBe(false);
  });
});

describe('rate limit', () => {
  it('allows a number of takes per sliding window', () => {
    let now = 0;
    const limit = new RateLimit(2, 1_000, () => now);
    expect(limit.tryTake()).toBe(true);
    now = 100;
    expect(limit.tryTake()).toBe(true);
    expect(limit.tryTake()).toBe(false);
    expect(limit.waitMs()).toBe(900);
    now = 1_000;
    expect(limit.tryTake()).toBe(true);
    expect(limit.tryTake()).toBe(false);
    now = 1_100;
    expect(limit.waitMs()).toBe(0);
  });
});

describe('re-analysis scheduler', () => {
  it('waits for quiet before running, once per burst', () => {
    const clock = new FakeClock();
    let runs = 0;
    const s = new ReanalysisScheduler(clock, () => runs++, limits);
    s.trigger();
    clock.advance(300);
    s.trigger();
    clock.advance(300);
    expect(runs).toBe(0);
    clock.advance(200);
    expect(runs).toBe(1);
    expect(s.pending).toBe(false);
  });

  it('runs a page that never stops changing after the longest wait', () => {
    const clock = new FakeClock();
    let runs = 0;
    const s = new ReanalysisScheduler(clock, () => runs++, limits);
    for (let t = 0; t < 3_000; t += 100) {
      s.trigger();
      clock.advance(100);
    }
    expect(runs).toBe(1);
    expect(clock.time).toBe(3_000);
  });

  it('never runs more often than the cap, and catches up when the window allows', () => {
    const clock = new FakeClock();
    const times: number[] = [];
    const s = new ReanalysisScheduler(clock, () => times.push(clock.time), limits);
    for (let i = 0; i < 10; i++) {
      s.trigger();
      clock.advance(1_000);
    }
    expect(times).toHaveLength(3);
    clock.advance(60_000);
    // The last trigger was not lost: it ran once the window let it.
    expect(times).toHaveLength(4);
    expect(times[3] - times[0]).toBeGreaterThanOrEqual(60_000);
  });

  it('runs at once on triggerNow, and not at all once cancelled', () => {
    const clock = new FakeClock();
    let runs = 0;
    const s = new ReanalysisScheduler(clock, () => runs++, limits);
    s.triggerNow();
    clock.advance(0);
    expect(runs).toBe(1);
    s.trigger();
    s.cancel();
    clock.advance(10_000);
    expect(runs).toBe(1);
  });
});
