import { describe, expect, it } from 'vitest';
import { onPage } from '../../utils/analysis/local-outlets';
import type { MentionOptions, OutletLookup } from '../../utils/outlets/types';

/** A lookup that records the options each mentions() call got. */
function recording() {
  const calls: (MentionOptions | undefined)[] = [];
  const lookup: OutletLookup = {
    byName: () => null,
    byHost: () => null,
    byHandle: () => null,
    mentions: (_text, options) => {
      calls.push(options);
      return [];
    },
    canonicalPublication: () => null,
  };
  return { lookup, calls };
}

function page(title: string, body: string): Document {
  const doc = document.implementation.createHTMLDocument(title);
  doc.title = title;
  doc.body.innerHTML = body;
  return doc;
}

describe('onPage', () => {
  it("hands the lookup the page's title and visible text, read once and only when asked", () => {
    const { lookup, calls } = recording();
    const doc = page('Water taxis | Fells Point', '<p>Canton and Baltimore</p><script>var Toronto;</script>');
    let reads = 0;
    const title = doc.title;
    Object.defineProperty(doc, 'title', {
      get: () => {
        reads++;
        return title;
      },
    });
    const local = onPage(lookup, doc);
    local.mentions('the Sun reported');
    local.mentions('the Banner had it');
    expect(reads).toBe(0);
    const text = calls[0]?.pageText?.() ?? '';
    expect(text).toContain('Fells Point');
    expect(text).toContain('Baltimore');
    expect(text).not.toContain('Toronto');
    expect(calls[1]?.pageText?.()).toBe(text);
    expect(reads).toBe(1);
  });

  it('reads a bounded stretch of a huge page', () => {
    const { lookup, calls } = recording();
    const doc = page('Huge', `<p>${'word '.repeat(60_000)}</p><p>Baltimore</p>`);
    onPage(lookup, doc).mentions('the Sun');
    const text = calls[0]?.pageText?.() ?? '';
    expect(text.length).toBeLessThanOrEqual(100_010);
    expect(text).not.toContain('Baltimore');
  });

  it('keeps the options the caller gave', () => {
    const { lookup, calls } = recording();
    onPage(lookup, page('t', '')).mentions('x', { backReferences: [] });
    expect(calls[0]?.backReferences).toEqual([]);
    expect(typeof calls[0]?.pageText).toBe('function');
  });
});
