// The only marks Sourcelight leaves on page elements: while highlights are on, each recognised quoted element
// carries data-sourcelight-outlet (canonical name, or empty) and data-sourcelight-kind. Both go when off.
import type { QuoteForm, QuoteKind } from '../analysis/types';
import { inChunks } from './chunks';

export const OUTLET_ATTRIBUTE = 'data-sourcelight-outlet';
export const KIND_ATTRIBUTE = 'data-sourcelight-kind';

export interface MarkedQuote {
  kind: QuoteKind;
  outlet: string | null;
  elements: readonly Element[];
}

function mark(quote: MarkedQuote, marked: Element[]): void {
  for (const el of quote.elements) {
    el.setAttribute(OUTLET_ATTRIBUTE, quote.outlet ?? '');
    el.setAttribute(KIND_ATTRIBUTE, quote.kind);
    marked.push(el);
  }
}

/** Passages being marked a slice at a time. */
export interface QuoteMarking {
  /** The elements marked so far (for unmarkQuotes): it grows as later slices run. */
  readonly marked: readonly Element[];
  /** Marks no more: slices not run yet never run. */
  stop(): void;
}

/**
 * Marks every element of every passage, `size` passages at a time, the first slice now and each next one in a task `schedule` queues: on a
 * page of thousands of passages, setting their attributes in one task made it long (20,000 attributes, 10 to
 * 15 ms of thread time on the 10,000 blockquotes bench page).
 */
export function markQuotes(
  quotes: readonly MarkedQuote[],
  options: { size: number; schedule(next: () => void): void },
): QuoteMarking {
  const marked: Element[] = [];
  let stopped = false;
  inChunks(quotes, (quote) => mark(quote, marked), { ...options, cancelled: () => stopped });
  return {
    marked,
    stop: () => {
      stopped = true;
    },
  };
}

/** A passage marked by painting its words rather than its elements: an inline quotation, or lines of a
 * <br>-separated run whose element also holds other text. */
export function marksText(quote: { form: QuoteForm; elements: readonly Element[] }): boolean {
  return quote.form === 'inline' || quote.elements.length === 0;
}

export function unmarkQuotes(elements: Iterable<Element>): void {
  for (const el of elements) {
    el.removeAttribute(OUTLET_ATTRIBUTE);
    el.removeAttribute(KIND_ATTRIBUTE);
  }
}
