import type { BrowserContext, ConsoleMessage, Page } from 'playwright-core';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { pageReached, reportProgress, watchProgress } from '../../scripts/lib/page-progress';

/** A browser context as far as the bench's progress uses it: console listeners and init scripts. */
function fakeContext() {
  const listeners: Array<(message: ConsoleMessage) => void> = [];
  const initScripts: unknown[] = [];
  const context = {
    on: (event: string, listener: (message: ConsoleMessage) => void) => {
      if (event === 'console') listeners.push(listener);
      return context;
    },
    addInitScript: async (script: unknown) => {
      initScripts.push(script);
    },
  } as unknown as BrowserContext;
  const page = { context: () => context, url: () => 'http://127.0.0.1/bench/seed.html' } as unknown as Page;
  const say = (text: string, from: Page | null = page) => {
    for (const listener of listeners)
      listener({ page: () => from, text: () => text } as unknown as ConsoleMessage);
  };
  return { context, page, say, initScripts };
}

describe('the bench waits for our progress without running anything in the page', () => {
  afterEach(() => {
    vi.useRealTimers();
    document.body.innerHTML = '';
  });

  it('installs the reporting script and resolves once the page has said enough', async () => {
    const { context, page, say, initScripts } = fakeContext();
    await watchProgress(context);
    expect(initScripts).toEqual([reportProgress]);
    let done = false;
    const waiting = pageReached(page, (p) => p.precheck && p.marks >= 3, '3 marked passages', 5_000).then(
      () => {
        done = true;
      },
    );
    say('bench:precheck');
    say('bench:marks 2');
    say('something the page itself logged');
    await Promise.resolve();
    expect(done).toBe(false);
    say('bench:marks 3');
    await waiting;
    expect(done).toBe(true);
  });

  it('counts what a page said before anyone waited', async () => {
    const { context, page, say } = fakeContext();
    await watchProgress(context);
    say('bench:precheck');
    await expect(pageReached(page, (p) => p.precheck, 'pre-check', 1_000)).resolves.toBeUndefined();
  });

  it("keeps each page's progress apart", async () => {
    const { context, page, say } = fakeContext();
    await watchProgress(context);
    const other = { context: () => context, url: () => 'http://127.0.0.1/other.html' } as unknown as Page;
    say('bench:marks 5', other);
    vi.useFakeTimers();
    const waiting = pageReached(page, (p) => p.marks >= 1, '1 marked passage', 2_000);
    vi.advanceTimersByTime(2_000);
    await expect(waiting).rejects.toThrow(
      'No 1 marked passage on http://127.0.0.1/bench/seed.html within 2 s.',
    );
  });

  it('refuses to wait in a browser whose progress is not watched', async () => {
    const { page } = fakeContext();
    await expect(pageReached(page, () => true, 'pre-check', 1_000)).rejects.toThrow('call watchProgress');
  });

  it('reports, in the page, how many blockquotes carry our mark', async () => {
    const said: string[] = [];
    const debug = vi.spyOn(console, 'debug').mockImplementation((text: string) => {
      said.push(text);
    });
    try {
      document.body.innerHTML = '<blockquote>One</blockquote><blockquote>Two</blockquote>';
      reportProgress();
      const [first, second] = document.querySelectorAll('blockquote');
      first.setAttribute('data-sourcelight-outlet', 'Reuters');
      await new Promise((resolve) => setTimeout(resolve, 0));
      second.setAttribute('data-sourcelight-outlet', 'BBC');
      await new Promise((resolve) => setTimeout(resolve, 0));
      expect(said.filter((s) => s.startsWith('bench:marks'))).toEqual(['bench:marks 1', 'bench:marks 2']);
    } finally {
      debug.mockRestore();
    }
  });
});
