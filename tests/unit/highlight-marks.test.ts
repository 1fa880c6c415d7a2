// The only marks on page elements: two data attributes on quoted elements, removed without a trace; thousands
// of passages are marked a slice per task.
import { describe, expect, it } from 'vitest';
import { KIND_ATTRIBUTE, markQuotes, OUTLET_ATTRIBUTE, unmarkQuotes } from '../../utils/highlight/marks';

/** A scheduler that keeps the next slice until the test runs it. */
function heldSlices() {
  const queued: Array<() => void> = [];
  return {
    schedule: (next: () => void) => queued.push(next),
    runNext: () => queued.shift()?.(),
    get pending() {
      return queued.length;
    },
  };
}

function passages(count: number) {
  const root = document.createElement('article');
  for (let i = 0; i < count; i++) root.append(document.createElement('blockquote'));
  const elements = Array.from(root.children);
  return {
    elements,
    quotes: elements.map((el) => ({ kind: 'outlet' as const, outlet: 'BBC', elements: [el] })),
    markedCount: () => elements.filter((el) => el.hasAttribute(OUTLET_ATTRIBUTE)).length,
  };
}

describe('quote marks', () => {
  it('marks each element of each passage, then leaves the markup exactly as it was', () => {
    const root = document.createElement('article');
    root.innerHTML =
      '<p class="lead">Here is Reuters:</p><blockquote id="a"><p>One.</p></blockquote><p>Two.</p><blockquote><p>Three.</p></blockquote>';
    const before = root.innerHTML;
    const [, first, continuation, second] = Array.from(root.children);
    const marking = markQuotes(
      [
        { kind: 'outlet', outlet: 'Reuters', elements: [first, continuation] },
        { kind: 'unknown', outlet: null, elements: [second] },
      ],
      { size: 100, schedule: () => expect.unreachable('one slice is enough') },
    );
    expect(marking.marked).toEqual([first, continuation, second]);
    expect(first.getAttribute(OUTLET_ATTRIBUTE)).toBe('Reuters');
    expect(continuation.getAttribute(KIND_ATTRIBUTE)).toBe('outlet');
    expect(second.getAttribute(OUTLET_ATTRIBUTE)).toBe('');
    expect(second.getAttribute(KIND_ATTRIBUTE)).toBe('unknown');
    expect(root.textContent).toBe('Here is Reuters:One.Two.Three.');

    unmarkQuotes(marking.marked);
    expect(root.innerHTML).toBe(before);
  });

  it('marks a slice now and each next slice in a task of its own', () => {
    const page = passages(25);
    const slices = heldSlices();
    const marking = markQuotes(page.quotes, { size: 10, schedule: slices.schedule });
    expect(page.markedCount()).toBe(10);
    expect(slices.pending).toBe(1);
    slices.runNext();
    expect(page.markedCount()).toBe(20);
    slices.runNext();
    expect(page.markedCount()).toBe(25);
    expect(slices.pending).toBe(0);
    expect(marking.marked).toEqual(page.elements);
  });

  it('marks nothing more once stopped, and what was marked comes off', () => {
    const page = passages(25);
    const slices = heldSlices();
    const marking = markQuotes(page.quotes, { size: 10, schedule: slices.schedule });
    slices.runNext();
    marking.stop();
    unmarkQuotes(marking.marked);
    slices.runNext();
    expect(page.markedCount()).toBe(0);
    expect(slices.pending).toBe(0);
  });
});
