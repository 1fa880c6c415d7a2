// The content script's first look (inject/first-look.ts): the session is loaded once, and only
// when the page may hold quotations, whether at load, as content arrives late, or after a navigation.
// (Client-side navigation itself: tests/unit/content-navigation.test.ts.)
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { FirstLook } from '../../inject/first-look';
import { OBSERVER_LIMITS } from '../../utils/highlight/observer';
import { mayHoldQuotes } from '../../utils/highlight/precheck';

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

  it('loads the pre-check only where the quick look says maybe, and passes as it says', async () => {
    const precheck = vi.fn(async () => mayHoldQuotes);
    // A quotation element: a sure yes, no pre-check.
    document.body.innerHTML = QUOTED;
    const sure = vi.fn();
    new FirstLook(sure, precheck).start();
    expect(sure).toHaveBeenCalledTimes(1);
    // Plain paragraphs: a no, no pre-check.
    document.body.innerHTML = PLAIN;
    const plain = vi.fn();
    new FirstLook(plain, precheck).start();
    await settle(10);
    expect(precheck).not.toHaveBeenCalled();
    // An opening quotation mark: the pre-check decides, here yes...
    document.body.innerHTML = '<p>Reuters reported: “Talks broke down overnight.”</p>';
    const quoted = vi.fn();
    new FirstLook(quoted, precheck).start();
    expect(quoted).not.toHaveBeenCalled();
    await settle(10);
    expect(precheck).toHaveBeenCalledTimes(1);
    expect(quoted).toHaveBeenCalledTimes(1);
    // ...and here no (scare quotes), and the page is watched as any other.
    document.body.innerHTML = '<p>The so-called “plan” was shelved.</p>';
    const scare = vi.fn();
    new FirstLook(scare, precheck).start();
    await settle(10);
    expect(precheck).toHaveBeenCalledTimes(2);
    expect(scare).not.toHaveBeenCalled();
    document.body.insertAdjacentHTML('beforeend', QUOTED);
    await settle(OBSERVER_LIMITS.maxWaitMs + 100);
    expect(scare).toHaveBeenCalledTimes(1);
  });
});
