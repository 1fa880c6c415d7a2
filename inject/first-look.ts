// The part of the content script that runs on every page: a cheap look for quotations, at load and again while
// the page grows or navigates (for a while, then it is left alone). Only a page that passes gets the rest of
// Sourcelight, loaded then (session.ts): a page without quotations pays for this file and nothing more. It
// touches no extension API (the session does, once loaded).
import { mutationsMatter, OBSERVER_LIMITS, ReanalysisScheduler } from '../utils/highlight/observer';
import { mayHoldQuotes } from '../utils/highlight/precheck';
import { watchNavigation } from './navigation';
import { timed } from './timing';

export class FirstLook {
  private observer: MutationObserver | null = null;
  private idleTimer: number | null = null;
  private passed = false;
  private readonly scheduler: ReanalysisScheduler;

  /** `pass` is called once, the first time the page may hold quotations. */
  constructor(
    private readonly pass: () => void,
    private readonly doc: Document = document,
  ) {
    this.scheduler = new ReanalysisScheduler(
      {
        now: () => performance.now(),
        setTimeout: (fn, ms) => window.setTimeout(fn, ms),
        clearTimeout: (id) => window.clearTimeout(id),
      },
      () => this.look(),
    );
  }

  start(): void {
    // Nothing here leaves a trace the page could read (no attribute, no timing mark outside bench builds): a
    // page without quotations cannot tell that Sourcelight is installed.
    if (timed('precheck', () => mayHoldQuotes(this.doc))) {
      this.passNow();
      return;
    }
    timed('start', () => {
      this.watch();
      watchNavigation(() => {
        if (this.passed) return;
        this.watch();
        this.scheduler.triggerNow();
      });
    });
  }

  private look(): void {
    if (this.passed) return;
    if (timed('precheck', () => mayHoldQuotes(this.doc))) this.passNow();
  }

  private passNow(): void {
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
