// The page watcher (inject/page-watcher.ts): the page's own changes ask for a new analysis once they settle,
// ours do not; a page never shown is left alone after a while; navigations ask at once; and when the lifetime
// ends, nothing the page does asks any more.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { PageWatcher } from '../../inject/page-watcher';
import { OBSERVER_LIMITS } from '../../utils/highlight/observer';
import { cleanUp, testLifetime } from './content-helpers';

function setUp(options: { shown?: boolean } = {}) {
  const { life, end } = testLifetime();
  const own = document.createElement('sourcelight-overlay');
  const article = document.createElement('article');
  article.append(document.createTextNode('Words the page may rewrite.'));
  document.body.append(article, own);
  let shown = options.shown ?? false;
  const analyse = vi.fn();
  const watcher = new PageWatcher(life, document, {
    isOwn: (node) => own.contains(node),
    inArticle: (node) => article.contains(node),
    isShown: () => shown,
    analyse,
  });
  watcher.start();
  const show = (on: boolean) => {
    shown = on;
    watcher.shownChanged(on);
  };
  return { analyse, own, article, end, show, watcher };
}

/** A paragraph with text: the kind of addition that may change the analysis. */
const para = () => Object.assign(document.createElement('p'), { textContent: 'Late content.' });

/** Lets the observer's records arrive (a microtask), then the debounce run out. */
async function settle(ms = OBSERVER_LIMITS.debounceMs + 10): Promise<void> {
  await vi.advanceTimersByTimeAsync(ms);
}

beforeEach(() => vi.useFakeTimers());
afterEach(cleanUp);

describe('PageWatcher', () => {
  it('asks for one analysis once the page’s additions settle, none for our own', async () => {
    const { analyse, own } = setUp();
    own.append(para());
    await settle();
    expect(analyse).not.toHaveBeenCalled();
    for (let i = 0; i < 3; i++) document.body.append(para());
    await settle();
    expect(analyse).toHaveBeenCalledTimes(1);
  });

  it('sees text rewritten in place inside the article shown, not elsewhere', async () => {
    const { analyse, article } = setUp({ shown: true });
    const clock = document.createTextNode('12:00');
    document.body.append(clock);
    await settle();
    analyse.mockClear();
    clock.data = '12:01';
    await settle();
    expect(analyse).not.toHaveBeenCalled();
    (article.firstChild as Text).data = 'Words the page rewrote.';
    await settle();
    expect(analyse).toHaveBeenCalledTimes(1);
  });

  it('leaves a page that is never shown alone after the idle watch, and a shown one not', async () => {
    const idle = setUp();
    await vi.advanceTimersByTimeAsync(OBSERVER_LIMITS.idleWatchMs + 10);
    document.body.append(para());
    await settle();
    expect(idle.analyse).not.toHaveBeenCalled();
    idle.end();

    const shown = setUp();
    shown.show(true);
    await vi.advanceTimersByTimeAsync(OBSERVER_LIMITS.idleWatchMs + 10);
    document.body.append(para());
    await settle();
    expect(shown.analyse).toHaveBeenCalledTimes(1);
  });

  it('asks at once on a same-page navigation', async () => {
    const { analyse } = setUp();
    history.pushState({}, '', '/next-post');
    window.dispatchEvent(new PopStateEvent('popstate'));
    await vi.advanceTimersByTimeAsync(1_100);
    expect(analyse).toHaveBeenCalled();
  });

  it('stops observing and forgets a pending analysis when the lifetime ends', async () => {
    const disconnect = vi.spyOn(MutationObserver.prototype, 'disconnect');
    const { analyse, end } = setUp();
    document.body.append(para());
    await vi.advanceTimersByTimeAsync(10);
    end();
    expect(disconnect).toHaveBeenCalledTimes(1);
    document.body.append(para());
    await settle(OBSERVER_LIMITS.maxWaitMs + 10);
    expect(analyse).not.toHaveBeenCalled();
  });
});
