// The claim card (inject/card-controller.ts): a click keeps its card until closed or a press elsewhere; a
// hover-opened card goes a moment after the pointer leaves, unless it is over the card; "show in page"
// flashes for a few seconds; and when the lifetime ends, its timers and its listener go.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { CardController, HIDE_DELAY_MS, REVEAL_MS } from '../../inject/card-controller';
import type { FoundClaim } from '../../utils/claims/found';
import { cleanUp, testLifetime } from './content-helpers';

const claim = (id: string) => ({ id, span: [0, 5], kind: 'reported', score: 0.5 }) as unknown as FoundClaim;
const a = claim('a');
const b = claim('b');

function setUp() {
  const { life, end } = testLifetime();
  const own = document.createElement('sourcelight-overlay');
  document.body.append(own);
  const drawn = { now: 0, later: [] as boolean[], focused: 0 };
  const cards = new CardController(life, document, {
    render: () => drawn.now++,
    redraw: (afterLayout) => drawn.later.push(afterLayout),
    focusBar: () => drawn.focused++,
    isOwn: (target) => target === own,
  });
  cards.listen();
  const press = (target: EventTarget) => target.dispatchEvent(new MouseEvent('mousedown', { bubbles: true }));
  return { cards, drawn, own, press, end };
}

beforeEach(() => vi.useFakeTimers());
afterEach(cleanUp);

describe('CardController', () => {
  it('keeps a clicked card against hovers and leaving, and closes it on a press outside our overlay', () => {
    const { cards, drawn, own, press } = setUp();
    cards.pointed(a, true);
    expect(cards.card).toMatchObject({ claim: a, pinned: true, focus: false, status: { state: 'idle' } });
    cards.pointed(b, false);
    cards.scheduleHide();
    vi.advanceTimersByTime(HIDE_DELAY_MS * 2);
    expect(cards.card?.claim).toBe(a);
    press(own);
    expect(cards.card?.claim).toBe(a);
    press(document.body);
    expect(cards.card).toBeNull();
    expect(drawn.now).toBe(2);
  });

  it('lets a hover-opened card go after the delay, unless the pointer is over the card', () => {
    const { cards } = setUp();
    cards.pointed(a, false);
    cards.hovered(true);
    cards.scheduleHide();
    vi.advanceTimersByTime(HIDE_DELAY_MS * 2);
    expect(cards.card?.claim).toBe(a);
    cards.hovered(false);
    vi.advanceTimersByTime(HIDE_DELAY_MS - 1);
    expect(cards.card?.claim).toBe(a);
    vi.advanceTimersByTime(1);
    expect(cards.card).toBeNull();
  });

  it('keeps a card the reader used, shows how saving went, and returns focus to the bar on close', () => {
    const { cards, drawn } = setUp();
    cards.pointed(a, false);
    cards.setStatus('a', { state: 'saving' });
    expect(cards.card).toMatchObject({ pinned: true, status: { state: 'saving' } });
    cards.setStatus('b', { state: 'saved' });
    expect(cards.card?.status).toEqual({ state: 'saving' });
    cards.close(true);
    expect(drawn.focused).toBe(1);
  });

  it('follows its claim into a new analysis, or goes when the claim is gone', () => {
    const { cards } = setUp();
    cards.show(a, { focus: true, pinned: true });
    const again = claim('a');
    cards.follow([again, b]);
    expect(cards.card).toMatchObject({ claim: again, focus: false, pinned: true });
    cards.follow([b]);
    expect(cards.card).toBeNull();
  });

  it('flashes a span for a few seconds, drawn after layout, then drawn away', () => {
    const { cards, drawn } = setUp();
    cards.flash([3, 9]);
    expect(cards.revealSpan).toEqual([3, 9]);
    expect(drawn.later).toEqual([true]);
    vi.advanceTimersByTime(REVEAL_MS);
    expect(cards.revealSpan).toBeNull();
    expect(drawn.later).toEqual([true, false]);
  });

  it('drops its timers and its listener when the lifetime ends', () => {
    const { cards, press, end } = setUp();
    cards.pointed(a, false);
    cards.scheduleHide();
    cards.flash([3, 9]);
    expect(vi.getTimerCount()).toBe(2);
    end();
    expect(vi.getTimerCount()).toBe(0);
    cards.pointed(b, true);
    press(document.body);
    expect(cards.card?.claim).toBe(b);
  });
});
