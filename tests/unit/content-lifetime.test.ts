// The session's lifetime (inject/lifetime.ts): it lasts while the extension's runtime has an id,
// and when that goes (an update, a reload), its timers, frames and listeners go with it and clean-up runs once.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { Lifetime } from '../../inject/lifetime';

describe('the session lifetime', () => {
  const runtime: { id?: string } = {};

  beforeEach(() => {
    vi.useFakeTimers();
    runtime.id = 'abcdefghijklmnop';
    vi.stubGlobal('browser', { runtime });
  });
  afterEach(() => {
    vi.useRealTimers();
    vi.unstubAllGlobals();
  });

  it('runs timers, intervals and listeners while the extension is there', async () => {
    const life = new Lifetime();
    const timer = vi.fn();
    const tick = vi.fn();
    const click = vi.fn();
    life.setTimeout(timer, 10);
    life.setInterval(tick, 100);
    life.addEventListener(document, 'click', click);
    await vi.advanceTimersByTimeAsync(250);
    document.dispatchEvent(new Event('click'));
    expect(life.isInvalid).toBe(false);
    expect(timer).toHaveBeenCalledTimes(1);
    expect(tick).toHaveBeenCalledTimes(2);
    expect(click).toHaveBeenCalledTimes(1);
  });

  it('ends when the runtime loses its id: clean-up once, then nothing fires', async () => {
    const life = new Lifetime();
    const cleanUp = vi.fn();
    const timer = vi.fn();
    const tick = vi.fn();
    const click = vi.fn();
    life.onInvalidated(cleanUp);
    life.setTimeout(timer, 500);
    life.setInterval(tick, 100);
    life.addEventListener(document, 'click', click);
    await vi.advanceTimersByTimeAsync(150);
    expect(tick).toHaveBeenCalledTimes(1);

    delete runtime.id;
    // The next interval notices, ends the lifetime and runs nothing of ours.
    await vi.advanceTimersByTimeAsync(1_000);
    expect(life.isInvalid).toBe(true);
    expect(cleanUp).toHaveBeenCalledTimes(1);
    expect(tick).toHaveBeenCalledTimes(1);
    expect(timer).not.toHaveBeenCalled();
    document.dispatchEvent(new Event('click'));
    expect(click).not.toHaveBeenCalled();
    expect(life.isInvalid).toBe(true);
    expect(cleanUp).toHaveBeenCalledTimes(1);
  });

  it('keeps no abort listener for a timer or frame once it has run, and cancels those still pending', async () => {
    const life = new Lifetime();
    const added = vi.spyOn(AbortSignal.prototype, 'addEventListener');
    const ran = vi.fn();
    for (let i = 0; i < 40; i++) life.setTimeout(ran, 1);
    for (let i = 0; i < 10; i++) life.requestAnimationFrame(ran);
    await vi.advanceTimersByTimeAsync(100);
    expect(ran).toHaveBeenCalledTimes(50);
    expect(added).not.toHaveBeenCalled();
    const late = vi.fn();
    life.setTimeout(late, 500);
    life.requestAnimationFrame(late);
    delete runtime.id;
    expect(life.isInvalid).toBe(true);
    await vi.advanceTimersByTimeAsync(1_000);
    expect(late).not.toHaveBeenCalled();
    added.mockRestore();
  });

  it('treats a runtime that throws on access as gone', () => {
    vi.stubGlobal('browser', {
      get runtime() {
        throw new Error('Extension context invalidated.');
      },
    });
    expect(new Lifetime().isInvalid).toBe(true);
  });
});
