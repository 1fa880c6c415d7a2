// The pointer over the claims: a click opens a card at once, a resting pointer after a while, a passing one
// never; our own overlay and a text selection are left alone.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ClaimPointer } from '../../inject/claim-pointer';
import type { Lifetime } from '../../inject/lifetime';
import { HOVER_INTENT } from '../../utils/highlight/hover-intent';

/** A lifetime that never ends, with the window's own timers (faked by vitest). */
function lifetime(): Lifetime {
  const controller = new AbortController();
  return {
    isInvalid: false,
    signal: controller.signal,
    setTimeout: (fn: () => void, ms: number) => window.setTimeout(fn, ms),
    addEventListener: (target: EventTarget, type: string, handler: EventListener, options = {}) =>
      target.addEventListener(type, handler, { ...options, signal: controller.signal }),
  } as unknown as Lifetime;
}

/** The page as two claims side by side: x < 100 is claim "a", 100 ≤ x < 200 claim "b", beyond is no text. */
function setUp() {
  const opened: string[] = [];
  let left = 0;
  const own = document.createElement('sourcelight-overlay');
  document.body.append(own);
  const text = document.createTextNode('claims');
  const pointer = new ClaimPointer<string>(
    lifetime(),
    document,
    {
      claimAtText: (_node, offset) => (offset < 100 ? 'a' : offset < 200 ? 'b' : null),
      isOwn: (target) => target === own,
      open: (claim, pinned) => opened.push(`${claim}${pinned ? ' pinned' : ''}`),
      left: () => left++,
    },
    (x) => (x < 200 ? { node: text, offset: x } : null),
  );
  pointer.listen();
  const move = (x: number, target: EventTarget = document.body) =>
    target.dispatchEvent(new MouseEvent('mousemove', { clientX: x, clientY: 10, bubbles: true }));
  const click = (x: number, target: EventTarget = document.body) =>
    target.dispatchEvent(new MouseEvent('click', { clientX: x, clientY: 10, bubbles: true, button: 0 }));
  return { opened, own, move, click, pointer, left: () => left };
}

beforeEach(() => {
  vi.useFakeTimers();
});

afterEach(() => {
  vi.useRealTimers();
  document.body.replaceChildren();
});

describe('ClaimPointer', () => {
  it('opens a pinned card on a click on a claim, nothing on a click elsewhere or on our overlay', () => {
    const { opened, click, own } = setUp();
    click(50);
    click(300);
    click(50, own);
    expect(opened).toEqual(['a pinned']);
  });

  it('opens a card once the pointer rests on a claim, never while it passes', () => {
    const { opened, move, left } = setUp();
    for (let x = 0; x < 260; x += 20) {
      move(x);
      vi.advanceTimersByTime(70);
    }
    vi.advanceTimersByTime(2_000);
    expect(opened).toEqual([]);
    expect(left()).toBeGreaterThan(0);
    move(150);
    vi.advanceTimersByTime(HOVER_INTENT.delayMs + 100);
    expect(opened).toEqual(['b']);
  });

  it('leaves a text selection alone', () => {
    const { opened, click } = setUp();
    const p = document.createElement('p');
    p.textContent = 'Some words selected';
    document.body.append(p);
    document.getSelection()?.selectAllChildren(p);
    click(50);
    expect(opened).toEqual([]);
  });
});
