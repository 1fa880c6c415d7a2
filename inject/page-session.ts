// What the reader sees in a page: one session per tab, from the cheap first look to highlights, badges,
// the provenance bar and claim cards, kept in step with late content, client-side navigation and the reader's
// choices. Everything it adds is undone when highlights go off or the extension is updated.
import type {
  Box,
  CardView,
  LineView,
  OverlayActions,
  OverlayView,
  QuoteView,
  SaveStatus,
} from '../components/page/view';
import { findQuote, rangeFor } from '../utils/analysis/ranges';
import type { PageAnalysis, Span } from '../utils/analysis/types';
import { type FoundClaim, withoutSpan } from '../utils/claims/found';
import { type ClaimsShown, chosenClaims } from '../utils/highlight/claim-choice';
import { ClaimIndex } from '../utils/highlight/claim-index';
import { pageHighlightApi } from '../utils/highlight/css-highlights';
import { markQuotes, unmarkQuotes } from '../utils/highlight/marks';
import { mutationsMatter, OBSERVER_LIMITS, ReanalysisScheduler } from '../utils/highlight/observer';
import type { PageView } from '../utils/highlight/page-view';
import { mayHoldQuotes } from '../utils/highlight/precheck';
import { listenForContentMessages } from '../utils/messaging/client';
import { type EarlyTrip, roundTrip } from '../utils/round-trip/page/trip';
import { isSiteDisabled } from '../utils/storage/settings';
import type { ClaimRecord } from '../utils/storage/types';
import { hostOf, normaliseUrl } from '../utils/url';
import { barViewOf, isDashed } from './bar-view';
import { ClaimPointer } from './claim-pointer';
import { HighlightPainter } from './highlight-painter';
import type { Lifetime } from './lifetime';
import { boxesOf, lineBoxesOf, type Origin, originOf, pageBottomOf, viewportOf } from './measure';
import { sendOrExplain, trySend } from './messages';
import { createOverlayHost, type OverlayHost } from './overlay-host';
import { pageLink } from './page-link';
import { noteFrameUrl } from './runtime';
import { timed } from './timing';

interface Shown {
  url: string;
  analysis: PageAnalysis;
  claims: FoundClaim[];
  view: PageView;
}

interface OpenCard {
  claim: FoundClaim;
  focus: boolean;
  pinned: boolean;
  status: SaveStatus;
}

const HIDE_DELAY_MS = 300;
const REVEAL_MS = 4_000;
const INVALIDATION_POLL_MS = 3_000;
/** How often the highlights are checked for a page that took them away. */
const RESTORE_POLL_MS = 1_000;
/** Below this width (CSS pixels) the bar starts folded into its pill. */
const NARROW_WINDOW_PX = 560;
/** Beyond this many passages, only those near the viewport get marks (drawn again as the reader scrolls). */
const MARK_ALL_UP_TO = 40;

export class PageSession {
  private shown: Shown | null = null;
  private highlightsOn = true;
  private showCommentary = true;
  private minScore = 0;
  private siteDisabled = false;
  private savedIds = new Set<string>();
  /** The bar folded into its pill, for this page's session. */
  private barCollapsed = false;
  /** Which claims are painted: none until the reader asks (per page, never remembered: see claim-choice.ts). */
  private claimsShown: ClaimsShown = 'none';
  private card: OpenCard | null = null;
  private overCard = false;
  private hideTimer: number | null = null;
  private revealTimer: number | null = null;
  /** The span "show in page" is flashing. */
  private revealSpan: Span | null = null;
  private overlay: OverlayHost | null = null;
  private marked: Element[] = [];
  /** Measured boxes of each passage; null when the layout may have changed since. */
  private boxes: Map<string, Box[]> | null = null;
  /** The claims painted (the bar steps through them). */
  private index: ClaimIndex<FoundClaim> | null = null;
  /** The claims a click or a hover opens: those painted, and the reader's saved ones (drawn in the overlay). */
  private pointable: ClaimIndex<FoundClaim> | null = null;
  private readonly pointer: ClaimPointer<FoundClaim>;
  private generation = 0;
  /** The generation of the analysis shown (or found not to be a post) last. */
  private shownGeneration = 0;
  private observer: MutationObserver | null = null;
  private idleTimer: number | null = null;
  private resizeObserver: ResizeObserver | null = null;
  private lastSize = '';
  private frameQueued = false;
  private pageListeners = false;
  private readonly painter: HighlightPainter;
  private readonly scheduler: ReanalysisScheduler;
  private readonly actions: OverlayActions;
  /** The last failure said in the console, so a page that keeps failing says it once. */
  private lastProblem: string | null = null;

  constructor(
    private readonly ctx: Lifetime,
    private readonly doc: Document = document,
  ) {
    this.painter = new HighlightPainter(doc, pageHighlightApi(globalThis), ctx);
    this.scheduler = new ReanalysisScheduler(
      {
        now: () => performance.now(),
        setTimeout: (fn, ms) => ctx.setTimeout(fn, ms),
        clearTimeout: (id) => clearTimeout(id),
      },
      () => void this.analyse(),
    );
    this.pointer = new ClaimPointer(ctx, doc, {
      claimAtText: (node, offset) =>
        this.highlightsOn ? (this.pointable?.claimAtPoint(node, offset) ?? null) : null,
      isOwn: (target) => target === this.overlay?.host,
      // A click opens (and keeps) its card; a hover never replaces a card the reader clicked or used.
      open: (claim, pinned) => {
        if (pinned || (!this.card?.pinned && this.card?.claim !== claim))
          this.openCard(claim, { focus: false, pinned });
      },
      left: () => this.scheduleHide(),
    });
    this.actions = {
      toggleHighlights: () => this.chooseHighlights(!this.highlightsOn),
      toggleCommentary: () => this.toggleCommentary(),
      collapseBar: (collapsed) => {
        this.barCollapsed = collapsed;
        this.render();
      },
      chooseClaims: (shown) => this.chooseClaims(shown),
      stepClaim: (direction) => this.stepClaim(direction),
      closeCard: (returnFocus) => this.closeCard(returnFocus),
      saveClaim: (claim) => void this.save(claim.id),
      unsaveClaim: (claim) => void this.unsave(claim.id),
      hoverCard: (inside) => {
        this.overCard = inside;
        if (inside) this.cancelHide();
        else this.scheduleHide();
      },
      pinCard: () => {
        if (this.card && !this.card.pinned) this.card = { ...this.card, pinned: true };
      },
    };
  }

  /**
   * On a page the content script's first look found worth analysing (first-look.ts); `early`, the round trip
   * the first look started while this code was loading.
   */
  start(early?: EarlyTrip): void {
    timed('start', () => {
      this.listen();
      this.watch();
    });
    void this.analyse(early ?? null);
  }

  /** Messages from the background, clean-up on an extension update, client-side navigation. */
  private listen(): void {
    const { ctx } = this;
    ctx.onInvalidated(() => this.teardown());
    const stopListening = listenForContentMessages({
      'highlights/set': ({ on }) => ({ on: this.setHighlights(on, true) }),
      'highlights/toggle': () => {
        const on = this.setHighlights(!this.highlightsOn, true);
        void this.rememberChoice(on);
        return { on };
      },
      'claim/reveal': ({ claim }) => ({ found: this.reveal(claim) }),
      'saved/changed': ({ savedIds }) => {
        this.savedIds = new Set(savedIds);
        this.reindex();
        if (this.shown) this.paint();
        return { ok: true };
      },
    });
    ctx.onInvalidated(() => {
      try {
        stopListening();
      } catch {
        // The extension is gone, and its listener with it.
      }
    });
    ctx.onNavigation(() => this.navigated());
  }

  // ---- analysis ---------------------------------------------------------------------------------------

  /** `early`: the round trip the first look started (the cheap look was just taken then). */
  private async analyse(early: EarlyTrip | null = null): Promise<void> {
    const { ctx, doc } = this;
    if (ctx.isInvalid) return;
    const generation = ++this.generation;
    const url = early?.url ?? location.href;
    if (!early && !timed('precheck', () => mayHoldQuotes(doc))) {
      this.show(null);
      return;
    }
    const root = doc.documentElement;
    if (!root) return;
    // The page is analysed where the analyser's code is warm: the page's main thread only reads itself, a
    // slice per task, and takes the answer's nodes from the list it read (round-trip.ts).
    const trip = await (early?.trip ?? roundTrip(root, url, ctx.signal, pageLink));
    if (ctx.isInvalid) return;
    if (!trip.ok) {
      // A page that changed while it was read is read again once its mutations settle (the observer sees them).
      if (trip.problem !== this.lastProblem) console.info('Sourcelight:', trip.problem);
      this.lastProblem = trip.problem;
      if (trip.tooLarge) this.show(null);
      return;
    }
    // Answers arrive in the order asked; one overtaken by a newer answer already shown is dropped.
    if (generation < this.shownGeneration) return;
    const { answer, analysis: revived } = trip;
    this.lastProblem = null;
    this.shownGeneration = generation;
    if (!revived.report.aggregated) {
      this.show(null);
      return;
    }
    const navigated = this.shown?.url !== url;
    const settings = answer.page;
    if (settings) {
      this.minScore = settings.settings.minScore;
      this.savedIds = new Set(settings.savedIds);
      this.siteDisabled = isSiteDisabled(settings.settings, hostOf(url));
      // Late content on the same page keeps the reader's current choice; a new page starts from the site's.
      if (navigated) this.highlightsOn = settings.highlightsOn;
    }
    if (this.siteDisabled) {
      this.show(null);
      return;
    }
    if (navigated) {
      // A narrow window starts with the pill: the bar would take a good part of it.
      this.barCollapsed = window.innerWidth < NARROW_WINDOW_PX;
      this.claimsShown = 'none';
    }
    this.show({ url, analysis: revived, claims: answer.claims, view: answer.view });
    // A saved claim "show in page" opened this page for: it came with the analysis.
    if (navigated && answer.reveal) this.revealArrived(answer.reveal);
  }

  private show(next: Shown | null): void {
    this.shown = next;
    if (!next) {
      this.card = null;
      this.index = null;
      this.pointable = null;
      this.clearPage();
      this.armIdleWatch();
      return;
    }
    // Listeners and the claim index are our work on the page's thread too (painting times itself).
    timed('show', () => {
      this.disarmIdleWatch();
      this.listenToPage();
      this.reindex();
      if (this.card) {
        const again = next.claims.find((c) => c.id === this.card?.claim.id);
        this.card = again ? { ...this.card, claim: again, focus: false } : null;
      }
    });
    this.paint();
  }

  /** The claims painted (the reader's choice, their minimum score, commentary or not), and those a pointer opens. */
  private reindex(): void {
    const shown = this.shown;
    if (!shown) return;
    const painted = chosenClaims(shown.claims, {
      shown: this.claimsShown,
      minScore: this.minScore,
      showCommentary: this.showCommentary,
    });
    this.index = new ClaimIndex(shown.analysis.articleText, painted);
    const saved = shown.claims.filter((claim) => this.savedIds.has(claim.id) && !painted.includes(claim));
    this.pointable = new ClaimIndex(shown.analysis.articleText, [...painted, ...saved]);
    this.pointer.cancel();
  }

  // ---- drawing ----------------------------------------------------------------------------------------

  /** Brings marks, highlights and the overlay in line with the state. */
  private paint(): void {
    const shown = this.shown;
    if (!shown) {
      this.clearPage();
      return;
    }
    timed('highlights', () => {
      this.overlay ??= createOverlayHost(this.doc);
      this.boxes = null;
      unmarkQuotes(this.marked);
      this.marked = [];
      if (this.highlightsOn) {
        this.marked = markQuotes(shown.analysis.quotes);
        this.painter.paint({
          text: shown.analysis.articleText,
          quotes: shown.analysis.quotes,
          keys: shown.view.quotes.map((look) => look.key),
          stylesheet: shown.view.stylesheet,
          claims: this.index?.claims ?? [],
        });
      } else {
        this.painter.clear();
      }
    });
    // Measured once the browser has laid the page out for its next frame, so we read layout, never force it.
    this.queueFrame(true, true);
  }

  /** Takes everything of ours off the page (the reveal flash included). */
  private clearPage(): void {
    unmarkQuotes(this.marked);
    this.marked = [];
    this.painter.clear();
    this.overlay?.destroy();
    this.overlay = null;
    this.boxes = null;
  }

  private render(): void {
    timed('overlay', () => this.renderNow());
  }

  /** Measures (one batch of layout reads) and renders the overlay. */
  private renderNow(): void {
    const overlay = this.overlay;
    const shown = this.shown;
    if (!overlay || !shown) return;
    const origin = originOf(overlay.host);
    const lines = this.lineViews(shown, origin);
    const view: OverlayView = {
      quotes: this.highlightsOn ? this.quoteViews(shown, origin) : [],
      lines,
      bar: barViewOf({
        quotes: shown.analysis.quotes,
        view: shown.view,
        claims: shown.claims,
        painted: this.index?.claims ?? [],
        openClaim: this.card?.claim ?? null,
        lines,
        highlightsOn: this.highlightsOn,
        showCommentary: this.showCommentary,
        minScore: this.minScore,
        claimsShown: this.claimsShown,
        collapsed: this.barCollapsed,
        claimHighlights: this.painter.available,
        pageBottom: pageBottomOf(this.doc, origin),
      }),
      card: this.cardView(shown, origin),
    };
    overlay.render(view, this.actions);
  }

  private quoteViews(shown: Shown, origin: Origin): QuoteView[] {
    const { quotes } = shown.analysis;
    if (!this.boxes) {
      const boxes = new Map<string, Box[]>();
      for (const quote of quotes) boxes.set(quote.id, boxesOf(quote.elements, origin));
      this.boxes = boxes;
    }
    // On a page of hundreds of passages, only those within a screen of the viewport are drawn.
    const all = quotes.length <= MARK_ALL_UP_TO;
    const top = -origin.y - window.innerHeight;
    const bottom = -origin.y + 2 * window.innerHeight;
    const views: QuoteView[] = [];
    quotes.forEach((quote, i) => {
      const boxes = this.boxes?.get(quote.id) ?? [];
      const look = shown.view.quotes[i];
      if (boxes.length === 0 || !look) return;
      if (!all && !boxes.some((b) => b.top < bottom && b.top + b.height > top)) return;
      views.push({
        id: quote.id,
        kind: quote.kind,
        label: look.label,
        swatch: look.swatch,
        dashed: isDashed(quote, look.key),
        boxes,
      });
    });
    return views;
  }

  /** Saved claims (while highlights are on), the open card's claim, and the one "show in page" flashes. */
  private lineViews(shown: Shown, origin: Origin): LineView[] {
    const text = shown.analysis.articleText;
    const boxes = (span: Span) => {
      const range = rangeFor(this.doc, text, span);
      return range ? lineBoxesOf(range, origin) : [];
    };
    const lines: LineView[] = [];
    if (this.highlightsOn && this.savedIds.size > 0) {
      const saved = shown.claims.filter((claim) => this.savedIds.has(claim.id));
      if (saved.length > 0) lines.push({ kind: 'saved', boxes: saved.flatMap((claim) => boxes(claim.span)) });
    }
    if (this.card) lines.push({ kind: 'active', boxes: boxes(this.card.claim.span) });
    if (this.revealSpan) lines.push({ kind: 'reveal', boxes: boxes(this.revealSpan) });
    return lines;
  }

  private cardView(shown: Shown, origin: Origin): CardView | null {
    const card = this.card;
    if (!card) return null;
    const range = rangeFor(this.doc, shown.analysis.articleText, card.claim.span);
    const anchor = range ? lineBoxesOf(range, origin) : [];
    if (anchor.length === 0) return null;
    const saved = this.savedIds.has(card.claim.id);
    return {
      claim: withoutSpan(card.claim),
      anchor,
      viewport: viewportOf(this.doc, origin),
      saved,
      status: card.status,
      focus: card.focus,
      noteUrl: saved ? noteFrameUrl(card.claim.id) : null,
    };
  }

  /**
   * Draws again on the next frame, once; `measure` when the layout may have moved the passages, `afterLayout`
   * to wait until the browser has done that frame's layout (a task after the frame) instead of forcing it.
   */
  private queueFrame(measure: boolean, afterLayout = false): void {
    if (measure) this.boxes = null;
    if (this.frameQueued || !this.shown) return;
    this.frameQueued = true;
    this.ctx.requestAnimationFrame(() => {
      const draw = () => {
        this.frameQueued = false;
        this.render();
      };
      if (afterLayout) this.ctx.setTimeout(draw, 0);
      else draw();
    });
  }

  // ---- the reader's choices ---------------------------------------------------------------------------

  /** Highlights on or off; `fromOutside` (popup, shortcut) also unfolds the bar. */
  private setHighlights(on: boolean, fromOutside = false): boolean {
    this.highlightsOn = on;
    if (fromOutside) this.barCollapsed = false;
    if (!on) this.card = null;
    if (this.shown) this.paint();
    return on;
  }

  private chooseHighlights(on: boolean): void {
    this.setHighlights(on);
    void this.rememberChoice(on);
  }

  private async rememberChoice(on: boolean): Promise<void> {
    const host = hostOf(location.href);
    if (host) await trySend(this.ctx, 'highlights/chosen', { host, on });
  }

  private chooseClaims(shown: ClaimsShown): void {
    this.claimsShown = shown;
    if (this.card && !this.card.pinned) this.card = null;
    this.reindex();
    this.paint();
  }

  private toggleCommentary(): void {
    this.showCommentary = !this.showCommentary;
    if (this.card?.claim.kind === 'commentary' && !this.showCommentary) this.card = null;
    this.reindex();
    this.paint();
  }

  // ---- claim cards ------------------------------------------------------------------------------------

  private openCard(claim: FoundClaim, options: { focus: boolean; pinned: boolean }): void {
    this.cancelHide();
    this.card = { claim, focus: options.focus, pinned: options.pinned, status: { state: 'idle' } };
    this.render();
  }

  private closeCard(returnFocus: boolean): void {
    this.cancelHide();
    if (!this.card) return;
    this.card = null;
    this.overCard = false;
    this.render();
    if (returnFocus) this.overlay?.query('[data-action="next-claim"]')?.focus();
  }

  private scheduleHide(): void {
    if (!this.card || this.card.pinned || this.overCard || this.hideTimer !== null) return;
    this.hideTimer = this.ctx.setTimeout(() => {
      this.hideTimer = null;
      if (this.card && !this.card.pinned && !this.overCard) this.closeCard(false);
    }, HIDE_DELAY_MS);
  }

  private cancelHide(): void {
    if (this.hideTimer !== null) clearTimeout(this.hideTimer);
    this.hideTimer = null;
  }

  private stepClaim(direction: 1 | -1): void {
    const index = this.index;
    const shown = this.shown;
    if (!index || !shown) return;
    const next = index.step(this.card?.claim ?? null, direction);
    if (!next) return;
    scrollToSpan(this.doc, shown.analysis, next.span);
    this.openCard(next, { focus: true, pinned: true });
  }

  private async save(id: string): Promise<void> {
    const shown = this.shown;
    const claim = shown?.claims.find((c) => c.id === id);
    if (!shown || !claim) return;
    this.setStatus(id, { state: 'saving' });
    const { report } = shown.analysis;
    const result = await sendOrExplain(this.ctx, 'claim/save', {
      claim: withoutSpan(claim),
      pageUrl: normaliseUrl(report.url ?? location.href),
      pageTitle: report.title,
    });
    if (result.ok) {
      this.savedIds.add(id);
      this.reindex();
      this.setStatus(id, { state: 'saved' });
      this.paint();
    } else {
      this.setStatus(id, { state: 'error', message: result.message });
    }
  }

  private async unsave(id: string): Promise<void> {
    const result = await sendOrExplain(this.ctx, 'claim/unsave', { id });
    if (result.ok) {
      this.savedIds.delete(id);
      this.reindex();
      this.setStatus(id, { state: 'idle' });
      this.paint();
    } else {
      this.setStatus(id, { state: 'error', message: result.message });
    }
  }

  private setStatus(id: string, status: SaveStatus): void {
    if (this.card?.claim.id !== id) return;
    this.card = { ...this.card, status, focus: false, pinned: true };
    this.render();
  }

  // ---- show in page -----------------------------------------------------------------------------------

  private reveal(record: ClaimRecord): boolean {
    const shown = this.shown;
    if (!shown) return false;
    const { articleText } = shown.analysis;
    const span = findQuote(articleText.text, record.selector.quote, record.selector.position.start);
    const range = span ? rangeFor(this.doc, articleText, span) : null;
    if (!span || !range) return false;
    scrollToSpan(this.doc, shown.analysis, span);
    this.revealSpan = span;
    if (this.revealTimer !== null) clearTimeout(this.revealTimer);
    this.revealTimer = this.ctx.setTimeout(() => {
      this.revealTimer = null;
      this.revealSpan = null;
      this.queueFrame(false);
    }, REVEAL_MS);
    this.queueFrame(false, true);
    const claim =
      shown.claims.find((c) => c.id === record.id) ??
      shown.claims.find((c) => c.span[0] < span[1] && span[0] < c.span[1]);
    if (claim) this.openCard(claim, { focus: false, pinned: true });
    return true;
  }

  /** Reveals a claim the background handed over with the analysis, and tells whether it was found. */
  private revealArrived(claim: ClaimRecord): void {
    // Revealing opens a card, which times its own drawing; the message is ours to time.
    const found = this.reveal(claim);
    timed('show', () => void trySend(this.ctx, 'reveal/result', { id: claim.id, found }));
  }

  // ---- keeping up with the page -----------------------------------------------------------------------

  private isOwn = (node: Node): boolean => this.painter.isOwn(node) || this.overlay?.contains(node) === true;
  /** Text rewritten in place matters inside the article shown (a clock elsewhere does not). */
  private inArticle = (node: Node): boolean => this.shown?.analysis.article?.contains(node) === true;

  private watch(): void {
    if (this.observer) return;
    this.observer = new MutationObserver((records) => {
      if (this.ctx.isInvalid) return;
      if (timed('observer', () => mutationsMatter(records, this.isOwn, this.inArticle)))
        this.scheduler.trigger();
    });
    this.observer.observe(this.doc.documentElement, { childList: true, subtree: true, characterData: true });
    if (!this.shown) this.armIdleWatch();
  }

  /** A page that is not (yet) an aggregated post is watched for a while, then left alone. */
  private armIdleWatch(): void {
    this.disarmIdleWatch();
    this.idleTimer = this.ctx.setTimeout(() => {
      this.idleTimer = null;
      if (this.shown) return;
      this.observer?.disconnect();
      this.observer = null;
      this.scheduler.cancel();
    }, OBSERVER_LIMITS.idleWatchMs);
  }

  private disarmIdleWatch(): void {
    if (this.idleTimer !== null) clearTimeout(this.idleTimer);
    this.idleTimer = null;
  }

  private navigated(): void {
    this.watch();
    if (!this.shown) this.armIdleWatch();
    this.scheduler.triggerNow();
  }

  /** Pointer, scroll and layout listeners, added once a page is shown (a plain page never gets them). */
  private listenToPage(): void {
    if (this.pageListeners) return;
    this.pageListeners = true;
    const { ctx, doc } = this;
    this.pointer.listen();
    ctx.addEventListener(
      doc,
      'mousedown',
      (event) => {
        if (this.card?.pinned && event.target !== this.overlay?.host) this.closeCard(false);
      },
      { passive: true },
    );
    ctx.addEventListener(window, 'resize', () => this.queueFrame(true), { passive: true });
    ctx.addEventListener(
      window,
      'scroll',
      () => {
        // Only pages with many passages draw marks near the viewport, and need drawing again on scroll.
        if (this.highlightsOn && (this.shown?.analysis.quotes.length ?? 0) > MARK_ALL_UP_TO)
          this.queueFrame(false);
      },
      { passive: true },
    );
    if (typeof ResizeObserver === 'function') {
      this.resizeObserver = new ResizeObserver((entries) => {
        const box = entries[entries.length - 1]?.contentRect;
        const size = box ? `${box.width}x${box.height}` : '';
        // The first report is the size the page already had when we drew.
        if (this.lastSize !== '' && size !== this.lastSize) this.queueFrame(true);
        this.lastSize = size;
      });
      this.resizeObserver.observe(doc.documentElement);
    }
    // Only an event or a check notices that the extension was updated; check now and then to clean up.
    ctx.setInterval(() => {}, INVALIDATION_POLL_MS);
    // No event says that the page cleared CSS.highlights or took our <style> out: look now and then.
    ctx.setInterval(() => {
      if (this.shown && this.highlightsOn) this.painter.restore();
    }, RESTORE_POLL_MS);
  }

  private teardown(): void {
    this.generation++;
    this.scheduler.cancel();
    this.observer?.disconnect();
    this.observer = null;
    this.resizeObserver?.disconnect();
    this.resizeObserver = null;
    this.disarmIdleWatch();
    this.card = null;
    this.shown = null;
    this.index = null;
    this.pointable = null;
    this.clearPage();
  }
}

/** Brings a span of the article's text to the middle of the viewport. */
function scrollToSpan(doc: Document, analysis: PageAnalysis, span: [number, number]): void {
  const range = rangeFor(doc, analysis.articleText, span);
  range?.startContainer.parentElement?.scrollIntoView({ block: 'center', behavior: 'instant' });
}
