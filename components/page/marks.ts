// Each quoted passage: a side rule and a faint tint in its source's colour, and a badge naming the source.
// Drawn in the overlay over the page, never on the page's elements; the pointer passes straight through.
// Plain DOM rather than components: these are drawn on every page load and, on long pages, on scroll, and
// a first render through a virtual DOM cost several times the work itself in a page's fresh script context.
import type { LineView, QuoteView } from './view';

const RULE_GAP = 10;

/** A positioned box; its style in one declaration string (one call, not one per property). */
function block(doc: Document, className: string, style: string): HTMLDivElement {
  const el = doc.createElement('div');
  el.className = className;
  el.style.cssText = style;
  return el;
}

/** The marks of one passage: a rule (and a tint, unless dashed) per box, and a badge by the first box. */
function marksOf(doc: Document, quote: QuoteView): HTMLElement[] {
  const { colour, text, tint } = quote.swatch;
  const out: HTMLElement[] = [];
  for (const box of quote.boxes) {
    out.push(
      block(
        doc,
        quote.dashed ? 'rule dashed' : 'rule',
        `top:${box.top}px;left:${box.left - RULE_GAP}px;height:${box.height}px;background:${colour};--c:${colour}`,
      ),
    );
    if (!quote.dashed)
      out.push(
        block(
          doc,
          'tint',
          `top:${box.top}px;left:${box.left}px;width:${box.width}px;height:${box.height}px;background:${tint}`,
        ),
      );
  }
  const first = quote.boxes[0];
  if (first) {
    const badge = block(
      doc,
      'badge',
      `top:${first.top}px;left:${first.left + first.width}px;background:${colour};color:${text}`,
    );
    badge.dataset.quote = quote.id;
    badge.title = quote.label;
    badge.textContent = quote.label;
    out.push(badge);
  }
  return out;
}

/** Replaces what `layer` shows with the marks of `quotes` and the `lines` of text (saved, active, revealed). */
export function drawMarks(
  layer: HTMLElement,
  quotes: readonly QuoteView[],
  lines: readonly LineView[] = [],
): void {
  const doc = layer.ownerDocument;
  layer.replaceChildren(
    ...quotes.flatMap((quote) => marksOf(doc, quote)),
    ...lines.flatMap((line) =>
      line.boxes.map((box) =>
        block(
          doc,
          `line ${line.kind}`,
          `top:${box.top}px;left:${box.left}px;width:${box.width}px;height:${box.height}px`,
        ),
      ),
    ),
  );
}
