// Room at the end of the page for the bar, so the reader can always scroll the page's last lines out from under
// it. The bar is fixed to the viewport's bottom; without room, it would cover the end of the page for good. A
// spacer in our own shadow root rather than padding on the page's <html> or <body>: the page's elements and
// styles stay exactly as its author wrote them, and an absolutely placed box in our host (itself placed at the
// document's origin) extends the document's scrollable area like any content. scroll-padding would not do: it
// moves where scrolling to an element stops, not how far the page scrolls.
import type { Box } from './view';

/** Room left between the page's end and the bar's top, and under the bar. */
const GAP = 12;

export class BarSpace {
  readonly element: HTMLElement;
  private pageBottom = 0;
  private barHeight = 0;
  private readonly observer: ResizeObserver | null;

  constructor(doc: Document, bar: HTMLElement) {
    this.element = doc.createElement('div');
    this.element.className = 'bar-space';
    this.element.setAttribute('aria-hidden', 'true');
    // The bar's height changes with the window's width (it wraps) and its folding; observed, never forced.
    const View = doc.defaultView?.ResizeObserver;
    this.observer = View
      ? new View((entries) => {
          const box = entries[entries.length - 1]?.borderBoxSize?.[0];
          this.barHeight = box ? box.blockSize : (entries[entries.length - 1]?.contentRect.height ?? 0);
          this.apply();
        })
      : null;
    this.observer?.observe(bar);
  }

  /** `pageBottom`: where the page's own content ends, in the overlay's coordinates. */
  setPageBottom(pageBottom: number): void {
    this.pageBottom = pageBottom;
    this.apply();
  }

  /** The bar's box is `bar`, in the viewport's coordinates (for the card to keep clear of). */
  static boxOf(bar: HTMLElement): Box | null {
    const r = bar.getBoundingClientRect();
    return r.width > 0 ? { top: r.top, left: r.left, width: r.width, height: r.height } : null;
  }

  private apply(): void {
    const height = this.barHeight > 0 ? this.barHeight + 2 * GAP : 0;
    this.element.style.cssText = `top:${Math.max(0, this.pageBottom)}px;height:${height}px`;
  }

  destroy(): void {
    this.observer?.disconnect();
    this.element.remove();
  }
}
