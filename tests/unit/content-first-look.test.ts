// The content script's first look (inject/first-look.ts): the session is loaded once, and only
// when the page may hold quotations, whether at load, as content arrives late, or after a navigation.
// (Client-side navigation itself: tests/unit/content-navigation.test.ts.)
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { FirstLook } from '../../inject/first-look';
import { OBSERVER_LIMITS } from '../../utils/highlight/observer';

const QUOTED =
  '<p>Here is Reuters with the latest:</p><blockquote><p>Talks broke down overnight.</p></blockquote>';
const PLAIN = '<p>Minutes of the harbour committee.</p><p>Dredging resumes in May.</p>';

async function settle(ms: number): Promise<void> {
  await vi.advanceTimersByTimeAsync(ms);
}

describe('the first look', () => {
  beforeEach(() => {
    vi.useFakeTimers();
    document.body.innerHTML = '';
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('passes at once on a page with quotations', () => {
    document.body.innerHTML = QUOTED;
    const pass = vi.fn();
    new FirstLook(pass).start();
    expect(pass).toHaveBeenCalledTimes(1);
  });

  it('does not pass on a plain page, however long it is watched', async () => {
    document.body.innerHTML = PLAIN;
    const pass = vi.fn();
    const attributes = document.documentElement.getAttributeNames();
    new FirstLook(pass).start();
    // No trace on the page: a page without quotations cannot tell that the extension looked.
    expect(document.documentElement.getAttributeNames()).toEqual(attributes);
    expect(performance.getEntries().filter((e) => e.name.includes('sourcelight'))).toEqual([]);
    document.body.insertAdjacentHTML('beforeend', PLAIN);
    await settle(OBSERVER_LIMITS.maxWaitMs + 100);
    expect(pass).not.toHaveBeenCalled();
  });

  it('passes once when quotations arrive late, however many mutations follow', async () => {
    document.body.innerHTML = PLAIN;
    const pass = vi.fn();
    new FirstLook(pass).start();
    document.body.insertAdjacentHTML('beforeend', QUOTED);
    await settle(OBSERVER_LIMITS.maxWaitMs + 100);
    expect(pass).toHaveBeenCalledTimes(1);
    document.body.insertAdjacentHTML('beforeend', QUOTED);
    await settle(OBSERVER_LIMITS.maxWaitMs + 100);
    expect(pass).toHaveBeenCalledTimes(1);
  });

  it('stops watching after a while, and looks again after a client-side navigation', async () => {
    document.body.innerHTML = PLAIN;
    const pass = vi.fn();
    new FirstLook(pass).start();
    await settle(OBSERVER_LIMITS.idleWatchMs + 100);
    document.body.insertAdjacentHTML('beforeend', QUOTED);
    await settle(OBSERVER_LIMITS.maxWaitMs + 100);
    expect(pass).not.toHaveBeenCalled();
    // happy-dom has no Navigation API: the address is looked at once a second.
    history.pushState({}, '', '?story=next');
    await settle(1_100);
    expect(pass).toHaveBeenCalledTimes(1);
  });
});
