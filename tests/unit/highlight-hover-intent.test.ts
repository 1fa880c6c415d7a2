// A card opens on a deliberate hover only: the pointer resting on one claim, not passing over claims.
import { describe, expect, it } from 'vitest';
import { HoverIntent } from '../../utils/highlight/hover-intent';

function fakeTimers() {
  let now = 0;
  let next = 1;
  const pending = new Map<number, { at: number; fn: () => void }>();
  return {
    setTimeout: (fn: () => void, ms: number) => {
      pending.set(next, { at: now + ms, fn });
      return next++;
    },
    clearTimeout: (id: number) => void pending.delete(id),
    advance(ms: number) {
      now += ms;
      for (const [id, t] of [...pending].sort((a, b) => a[1].at - b[1].at))
        if (t.at <= now) {
          pending.delete(id);
          t.fn();
        }
    },
  };
}

const options = { delayMs: 500, slopPx: 6 };

describe('HoverIntent', () => {
  it('fires once the pointer has rested on the same item for the delay', () => {
    const timers = fakeTimers();
    const rested: string[] = [];
    const intent = new HoverIntent<string>(timers, (item) => rested.push(item), options);
    intent.move(100, 100, 'a');
    timers.advance(300);
    intent.move(103, 101, 'a'); // a tremor
    timers.advance(250);
    expect(rested).toEqual(['a']);
  });

  it('never fires for a pointer passing over items', () => {
    const timers = fakeTimers();
    const rested: string[] = [];
    const intent = new HoverIntent<string>(timers, (item) => rested.push(item), options);
    for (let x = 0; x < 600; x += 20) {
      intent.move(x, 100, x < 300 ? 'a' : 'b');
      timers.advance(60);
    }
    intent.move(620, 100, null);
    timers.advance(2_000);
    expect(rested).toEqual([]);
  });

  it('starts over when the pointer moves on within the same item, and stops when cancelled', () => {
    const timers = fakeTimers();
    const rested: string[] = [];
    const intent = new HoverIntent<string>(timers, (item) => rested.push(item), options);
    intent.move(100, 100, 'a');
    timers.advance(400);
    intent.move(140, 100, 'a');
    timers.advance(400);
    expect(rested).toEqual([]);
    expect(intent.waiting).toBe('a');
    timers.advance(100);
    expect(rested).toEqual(['a']);
    intent.move(300, 100, 'b');
    intent.cancel();
    timers.advance(1_000);
    expect(rested).toEqual(['a']);
  });
});
