// What the reader sees in a page: one session per tab, from the cheap first look to highlights, badges,
// the provenance bar and claim cards, kept in step with late content, client-side navigation and the reader's
// choices. Everything it adds is undone when highlights go off or the extension is updated. This coordinator
// holds what is shown and the claims painted; its parts each do one thing for the session's lifetime
// (lifetime.ts): the answers received (analysis-receiver.ts), the reader's choices (reader-choices.ts), the drawing
// (page-drawing.ts, overlay-view.ts), the card (card-controller.ts), the pointer (claim-pointer.ts), saving
// (claim-saving.ts), "show in page" (show-in-page.ts), the page's changes (page-watcher.ts), highlights the
// page took away (highlight-restorer.ts) and the background's messages (session-messages.ts).
import type { OverlayActions } from '../components/page/view';
import type { FoundClaim } from '../utils/claims/found';
import type { ClaimsShown } from '../utils/highlight/claim-choice';
import { ClaimIndex } from '../utils/highlight/claim-index';
import type { ClaimsFound } from '../utils/messaging/analysed';
import type { ClaimRecord } from '../utils/storage/types';
import { AnalysisReceiver, type CheapLook, type Received } from './analysis-receiver';
import type { FirstTrip } from './begin-session';
import { CardController } from './card-controller';
import { ClaimPointer } from './claim-pointer';
import { ClaimSaving } from './claim-saving';
import { keepHighlights } from './highlight-restorer';
import type { Lifetime } from './lifetime';
import { trySend } from './messages';
import type { DrawState, Shown } from './overlay-view';
import { PageDrawing } from './page-drawing';
import { PageWatcher } from './page-watcher';
import { ReaderChoices } from './reader-choices';
import { answerBackground } from './session-messages';
import { revealClaim, scrollToSpan } from './show-in-page';
import { timed } from './timing';

export class PageSession {
  private shown: Shown | null = null;
  /** The analysis received last (one waiting for its claims is dropped when a newer one comes). */
  private latest: Received | null = null;
  /** The claims painted (the bar steps through them). */
  private index: ClaimIndex<FoundClaim> | null = null;
  /** The claims a click or a hover opens: those painted, and the reader's saved ones (drawn in the overlay). */
  private pointable: ClaimIndex<FoundClaim> | null = null;
  private pageListeners = false;
  private readonly choices: ReaderChoices;
  private readonly receiver: AnalysisReceiver;
  private readonly drawing: PageDrawing;
  private readonly cards: CardController;
  private readonly pointer: ClaimPointer<FoundClaim>;
  private readonly watcher: PageWatcher;
  private readonly saving: ClaimSaving;

  constructor(
    private readonly ctx: Lifetime,
    /** The first look's cheap look, asked again before a new analysis of the changed page. */
    mayHoldQuotes: CheapLook,
    private readonly doc: Document = document,
  ) {
    ctx.onInvalidated(() => {
      this.shown = null;
      this.index = null;
      this.pointable = null;
      this.cards.drop();
    });
    this.choices = new ReaderChoices(ctx);
    this.receiver = new AnalysisReceiver(ctx, doc, mayHoldQuotes, (received) => this.received(received));
    const actions: OverlayActions = {
      toggleHighlights: () => this.chooseHighlights(!this.choices.highlightsOn),
      toggleCommentary: () => this.toggleCommentary(),
      collapseBar: (collapsed) => {
        this.choices.barCollapsed = collapsed;
        this.drawing.render();
      },
      chooseClaims: (shown) => this.chooseClaims(shown),
      stepClaim: (direction) => this.stepClaim(direction),
      closeCard: (returnFocus) => this.cards.close(returnFocus),
      saveClaim: (claim) => void this.saving.save(claim.id),
      unsaveClaim: (claim) => void this.saving.unsave(claim.id),
      hoverCard: (inside) => this.cards.hovered(inside),
      pinCard: () => this.cards.pin(),
    };
    this.drawing = new PageDrawing(ctx, doc, () => this.drawState(), actions);
    this.cards = new CardController(ctx, doc, {
      render: () => this.drawing.render(),
      redraw: (afterLayout) => this.drawing.queueFrame(false, afterLayout),
      focusBar: () => this.drawing.focus('[data-action="next-claim"]'),
      isOwn: (target) => this.drawing.isHost(target),
    });
    this.pointer = new ClaimPointer(ctx, doc, {
      claimAtText: (node, offset) =>
        this.choices.highlightsOn ? (this.pointable?.claimAtPoint(node, offset) ?? null) : null,
      isOwn: (target) => this.drawing.isHost(target),
      open: (claim, pinned) => this.cards.pointed(claim, pinned),
      left: () => this.cards.scheduleHide(),
    });
    this.saving = new ClaimSaving(ctx, this.cards, {
      shown: () => this.shown,
      savedIds: () => this.choices.savedIds,
      reindex: () => this.reindex(),
      paint: () => this.drawing.paint(),
    });
    this.watcher = new PageWatcher(ctx, doc, {
      isOwn: (node) => this.drawing.isOwn(node),
      // Text rewritten in place matters inside the article shown (a clock elsewhere does not).
      inArticle: (node) => this.shown?.analysis.article?.contains(node) === true,
      isShown: () => this.shown !== null,
      analyse: () => void this.receiver.analyse(),
    });
  }

  /**
   * On a page the content script's first look found worth analysing (first-look.ts); `early`, the round trip
   * the first look started while this code was loading, with the first marks it drew if its answer came
   * first: taken over as they are.
   */
  start(early?: FirstTrip): void {
    timed('start', () => {
      if (early?.drawn) this.drawing.adopt(early.drawn);
      answerBackground(this.ctx, {
        highlightsOn: () => this.choices.highlightsOn,
        setHighlights: (on) => this.setHighlights(on, true),
        rememberHighlights: (on) => void this.choices.remember(on, location.href),
        reveal: (claim) => this.reveal(claim),
        savedChanged: (savedIds) => {
          this.choices.savedIds = new Set(savedIds);
          this.reindex();
          if (this.shown) this.drawing.paint();
        },
      });
      this.watcher.start();
    });
    void this.receiver.analyse(early ?? null);
  }

  private drawState(): DrawState | null {
    const { shown, cards } = this;
    if (!shown) return null;
    const painted = this.index?.claims ?? [];
    const { card, revealSpan } = cards;
    return {
      shown,
      choices: this.choices,
      painted,
      card,
      revealSpan,
      claimHighlights: this.drawing.painter.available,
    };
  }

  /** An analysis to show, or null: nothing (no post, a page too large, a site switched off). */
  private received(received: Received | null): void {
    this.latest = received;
    if (!received) {
      this.show(null);
      return;
    }
    const { url, analysis, answer } = received;
    const navigated = this.shown?.url !== url;
    if (!this.choices.takeAnswer(answer.page, url, navigated, window.innerWidth)) {
      this.show(null);
      return;
    }
    if (!navigated) {
      // Late content on the same page waits for its claims, so an open card finds its claim again.
      void claimsOrNone(answer.claims).then((claims) => {
        if (!this.ctx.isInvalid && this.latest === received)
          this.show({ url, analysis, claims, view: answer.view });
      });
      return;
    }
    // A new page shows its passages at once and takes its claims as they come.
    const shown: Shown = { url, analysis, claims: [], view: answer.view };
    this.show(shown);
    void this.claimsArrive(shown, answer.claims, answer.reveal);
  }

  /** The claims of the page shown as `shown`, and then the claim "show in page" opened it for, if any. */
  private async claimsArrive(
    shown: Shown,
    claims: Promise<ClaimsFound>,
    reveal: ClaimRecord | null,
  ): Promise<void> {
    const found = await claimsOrNone(claims);
    if (this.ctx.isInvalid || this.shown !== shown) return;
    shown.claims = found;
    timed('show', () => this.reindex());
    // Claims are painted only once the reader asks; the bar counts them and saved ones are drawn either way.
    if ((this.index?.claims.length ?? 0) > 0) this.drawing.paint();
    else this.drawing.queueFrame(false);
    // A saved claim "show in page" opened this page for: it came with the analysis.
    if (reveal) this.revealArrived(reveal);
  }

  private show(next: Shown | null): void {
    this.shown = next;
    if (!next) {
      this.cards.drop();
      this.index = null;
      this.pointable = null;
      this.drawing.clear();
      this.watcher.shownChanged(false);
      return;
    }
    // Listeners and the claim index are our work on the page's thread too (painting times itself).
    timed('show', () => {
      this.watcher.shownChanged(true);
      this.listenToPage();
      this.reindex();
      this.cards.follow(next.claims);
    });
    this.drawing.paint();
  }

  /** The claims painted (the reader's choice, their minimum score, commentary or not), and those a pointer opens. */
  private reindex(): void {
    const shown = this.shown;
    if (!shown) return;
    const painted = this.choices.painted(shown.claims);
    this.index = new ClaimIndex(shown.analysis.articleText, painted);
    const { savedIds } = this.choices;
    const saved = shown.claims.filter((claim) => savedIds.has(claim.id) && !painted.includes(claim));
    this.pointable = new ClaimIndex(shown.analysis.articleText, [...painted, ...saved]);
    this.pointer.cancel();
  }

  /** Pointer, press, scroll and layout listeners, added once a page is shown (a plain page never gets them). */
  private listenToPage(): void {
    if (this.pageListeners) return;
    this.pageListeners = true;
    this.pointer.listen();
    this.cards.listen();
    this.drawing.listen();
    keepHighlights(
      this.ctx,
      () => this.drawing.painter.restore(),
      () => this.shown !== null && this.choices.highlightsOn,
    );
  }

  // ---- the reader's choices ---------------------------------------------------------------------------

  /** Highlights on or off; `fromOutside` (popup, shortcut) also unfolds the bar. */
  private setHighlights(on: boolean, fromOutside = false): boolean {
    this.choices.highlightsOn = on;
    if (fromOutside) this.choices.barCollapsed = false;
    if (!on) this.cards.drop();
    if (this.shown) this.drawing.paint();
    return on;
  }

  private chooseHighlights(on: boolean): void {
    this.setHighlights(on);
    void this.choices.remember(on, location.href);
  }

  private chooseClaims(shown: ClaimsShown): void {
    this.choices.claimsShown = shown;
    this.cards.dropUnpinned();
    this.reindex();
    this.drawing.paint();
  }

  private toggleCommentary(): void {
    const { choices, cards } = this;
    choices.showCommentary = !choices.showCommentary;
    if (cards.card?.claim.kind === 'commentary' && !choices.showCommentary) cards.drop();
    this.reindex();
    this.drawing.paint();
  }

  private stepClaim(direction: 1 | -1): void {
    const index = this.index;
    const shown = this.shown;
    if (!index || !shown) return;
    const next = index.step(this.cards.card?.claim ?? null, direction);
    if (!next) return;
    scrollToSpan(this.doc, shown.analysis, next.span);
    this.cards.show(next, { focus: true, pinned: true });
  }

  private reveal(record: ClaimRecord): boolean {
    return this.shown ? revealClaim(this.doc, this.shown, record, this.cards) : false;
  }

  /** Reveals a claim the background handed over with the analysis, and tells whether it was found. */
  private revealArrived(claim: ClaimRecord): void {
    // Revealing opens a card, which times its own drawing; the message is ours to time.
    const found = this.reveal(claim);
    timed('show', () => void trySend(this.ctx, 'reveal/result', { id: claim.id, found }));
  }
}

/** The claims found, or none (said in the console) when they could not be. */
async function claimsOrNone(claims: Promise<ClaimsFound>): Promise<FoundClaim[]> {
  const found = await claims;
  if (found.ok) return found.claims;
  console.info('Sourcelight: no claims:', found.problem);
  return [];
}
