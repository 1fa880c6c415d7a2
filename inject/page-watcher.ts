// Keeps the analysis in step with the page: the page's own changes that matter (utils/highlight/observer.ts:
// nodes added or removed, text rewritten in place inside the article shown) and same-page navigations ask for
// a new analysis, debounced and rate-limited. A page not shown (no aggregated post, yet) is watched for a while
// after loading or navigating, then left alone. The observer, its timers and the navigation watch end with the
// lifetime.
import { mutationsMatter, OBSERVER_LIMITS, ReanalysisScheduler } from '../utils/highlight/observer';
import type { Lifetime } from './lifetime';
import { timed } from './timing';

export interface WatchedPage {
  /** Whether a node is ours (its changes are not the page's). */
  isOwn(node: Node): boolean;
  /** Whether a node is inside the article shown (text rewritten elsewhere, a clock, does not matter). */
  inArticle(node: Node): boolean;
  /** Whether an aggregated post is shown. */
  isShown(): boolean;
  /** Analyses the page again. */
  analyse(): void;
}

export class PageWatcher {
  private observer: MutationObserver | null = null;
  private idleTimer: number | null = null;
  private readonly scheduler: ReanalysisScheduler;

  constructor(
    private readonly ctx: Lifetime,
    private readonly doc: Document,
    private readonly page: WatchedPage,
  ) {
    this.scheduler = new ReanalysisScheduler(
      {
        now: () => performance.now(),
        setTimeout: (fn, ms) => ctx.setTimeout(fn, ms),
        clearTimeout: (id) => clearTimeout(id),
      },
      () => page.analyse(),
    );
    ctx.onInvalidated(() => {
      this.scheduler.cancel();
      this.stopObserving();
      this.disarmIdle();
    });
  }

  /** Watches the page's changes and its same-page navigations, for the session's lifetime. */
  start(): void {
    this.ctx.onNavigation(() => this.navigated());
    this.observe();
  }

  /** A post was shown (watched for as long as it is) or nothing is (watched for a while more). */
  shownChanged(shown: boolean): void {
    if (shown) this.disarmIdle();
    else this.armIdle();
  }

  private observe(): void {
    if (this.observer) return;
    this.observer = new MutationObserver((records) => {
      if (this.ctx.isInvalid) return;
      if (timed('observer', () => mutationsMatter(records, this.page.isOwn, this.page.inArticle)))
        this.scheduler.trigger();
    });
    this.observer.observe(this.doc.documentElement, { childList: true, subtree: true, characterData: true });
    if (!this.page.isShown()) this.armIdle();
  }

  private stopObserving(): void {
    this.observer?.disconnect();
    this.observer = null;
  }

  /** A page that is not (yet) an aggregated post is watched for a while, then left alone. */
  private armIdle(): void {
    this.disarmIdle();
    this.idleTimer = this.ctx.setTimeout(() => {
      this.idleTimer = null;
      if (this.page.isShown()) return;
      this.stopObserving();
      this.scheduler.cancel();
    }, OBSERVER_LIMITS.idleWatchMs);
  }

  private disarmIdle(): void {
    if (this.idleTimer !== null) clearTimeout(this.idleTimer);
    this.idleTimer = null;
  }

  private navigated(): void {
    this.observe();
    if (!this.page.isShown()) this.armIdle();
    this.scheduler.triggerNow();
  }
}
