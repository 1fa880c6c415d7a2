// Puts what is shown on the page and keeps it in place: block marks and CSS highlights (highlight-painter.ts),
// then the overlay in our closed shadow root, drawn on the next frame once the browser has laid the page out,
// and again when the window or the page resizes or, on a page of many passages, scrolls. Its frames,
// listeners and resize observer end with the lifetime, and everything it added comes off the page. The first
// marks the first look drew before the session loaded (first-marks.ts) are taken over as they are.

import type { OverlayActions } from '../components/page/view';
import type { PageAnalysis } from '../utils/analysis/types';
import { pageHighlightApi } from '../utils/highlight/css-highlights';
import { markQuotes, type QuoteMarking, unmarkQuotes } from '../utils/highlight/marks';
import { ROUND_TRIP } from '../utils/round-trip/channel/port';
import type { FirstMarks } from './first-marks';
import { HighlightPainter } from './highlight-painter';
import type { Lifetime } from './lifetime';
import { originOf } from './measure';
import { createOverlayHost, type OverlayHost } from './overlay-host';
import {
  type DrawState,
  MARK_ALL_UP_TO,
  measureQuotes,
  overlayViewOf,
  type QuoteBoxes,
} from './overlay-view';
import { timed } from './timing';

export class PageDrawing {
  readonly painter: HighlightPainter;
  private overlay: OverlayHost | null = null;
  /** The passages' elements marked, a slice per task, or null. */
  private marking: QuoteMarking | null = null;
  /** The analysis whose passages are marked (`marking`), or null. */
  private markedFor: PageAnalysis | null = null;
  /** The passages' boxes, measured as asked for; null when the layout may have changed since. */
  private boxes: QuoteBoxes | null = null;
  private frameQueued = false;
  private listening = false;

  constructor(
    private readonly ctx: Lifetime,
    private readonly doc: Document,
    /** What to draw, or null when nothing is shown. */
    private readonly state: () => DrawState | null,
    private readonly actions: OverlayActions,
  ) {
    this.painter = new HighlightPainter(doc, pageHighlightApi(globalThis), ctx);
    ctx.onInvalidated(() => this.clear());
  }

  /** Whether a node is ours: the overlay's host or what is inside it, our <style>. */
  isOwn(node: Node): boolean {
    return this.painter.isOwn(node) || this.overlay?.contains(node) === true;
  }

  /** Whether an event's target is our overlay. */
  isHost(target: EventTarget | null): boolean {
    return target === this.overlay?.host;
  }

  /** Focuses an element of the overlay. */
  focus(selector: string): void {
    this.overlay?.query(selector)?.focus();
  }

  /** Takes over the first marks (first-marks.ts): kept on the page as they are, never drawn twice. */
  adopt(first: FirstMarks): void {
    const marks = first.handOver();
    if (!marks) return;
    this.unmark();
    this.painter.takeOver(marks.painter);
    this.marking = marks.marking;
    this.markedFor = marks.analysis;
  }

  /** Brings marks, highlights and the overlay in line with the state. */
  paint(): void {
    const state = this.state();
    if (!state) {
      this.clear();
      return;
    }
    const { shown } = state;
    timed('highlights', () => {
      this.overlay ??= createOverlayHost(this.doc);
      this.boxes = null;
      if (state.choices.highlightsOn) {
        // The passages' marks change only with the analysis.
        if (this.markedFor !== shown.analysis) {
          this.unmark();
          this.marking = markQuotes(shown.analysis.quotes, {
            size: ROUND_TRIP.markedPerTask,
            schedule: (next) => this.ctx.setTimeout(() => timed('highlights', next), 0),
          });
          this.markedFor = shown.analysis;
        }
        this.painter.paint({
          text: shown.analysis.articleText,
          quotes: shown.analysis.quotes,
          keys: shown.view.quotes.map((look) => look.key),
          stylesheet: shown.view.stylesheet,
          claims: state.painted,
        });
      } else {
        this.unmark();
        this.painter.clear();
      }
    });
    // Measured once the browser has laid the page out for its next frame, so we read layout, never force it.
    this.queueFrame(true, true);
  }

  /** Takes everything of ours off the page (the reveal flash included). */
  clear(): void {
    this.unmark();
    this.painter.clear();
    this.overlay?.destroy();
    this.overlay = null;
    this.boxes = null;
  }

  private unmark(): void {
    this.marking?.stop();
    unmarkQuotes(this.marking?.marked ?? []);
    this.marking = null;
    this.markedFor = null;
  }

  /** Measures (one batch of layout reads) and renders the overlay now. */
  render(): void {
    timed('overlay', () => {
      const overlay = this.overlay;
      const state = this.state();
      if (!overlay || !state) return;
      const origin = originOf(overlay.host);
      const view = overlayViewOf(state, this.doc, origin, () => {
        this.boxes ??= measureQuotes(state.shown, origin);
        return this.boxes;
      });
      overlay.render(view, this.actions);
    });
  }

  /**
   * Draws again on the next frame, once; `measure` when the layout may have moved the passages, `afterLayout`
   * to wait until the browser has done that frame's layout (a task after the frame) instead of forcing it.
   */
  queueFrame(measure: boolean, afterLayout = false): void {
    if (measure) this.boxes = null;
    if (this.frameQueued || !this.state()) return;
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

  /** Draws again when the window or the page resizes, or a page of many passages scrolls (added once). */
  listen(): void {
    if (this.listening) return;
    this.listening = true;
    const { ctx, doc } = this;
    ctx.addEventListener(window, 'resize', () => this.queueFrame(true), { passive: true });
    ctx.addEventListener(
      window,
      'scroll',
      () => {
        // Only pages with many passages draw marks near the viewport, and need drawing again on scroll.
        const state = this.state();
        if (state?.choices.highlightsOn && state.shown.analysis.quotes.length > MARK_ALL_UP_TO)
          this.queueFrame(false);
      },
      { passive: true },
    );
    if (typeof ResizeObserver !== 'function') return;
    let lastSize = '';
    const resized = new ResizeObserver((entries) => {
      const box = entries[entries.length - 1]?.contentRect;
      const size = box ? `${box.width}x${box.height}` : '';
      // The first report is the size the page already had when we drew.
      if (lastSize !== '' && size !== lastSize) this.queueFrame(true);
      lastSize = size;
    });
    resized.observe(doc.documentElement);
    ctx.onInvalidated(() => resized.disconnect());
  }
}
