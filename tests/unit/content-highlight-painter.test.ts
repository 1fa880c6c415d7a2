// The highlight painter (inject/highlight-painter.ts): its <style> goes into the page with its rules already
// in it, so the page's styles change once when highlights are first painted, not once empty and again filled.
import { afterEach, describe, expect, it } from 'vitest';
import { HighlightPainter } from '../../inject/highlight-painter';
import type { ArticleText } from '../../utils/analysis/types';
import { cleanUp } from './content-helpers';

afterEach(cleanUp);

const text = { text: '', nodes: [], starts: [], blocks: [] } as unknown as ArticleText;
const scheduler = { setTimeout: (fn: () => void) => window.setTimeout(fn, 0) };

describe('HighlightPainter', () => {
  it('adds its <style> once, its rules already set', () => {
    const watcher = new MutationObserver(() => {});
    watcher.observe(document.documentElement, { childList: true, subtree: true, characterData: true });
    const painter = new HighlightPainter(document, null, scheduler);
    painter.paint({ text, quotes: [], keys: [], stylesheet: '::highlight(sl-x) { color: red }', claims: [] });
    const records = watcher.takeRecords();
    watcher.disconnect();
    const style = document.querySelector('style[data-sourcelight]');
    expect(style?.textContent).toBe('::highlight(sl-x) { color: red }');
    // One change to the page: the style added, nothing changed inside it afterwards.
    expect(records).toHaveLength(1);
    expect([...records[0].addedNodes]).toEqual([style]);
    painter.clear();
  });

  it('changes the rules in place when they change', () => {
    const painter = new HighlightPainter(document, null, scheduler);
    painter.paint({ text, quotes: [], keys: [], stylesheet: 'a', claims: [] });
    const style = document.querySelector('style[data-sourcelight]');
    painter.paint({ text, quotes: [], keys: [], stylesheet: 'b', claims: [] });
    expect(document.querySelectorAll('style[data-sourcelight]')).toHaveLength(1);
    expect(document.querySelector('style[data-sourcelight]')).toBe(style);
    expect(style?.textContent).toBe('b');
    painter.clear();
    expect(document.querySelector('style[data-sourcelight]')).toBeNull();
  });
});
