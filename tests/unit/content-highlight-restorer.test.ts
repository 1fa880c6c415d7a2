// The highlight restorer (inject/highlight-restorer.ts): a page that clears CSS.highlights or removes our
// <style> gets them back within a second while highlights are shown, not while they are off; and once the
// lifetime ends, it looks no more.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { HighlightPainter } from '../../inject/highlight-painter';
import { keepHighlights, RESTORE_POLL_MS } from '../../inject/highlight-restorer';
import type { ArticleText } from '../../utils/analysis/types';
import type { FoundClaim } from '../../utils/claims/found';
import type { HighlightApi } from '../../utils/highlight/css-highlights';
import { cleanUp, testLifetime } from './content-helpers';

/** The page's highlight registry (CSS.highlights), as a page script can reach it. */
function registry() {
  const map = new Map<string, unknown>();
  const api: HighlightApi = {
    registry: map as unknown as HighlightApi['registry'],
    create: (ranges) => {
      const set = new Set(ranges);
      return { priority: 0, add: (range: AbstractRange) => set.add(range) };
    },
  };
  return { map, api };
}

function setUp() {
  // happy-dom has no StaticRange; the browser's holds just these four fields.
  vi.stubGlobal(
    'StaticRange',
    class {
      constructor(init: StaticRangeInit) {
        Object.assign(this, init);
      }
    },
  );
  const { life, end } = testLifetime();
  const { map, api } = registry();
  const p = document.createElement('p');
  p.textContent = 'A checkable claim.';
  document.body.append(p);
  const text = { text: p.textContent, nodes: [p.firstChild as Text], starts: [0], blocks: [] } as ArticleText;
  const claim = { id: 'c', span: [0, 18], kind: 'reported', score: 0.9 } as unknown as FoundClaim;
  const painter = new HighlightPainter(document, api, life);
  painter.paint({ text, quotes: [], keys: [], stylesheet: '::highlight(x) {}', claims: [claim] });
  let shown = true;
  keepHighlights(
    life,
    () => painter.restore(),
    () => shown,
  );
  const style = () => document.querySelector('style[data-sourcelight]');
  return { map, end, style, hide: () => (shown = false) };
}

beforeEach(() => vi.useFakeTimers());
afterEach(cleanUp);

describe('keepHighlights', () => {
  it('puts back what the page cleared, within a second', () => {
    const { map, style } = setUp();
    const names = [...map.keys()];
    expect(names.length).toBeGreaterThan(0);
    map.clear();
    style()?.remove();
    vi.advanceTimersByTime(RESTORE_POLL_MS);
    expect([...map.keys()]).toEqual(names);
    expect(style()).not.toBeNull();
  });

  it('leaves them cleared while highlights are not shown', () => {
    const { map, hide } = setUp();
    hide();
    map.clear();
    vi.advanceTimersByTime(RESTORE_POLL_MS * 3);
    expect(map.size).toBe(0);
  });

  it('looks no more once the lifetime ends', () => {
    const { map, end } = setUp();
    end();
    map.clear();
    vi.advanceTimersByTime(RESTORE_POLL_MS * 3);
    expect(map.size).toBe(0);
    expect(vi.getTimerCount()).toBe(0);
  });
});
