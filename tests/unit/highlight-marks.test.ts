// The only marks on page elements: two data attributes on quoted elements, removed without a trace.
import { describe, expect, it } from 'vitest';
import { KIND_ATTRIBUTE, markQuotes, OUTLET_ATTRIBUTE, unmarkQuotes } from '../../utils/highlight/marks';

describe('quote marks', () => {
  it('marks each element of each passage, then leaves the markup exactly as it was', () => {
    const root = document.createElement('article');
    root.innerHTML =
      '<p class="lead">Here is Reuters:</p><blockquote id="a"><p>One.</p></blockquote><p>Two.</p><blockquote><p>Three.</p></blockquote>';
    const before = root.innerHTML;
    const [, first, continuation, second] = Array.from(root.children);
    const marked = markQuotes([
      { kind: 'outlet', outlet: 'Reuters', elements: [first, continuation] },
      { kind: 'unknown', outlet: null, elements: [second] },
    ]);
    expect(marked).toEqual([first, continuation, second]);
    expect(first.getAttribute(OUTLET_ATTRIBUTE)).toBe('Reuters');
    expect(continuation.getAttribute(KIND_ATTRIBUTE)).toBe('outlet');
    expect(second.getAttribute(OUTLET_ATTRIBUTE)).toBe('');
    expect(second.getAttribute(KIND_ATTRIBUTE)).toBe('unknown');
    expect(root.textContent).toBe('Here is Reuters:One.Two.Three.');

    unmarkQuotes(marked);
    expect(root.innerHTML).toBe(before);
  });
});
