// CSS Custom Highlight registration (with a stand-in registry: happy-dom has no Highlight API), the
// ::highlight stylesheet, and slicing long lists over several tasks.
import { describe, expect, it } from 'vitest';
import { inChunks } from '../../utils/highlight/chunks';
import { PALETTE } from '../../utils/highlight/colours';
import {
  CLAIM_HIGHLIGHTS,
  type HighlightApi,
  HighlightSet,
  inlineHighlight,
  mentionHighlight,
  pageHighlightApi,
  priorityOf,
} from '../../utils/highlight/css-highlights';
import { highlightStylesheet } from '../../utils/highlight/highlight-css';

class FakeHighlight {
  priority = 0;
  readonly ranges: AbstractRange[];
  constructor(ranges: AbstractRange[]) {
    this.ranges = [...ranges];
  }
  add(range: AbstractRange) {
    this.ranges.push(range);
  }
}

function fakeApi() {
  const registry = new Map<string, FakeHighlight>();
  const api: HighlightApi = {
    registry: {
      set: (name, h) => registry.set(name, h as unknown as FakeHighlight),
      get: (name) => registry.get(name),
      delete: (name) => registry.delete(name),
    },
    create: (ranges) => new FakeHighlight(ranges),
  };
  return { api, registry };
}

const range = () => document.createRange();

describe('HighlightSet', () => {
  it('registers highlights by name with their priority, and adds ranges to them', () => {
    const { api, registry } = fakeApi();
    const set = new HighlightSet(api);
    set.add(CLAIM_HIGHLIGHTS.high, range());
    set.add(CLAIM_HIGHLIGHTS.high, range());
    set.set(mentionHighlight(1), [range()]);
    expect(registry.get(CLAIM_HIGHLIGHTS.high)?.ranges).toHaveLength(2);
    expect(registry.get(mentionHighlight(1))?.priority).toBeGreaterThan(
      registry.get(CLAIM_HIGHLIGHTS.high)?.priority ?? 9,
    );
    expect(set.names.sort()).toEqual([mentionHighlight(1), CLAIM_HIGHLIGHTS.high].sort());
  });

  it('registers again what someone else cleared from the registry, the same highlights', () => {
    const { api, registry } = fakeApi();
    const set = new HighlightSet(api);
    set.add(CLAIM_HIGHLIGHTS.low, range());
    set.add(CLAIM_HIGHLIGHTS.high, range());
    const before = registry.get(CLAIM_HIGHLIGHTS.low);
    registry.clear();
    registry.set(CLAIM_HIGHLIGHTS.high, { ranges: [], priority: 0 } as never);
    set.restore();
    expect(registry.get(CLAIM_HIGHLIGHTS.low)).toBe(before);
    expect(registry.get(CLAIM_HIGHLIGHTS.high)?.ranges).toHaveLength(1);
  });

  it('resets all but the kept ones, and clears everything', () => {
    const { api, registry } = fakeApi();
    const set = new HighlightSet(api);
    set.add(CLAIM_HIGHLIGHTS.low, range());
    set.add(mentionHighlight(2), range());
    set.reset([mentionHighlight(2)]);
    expect([...registry.keys()]).toEqual([mentionHighlight(2)]);
    set.clear();
    expect(registry.size).toBe(0);
    set.delete('never-registered');
    expect(registry.size).toBe(0);
  });

  it('orders overlaps: mentions over claims over inline quotes', () => {
    const order = [mentionHighlight(3), CLAIM_HIGHLIGHTS.mid, inlineHighlight('own')].map(priorityOf);
    expect([...order].sort((a, b) => b - a)).toEqual(order);
    expect(new Set(order).size).toBe(order.length);
  });

  it('finds no API where the browser has none', () => {
    expect(pageHighlightApi({})).toBeNull();
    expect(pageHighlightApi({ CSS: { highlights: new Map() }, Highlight: FakeHighlight })).not.toBeNull();
  });
});

describe('highlight stylesheet', () => {
  it('styles every claim strength, and the mentions and inline quotes of the sources in use only', () => {
    const css = highlightStylesheet([2, 'own']);
    for (const name of Object.values(CLAIM_HIGHLIGHTS)) expect(css).toContain(`::highlight(${name})`);
    // Nothing of what this reader saved, opened or asked to see: those are drawn in the closed overlay.
    expect(css).not.toMatch(/saved|active|reveal/);
    expect(css).toContain(`::highlight(${mentionHighlight(2)})`);
    expect(css).toContain(PALETTE[2]);
    expect(css).toContain(`::highlight(${inlineHighlight('own')})`);
    expect(css).not.toContain(`::highlight(${mentionHighlight(3)})`);
  });

  it('uses translucent backgrounds, so page text stays readable on light and dark pages', () => {
    const backgrounds = [...highlightStylesheet([0]).matchAll(/background-color: ([^;]+);/g)].map(
      (m) => m[1],
    );
    expect(backgrounds.length).toBeGreaterThan(2);
    for (const value of backgrounds) expect(value).toMatch(/^rgba\(.*, 0?\.\d+\)$/);
  });
});

describe('inChunks', () => {
  it('works through every item a slice per task, in order', () => {
    const queue: Array<() => void> = [];
    const seen: number[] = [];
    let finished = false;
    inChunks(
      Array.from({ length: 10 }, (_, i) => i),
      (item) => seen.push(item),
      { size: 4, schedule: (next) => queue.push(next), cancelled: () => false },
      () => {
        finished = true;
      },
    );
    expect(seen).toEqual([0, 1, 2, 3]);
    while (queue.length) queue.shift()?.();
    expect(seen).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
    expect(finished).toBe(true);
  });

  it('stops when cancelled', () => {
    const queue: Array<() => void> = [];
    const seen: number[] = [];
    let cancelled = false;
    inChunks([1, 2, 3, 4], (item) => seen.push(item), {
      size: 2,
      schedule: (n) => queue.push(n),
      cancelled: () => cancelled,
    });
    cancelled = true;
    while (queue.length) queue.shift()?.();
    expect(seen).toEqual([1, 2]);
  });
});
