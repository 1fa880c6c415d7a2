// The part of the content script that runs on every page: a cheap look for quotations, at load and again while
// the page grows or navigates (for a while, then it is left alone). Only a page that passes gets the rest of
// Sourcelight, loaded then (session.ts). The look has two stages: the quick look (utils/highlight/quick-look.ts),
// small and without word lists, on every page; and, only where that says maybe, the pre-check itself
// (utils/highlight/precheck.ts), loaded then (load-precheck.ts). A page without quotations pays for this file and
// the quick look; one whose quick look says maybe pays for loading the pre-check too. Until the quick look says
// maybe, it touches no extension API.
import { mutationsMatter, OBSERVER_LIMITS, ReanalysisScheduler } from '../utils/highlight/observer';
import { quickLook } from '../utils/highlight/quick-look';
import type { CheapLook } from './analysis-receiver';
import { loadPrecheck } from './load-precheck';
import { watchNavigation } from './navigation';
import { timed } from './timing';

export class FirstLook {
  private observer: MutationObserver | null = null;
  private idleTimer: number | null = null;
  private passed = false;
  private readonly scheduler: ReanalysisScheduler;

  /** `pass` is called once, the first time the page may hold quotations; `precheck` loads the pre-check (null when
   * it cannot be loaded), asked only when the quick look says maybe. */
  constructor(
    private readonly pass: () => void,
    private readonly precheck: () => Promise<CheapLook | null> = loadPrecheck,
    private readonly doc: Document = document,
  ) {
    this.scheduler = new ReanalysisScheduler(
      {
        now: () => performance.now(),
        setTimeout: (fn, ms) => window.setTimeout(fn, ms),
        clearTimeout: (id) => window.clearTimeout(id),
      },
      () => void this.look(),
    );
  }

  start(): void {
    // Nothing here leaves a trace the page could read (no attribute, no timing mark outside bench builds): a
    // page without quotations cannot tell that Sourcelight is installed.
    void this.look(() =>
      timed('start', () => {
        this.watch();
        watchNavigation(() => {
          if (this.passed) return;
          this.watch();
          this.scheduler.triggerNow();
        });
      }),
    );
  }

  /** Looks at the page: passes it, or calls `failed`. */
  private async look(failed?: () => void): Promise<void> {
    if (this.passed) return;
    const quick = timed('precheck', () => quickLook(this.doc));
    let passes = quick === 'yes';
    if (quick === 'maybe') {
      // Asking for the pre-check (the extension API's first touch, the import's start) is our work too.
      const precheck = await timed('load', () => this.precheck());
      if (this.passed) return;
      passes = precheck !== null && timed('precheck', () => precheck(this.doc));
    }
    if (passes) this.passNow();
    else failed?.();
  }

  private passNow(): void {
    if (this.passed) return;
    this.passed = true;
    this.stopWatching();
    this.pass();
  }

  /** Watches for added content (what our own session would add never comes before it is loaded). */
  private watch(): void {
    if (!this.observer && this.doc.documentElement) {
      this.observer = new MutationObserver((records) => {
        if (timed('observer', () => mutationsMatter(records, () => false))) this.scheduler.trigger();
      });
      this.observer.observe(this.doc.documentElement, { childList: true, subtree: true });
    }
    if (this.idleTimer !== null) window.clearTimeout(this.idleTimer);
    this.idleTimer = window.setTimeout(() => this.stopWatching(), OBSERVER_LIMITS.idleWatchMs);
  }

  private stopWatching(): void {
    this.observer?.disconnect();
    this.observer = null;
    if (this.idleTimer !== null) window.clearTimeout(this.idleTimer);
    this.idleTimer = null;
    this.scheduler.cancel();
  }
}
