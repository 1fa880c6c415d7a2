// What the reader sees in a page: one session per tab, from the cheap first look to highlights, badges,
// the provenance bar and claim cards, kept in step with late content, client-side navigation and the reader's
// choices. Everything it adds is undone when highlights go off or the extension is updated.
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { BarView, CardView, OverlayActions, QuoteView, SaveStatus } from '../../components/page/view';
import { analyzePage } from '../../utils/analysis/analyze';
import { findQuote, rangeFor } from '../../utils/analysis/ranges';
import type { PageAnalysis } from '../../utils/analysis/types';
import { extractClaims, type FoundClaim } from '../../utils/claims/extract';
import type { Claim } from '../../utils/claims/types';
import { claimStyleOf, visibleClaims } from '../../utils/highlight/buckets';
import { ClaimIndex } from '../../utils/highlight/claim-index';
import {
  ACTIVE_HIGHLIGHT,
  applyHighlights,
  CLAIM_HIGHLIGHTS,
  clearHighlights,
  inlineHighlight,
  mentionHighlight,
  pageHighlightApi,
  priorityOf,
  REVEAL_HIGHLIGHT,
  SAVED_HIGHLIGHT,
  type SwatchKey,
} from '../../utils/highlight/css-highlights';
import { highlightStylesheet } from '../../utils/highlight/highlight-css';
import { badgeLabel, summaryOf } from '../../utils/highlight/labels';
import { markQuotes, unmarkQuotes } from '../../utils/highlight/marks';
import { OBSERVER_LIMITS, ReanalysisScheduler, mutationsMatter } from '../../utils/highlight/observer';
import { type PageColours, pageColours, swatchOf } from '../../utils/highlight/page-colours';
import { mayHoldQuotes } from '../../utils/highlight/precheck';
import { listenForContentMessages } from '../../utils/messaging/client';
import type { ClaimRecord } from '../../utils/storage/types';
import { isSiteDisabled } from '../../utils/storage/settings';
import { hostOf, normaliseUrl } from '../../utils/url';
import { boxesOf, cardPlaceFor, originOf, pointOverText } from './measure';
import { sendOrExplain, trySend } from './messages';
import { createOverlayHost, type OverlayHost } from './overlay-host';
import { staticRangeFor } from './static-range';
import { timed } from './timing';

interface Shown {
  url: string;
  analysis: PageAnalysis;
  claims: FoundClaim[];
  colours: PageColours;
}

interface OpenCard {
  claim: FoundClaim;
  focus: boolean;
  pinned: boolean;
  status: SaveStatus;
}

const HOVER_THROTTLE_MS = 60;
const HIDE_DELAY_MS = 300;
const REVEAL_MS = 4_000;
const INVALIDATION_POLL_MS = 3_000;

/** A claim as the background keeps it: without the page offsets only this page needs. */
function toClaim({ span: _span, ...claim }: FoundClaim): Claim {
  return claim;
}

export class PageSession {
  private shown: Shown | null = null;
  private highlightsOn = true;
  private showCommentary = true;
  private minScore = 0;
  private siteDisabled = false;
  private savedIds = new Set<string>();
  private barDismissed = false;
  private card: OpenCard | null = null;
  private overCard = false;
  private hideTimer: number | null = null;
  private revealTimer: number | null = null;
  private lastHover = 0;
  private hoverTimer: number | null = null;
  private lastPointer: { x: number; y: number; target: EventTarget | null } | null = null;
  private overlay: OverlayHost | null = null;
  private styleEl: HTMLStyleElement | null = null;
  private marked: Element[] = [];
  private staticHighlights = new Set<string>();
  private index: ClaimIndex<FoundClaim> | null = null;
  private generation = 0;
  private lastSentKey: string | null = null;
  private observer: MutationObserver | null = null;
  private idleTimer: number | null = null;
  private resizeObserver: ResizeObserver | null = null;
  private layoutQueued = false;
  private pageListeners = false;
  private readonly api = pageHighlightApi(globalThis);
  private readonly scheduler: ReanalysisScheduler;
  private readonly actions: OverlayActions;

  constructor(
    private readonly ctx: ContentScriptContext,
    private readonly doc: Document = document,
  ) {
    this.scheduler = new ReanalysisScheduler(
      {
        now: () => performance.now(),
        setTimeout: (fn, ms) => ctx.setTimeout(fn, ms),
        clearTimeout: (id) => clearTimeout(id),
      },
      () => void this.analyse(),
    );
    this.actions = {
      toggleHighlights: () => this.chooseHighlights(!this.highlightsOn),
      toggleCommentary: () => this.toggleCommentary(),
      dismissBar: () => {
        this.barDismissed = true;
        this.render();
      },
      stepClaim: (direction) => this.stepClaim(direction),
      closeCard: (returnFocus) => this.closeCard(returnFocus),
      saveClaim: (claim, note) => void this.save(claim.id, note),
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

  start(): void {
    const { ctx, doc } = this;
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
        if (this.shown) this.paint();
        return { ok: true };
      },
    });
    ctx.onInvalidated(() => {
      try {
        stopListening();
      } catch {
        // The extension is gone; so is its listener.
      }
    });
    ctx.addEventListener(window, 'wxt:locationchange', () => this.navigated());

    const worthALook = timed('precheck', () => mayHoldQuotes(doc));
    // Tells tests (and curious readers) that the content script ran, whatever it found.
    doc.documentElement.dataset.sourcelightReady = '1';
    this.watch();
    if (worthALook) void this.analyse();
  }

  // ---- analysis ---------------------------------------------------------------------------------------

  private async analyse(): Promise<void> {
    const { ctx, doc } = this;
    if (ctx.isInvalid) return;
    const generation = ++this.generation;
    const url = location.href;
    const found = timed('analyse', () => {
      if (!mayHoldQuotes(doc)) return null;
      const analysis = analyzePage(doc, { url });
      if (!analysis.report.aggregated) return null;
      const claims = extractClaims(analysis);
      const key = `${url}\n${JSON.stringify(analysis.report)}\n${claims.map((c) => c.id).join(',')}`;
      return { analysis, claims, key };
    });
    if (!found) {
      this.show(null);
      return;
    }
    const navigated = this.shown?.url !== url;
    if (found.key !== this.lastSentKey) {
      this.lastSentKey = found.key;
      const answer = await trySend(ctx, 'page/analysed', {
        report: found.analysis.report,
        claims: found.claims.map(toClaim),
      });
      if (generation !== this.generation || ctx.isInvalid) return;
      if (answer) {
        this.minScore = answer.settings.minScore;
        this.savedIds = new Set(answer.savedIds);
        this.siteDisabled = isSiteDisabled(answer.settings, hostOf(url));
        // Late content on the same page keeps the reader's current choice; a new page starts from the site's.
        if (navigated) this.highlightsOn = answer.highlightsOn;
      }
    }
    if (this.siteDisabled) {
      this.show(null);
      return;
    }
    if (navigated) this.barDismissed = false;
    this.show({ url, analysis: found.analysis, claims: found.claims, colours: pageColours(found.analysis.quotes) });
    if (navigated) void this.revealPending();
  }

  private show(next: Shown | null): void {
    this.shown = next;
    if (!next) {
      this.card = null;
      this.index = null;
      this.clearPage();
      this.armIdleWatch();
      return;
    }
    this.disarmIdleWatch();
    this.listenToPage();
    this.reindex();
    if (this.card) {
      const again = next.claims.find((c) => c.id === this.card?.claim.id);
      this.card = again ? { ...this.card, claim: again, focus: false } : null;
    }
    this.paint();
  }

  private reindex(): void {
    const shown = this.shown;
    if (!shown) return;
    const visible = visibleClaims(shown.claims, { minScore: this.minScore, showCommentary: this.showCommentary });
    this.index = new ClaimIndex(shown.analysis.articleText, visible);
  }

  // ---- drawing ----------------------------------------------------------------------------------------

  /** Brings marks, highlights and the overlay in line with the state. */
  private paint(): void {
    const shown = this.shown;
    if (!shown) {
      this.clearPage();
      return;
    }
    timed('paint', () => {
      this.overlay ??= createOverlayHost(this.doc);
      if (this.highlightsOn) {
        unmarkQuotes(this.marked);
        this.marked = markQuotes(shown.analysis.quotes);
        this.paintHighlights(shown);
      } else {
        this.clearMarksAndHighlights();
      }
      this.renderNow();
    });
  }

  private paintHighlights(shown: Shown): void {
    const api = this.api;
    const swatches = new Set<SwatchKey>();
    const groups = new Map<string, StaticRange[]>();
    const add = (name: string, range: StaticRange | null) => {
      if (!range) return;
      const list = groups.get(name);
      if (list) list.push(range);
      else groups.set(name, [range]);
    };
    const { articleText } = shown.analysis;
    for (const quote of shown.analysis.quotes) {
      const key = shown.colours.quote(quote);
      if (quote.leadInMention) {
        swatches.add(key);
        add(mentionHighlight(key), staticRangeFor(articleText, quote.leadInMention));
      }
      if (quote.form === 'inline') {
        swatches.add(key);
        for (const span of quote.spans) add(inlineHighlight(key), staticRangeFor(articleText, span));
      }
    }
    for (const claim of this.index?.claims ?? []) {
      const range = staticRangeFor(articleText, claim.span);
      add(CLAIM_HIGHLIGHTS[claimStyleOf(claim)], range);
      if (this.savedIds.has(claim.id)) add(SAVED_HIGHLIGHT, range);
    }
    this.ensureStyle(highlightStylesheet(swatches));
    if (api) this.staticHighlights = applyHighlights(api, groups, this.staticHighlights);
    this.setActiveHighlight();
  }

  private ensureStyle(css: string): void {
    if (!this.styleEl) {
      this.styleEl = this.doc.createElement('style');
      this.styleEl.setAttribute('data-sourcelight', '');
      (this.doc.head ?? this.doc.documentElement).append(this.styleEl);
    }
    if (this.styleEl.textContent !== css) this.styleEl.textContent = css;
  }

  private setActiveHighlight(): void {
    const api = this.api;
    const shown = this.shown;
    if (!api) return;
    const range = this.card && shown ? staticRangeFor(shown.analysis.articleText, this.card.claim.span) : null;
    if (!range) {
      api.registry.delete(ACTIVE_HIGHLIGHT);
      return;
    }
    const highlight = api.create([range]);
    highlight.priority = priorityOf(ACTIVE_HIGHLIGHT);
    api.registry.set(ACTIVE_HIGHLIGHT, highlight as never);
  }

  private clearMarksAndHighlights(): void {
    unmarkQuotes(this.marked);
    this.marked = [];
    if (this.api) {
      clearHighlights(this.api, this.staticHighlights);
      clearHighlights(this.api, [ACTIVE_HIGHLIGHT]);
    }
    this.staticHighlights = new Set();
    this.styleEl?.remove();
    this.styleEl = null;
  }

  /** Takes everything of ours off the page (the reveal flash included). */
  private clearPage(): void {
    this.clearMarksAndHighlights();
    if (this.api) clearHighlights(this.api, [REVEAL_HIGHLIGHT]);
    this.overlay?.destroy();
    this.overlay = null;
  }

  private render(): void {
    timed('render', () => this.renderNow());
  }

  /** Measures (one batch of layout reads) and renders the overlay. */
  private renderNow(): void {
    const overlay = this.overlay;
    const shown = this.shown;
    if (!overlay || !shown) return;
    const origin = originOf(overlay.host);
    const { publication } = shown.analysis.report;
    const quotes: QuoteView[] = [];
    if (this.highlightsOn) {
      for (const quote of shown.analysis.quotes) {
        const key = shown.colours.quote(quote);
        const boxes = boxesOf(quote.elements, origin);
        if (boxes.length === 0) continue;
        quotes.push({
          id: quote.id,
          kind: quote.kind,
          label: badgeLabel(quote, publication),
          swatch: swatchOf(key),
          dashed: quote.form === 'inline' || key === 'own',
          boxes,
        });
      }
    }
    overlay.render({ quotes, bar: this.barView(shown), card: this.cardView(shown, origin) }, this.actions);
  }

  private barView(shown: Shown): BarView | null {
    if (this.barDismissed) return null;
    const claims = this.index?.claims ?? [];
    const at = this.card ? claims.indexOf(this.card.claim) : -1;
    return {
      summary: summaryOf(shown.analysis.report).map((entry) => ({
        ...entry,
        swatch: swatchOf(shown.colours.entry(entry)),
      })),
      highlightsOn: this.highlightsOn,
      showCommentary: this.showCommentary,
      claimHighlights: this.api !== null,
      claimCount: claims.length,
      claimPosition: at >= 0 ? at + 1 : null,
    };
  }

  private cardView(shown: Shown, origin: { x: number; y: number }): CardView | null {
    const card = this.card;
    if (!card) return null;
    const range = rangeFor(this.doc, shown.analysis.articleText, card.claim.span);
    const place = range
      ? cardPlaceFor(range, origin, { width: window.innerWidth, height: window.innerHeight })
      : null;
    if (!place) return null;
    return {
      claim: toClaim(card.claim),
      style: claimStyleOf(card.claim),
      ...place,
      saved: this.savedIds.has(card.claim.id),
      status: card.status,
      focus: card.focus,
    };
  }

  /** Layout changed (resize, images, fonts): measure again on the next frame, once. */
  private queueLayout(): void {
    if (this.layoutQueued || !this.shown) return;
    this.layoutQueued = true;
    this.ctx.requestAnimationFrame(() => {
      this.layoutQueued = false;
      this.render();
    });
  }

  // ---- the reader's choices ---------------------------------------------------------------------------

  /** Highlights on or off; `fromOutside` (popup, shortcut) also brings back a dismissed bar. */
  private setHighlights(on: boolean, fromOutside = false): boolean {
    this.highlightsOn = on;
    if (fromOutside) this.barDismissed = false;
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
    this.setActiveHighlight();
    this.render();
  }

  private closeCard(returnFocus: boolean): void {
    this.cancelHide();
    if (!this.card) return;
    this.card = null;
    this.overCard = false;
    this.setActiveHighlight();
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
    const range = rangeFor(this.doc, shown.analysis.articleText, next.span);
    range?.startContainer.parentElement?.scrollIntoView({ block: 'center', behavior: 'instant' });
    this.openCard(next, { focus: true, pinned: true });
  }

  private onPointerMove(event: MouseEvent): void {
    if (!this.index || !this.highlightsOn || !this.api) return;
    this.lastPointer = { x: event.clientX, y: event.clientY, target: event.target };
    const wait = this.lastHover + HOVER_THROTTLE_MS - performance.now();
    if (wait > 0) {
      // The pointer may come to rest inside the throttle window: look again where it ends up.
      this.hoverTimer ??= this.ctx.setTimeout(() => {
        this.hoverTimer = null;
        this.hoverAtLastPointer();
      }, wait);
      return;
    }
    this.hoverAtLastPointer();
  }

  private hoverAtLastPointer(): void {
    const pointer = this.lastPointer;
    if (!pointer) return;
    this.lastHover = performance.now();
    this.hover(pointer.x, pointer.y, pointer.target);
  }

  private hover(x: number, y: number, target: EventTarget | null): void {
    const index = this.index;
    if (!index || !this.highlightsOn || this.ctx.isInvalid) return;
    // Over our own overlay (the card): the card's own enter/leave handle it.
    if (target === this.overlay?.host) return;
    const caret = caretAt(this.doc, x, y);
    const claim =
      caret && caret.node.nodeType === Node.TEXT_NODE && pointOverText(caret.node as Text, caret.offset, x, y)
        ? index.claimAtPoint(caret.node, caret.offset)
        : null;
    if (claim) {
      this.cancelHide();
      if (this.card?.claim !== claim && !this.card?.pinned) this.openCard(claim, { focus: false, pinned: false });
    } else {
      this.scheduleHide();
    }
  }

  private async save(id: string, note: string): Promise<void> {
    const shown = this.shown;
    const claim = shown?.claims.find((c) => c.id === id);
    if (!shown || !claim) return;
    const alreadySaved = this.savedIds.has(id);
    this.setStatus(id, { state: 'saving' });
    const { report } = shown.analysis;
    const result = await sendOrExplain(this.ctx, 'claim/save', {
      claim: toClaim(claim),
      pageUrl: normaliseUrl(report.url ?? location.href),
      pageTitle: report.title,
      // An empty field on a saved claim keeps the note it has.
      note: alreadySaved && note.trim() === '' ? undefined : note,
    });
    if (result.ok) {
      this.savedIds.add(id);
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
    range.startContainer.parentElement?.scrollIntoView({ block: 'center', behavior: 'instant' });
    if (this.api) {
      const highlight = this.api.create([range]);
      highlight.priority = priorityOf(REVEAL_HIGHLIGHT);
      this.api.registry.set(REVEAL_HIGHLIGHT, highlight as never);
      if (!this.styleEl) this.ensureStyle(highlightStylesheet([]));
      if (this.revealTimer !== null) clearTimeout(this.revealTimer);
      this.revealTimer = this.ctx.setTimeout(() => {
        this.revealTimer = null;
        this.api?.registry.delete(REVEAL_HIGHLIGHT);
        if (!this.highlightsOn) this.clearMarksAndHighlights();
      }, REVEAL_MS);
    }
    const claim =
      shown.claims.find((c) => c.id === record.id) ??
      shown.claims.find((c) => c.span[0] < span[1] && span[0] < c.span[1]);
    if (claim) this.openCard(claim, { focus: false, pinned: true });
    return true;
  }

  private async revealPending(): Promise<void> {
    const answer = await trySend(this.ctx, 'reveal/pending', {});
    if (!answer?.claim || this.ctx.isInvalid) return;
    const found = this.reveal(answer.claim);
    await trySend(this.ctx, 'reveal/result', { id: answer.claim.id, found });
  }

  // ---- keeping up with the page -----------------------------------------------------------------------

  private isOwn = (node: Node): boolean =>
    node === this.styleEl || (this.overlay !== null && this.overlay.contains(node));

  private watch(): void {
    if (this.observer) return;
    this.observer = new MutationObserver((records) => {
      if (this.ctx.isInvalid) return;
      if (mutationsMatter(records, this.isOwn)) this.scheduler.trigger();
    });
    this.observer.observe(this.doc.documentElement, { childList: true, subtree: true });
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

  /** Pointer, resize and layout listeners, added once a page is shown (a plain page never gets them). */
  private listenToPage(): void {
    if (this.pageListeners) return;
    this.pageListeners = true;
    const { ctx, doc } = this;
    ctx.addEventListener(doc, 'mousemove', (event) => this.onPointerMove(event), { passive: true });
    ctx.addEventListener(
      doc,
      'mousedown',
      (event) => {
        if (this.card?.pinned && event.target !== this.overlay?.host) this.closeCard(false);
      },
      { passive: true },
    );
    ctx.addEventListener(window, 'resize', () => this.queueLayout(), { passive: true });
    if (typeof ResizeObserver === 'function') {
      this.resizeObserver = new ResizeObserver(() => this.queueLayout());
      this.resizeObserver.observe(doc.documentElement);
    }
    // Only an event or a check notices that the extension was updated; check now and then to clean up.
    ctx.setInterval(() => {}, INVALIDATION_POLL_MS);
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
    this.clearPage();
  }
}

/** The text position under a viewport point (caretPositionFromPoint where available, else the WebKit one). */
function caretAt(doc: Document, x: number, y: number): { node: Node; offset: number } | null {
  const d = doc as Document & {
    caretPositionFromPoint?(x: number, y: number): { offsetNode: Node; offset: number } | null;
    caretRangeFromPoint?(x: number, y: number): Range | null;
  };
  if (typeof d.caretPositionFromPoint === 'function') {
    const p = d.caretPositionFromPoint(x, y);
    return p ? { node: p.offsetNode, offset: p.offset } : null;
  }
  if (typeof d.caretRangeFromPoint === 'function') {
    const r = d.caretRangeFromPoint(x, y);
    return r ? { node: r.startContainer, offset: r.startOffset } : null;
  }
  return null;
}
