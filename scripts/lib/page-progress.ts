// How far our work on a bench page has gone, learnt without running anything in the page while it works.
// Waiting with the driver's own page functions (Playwright's `waitForFunction`) injects the driver's script
// into the page and polls it on every animation frame, on the page's thread, the thread whose time and
// latency the bench measures: in a fresh renderer the injection alone is a task of tens of milliseconds,
// which lands between our message and our first marks as often as not. Here an init script says on the
// console (which the driver hears over the DevTools protocol, outside the page) when our pre-check has run
// and how many passages carry our mark, and the bench waits on those messages.
import type { BrowserContext, ConsoleMessage, Page } from 'playwright-core';

const PRECHECK = 'bench:precheck';
const MARKS = 'bench:marks ';

/** In the page, before its scripts (an init script): reports the pre-check's measure and each change in how
 * many blockquotes carry our outlet mark. */
export function reportProgress(): void {
  try {
    new PerformanceObserver((list) => {
      if (list.getEntries().some((e) => e.name === 'sourcelight:precheck')) console.debug('bench:precheck');
    }).observe({ type: 'measure', buffered: true });
  } catch {
    // No User Timing observer: the wait for the pre-check times out with its message.
  }
  new MutationObserver(() => {
    console.debug(`bench:marks ${document.querySelectorAll('blockquote[data-sourcelight-outlet]').length}`);
  }).observe(document, { attributes: true, subtree: true, attributeFilter: ['data-sourcelight-outlet'] });
}

interface Progress {
  precheck: boolean;
  marks: number;
  /** Called on each message of the page's, to re-test what is waited for. */
  heard: Set<() => void>;
}

const watched = new WeakMap<BrowserContext, WeakMap<Page, Progress>>();

/** Has every page of `context` report its progress (call once per context, before its pages load). */
export async function watchProgress(context: BrowserContext): Promise<void> {
  const pages = new WeakMap<Page, Progress>();
  watched.set(context, pages);
  context.on('console', (message: ConsoleMessage) => {
    const page = message.page();
    const text = message.text();
    if (!page || !(text === PRECHECK || text.startsWith(MARKS))) return;
    const progress = progressOf(pages, page);
    if (text === PRECHECK) progress.precheck = true;
    else progress.marks = Number(text.slice(MARKS.length)) || 0;
    for (const test of progress.heard) test();
  });
  await context.addInitScript(reportProgress);
}

function progressOf(pages: WeakMap<Page, Progress>, page: Page): Progress {
  let progress = pages.get(page);
  if (!progress) {
    progress = { precheck: false, marks: 0, heard: new Set() };
    pages.set(page, progress);
  }
  return progress;
}

/**
 * Resolves once `page` has reported what `reached` asks for; rejects after `timeoutMs` with `what` in its
 * message. Its context must be watched (`watchProgress`).
 */
export function pageReached(
  page: Page,
  reached: (progress: { precheck: boolean; marks: number }) => boolean,
  what: string,
  timeoutMs: number,
): Promise<void> {
  const pages = watched.get(page.context());
  if (!pages)
    return Promise.reject(new Error('The bench watches no progress in this browser: call watchProgress.'));
  const progress = progressOf(pages, page);
  return new Promise((resolve, reject) => {
    const test = () => {
      if (!reached(progress)) return;
      clearTimeout(timer);
      progress.heard.delete(test);
      resolve();
    };
    const timer = setTimeout(() => {
      progress.heard.delete(test);
      reject(new Error(`No ${what} on ${page.url()} within ${timeoutMs / 1000} s.`));
    }, timeoutMs);
    progress.heard.add(test);
    test();
  });
}
