// The only marks Sourcelight leaves on page elements: while highlights are on, each recognised quoted element
// carries data-sourcelight-outlet (canonical name, or empty) and data-sourcelight-kind. Both go when off.
import type { QuoteForm, QuoteKind } from '../analysis/types';

export const OUTLET_ATTRIBUTE = 'data-sourcelight-outlet';
export const KIND_ATTRIBUTE = 'data-sourcelight-kind';

export interface MarkedQuote {
  kind: QuoteKind;
  outlet: string | null;
  elements: readonly Element[];
}

/** Marks every element of every passage; returns the elements marked, for unmarkQuotes. */
export function markQuotes(quotes: readonly MarkedQuote[]): Element[] {
  const marked: Element[] = [];
  for (const quote of quotes) {
    for (const el of quote.elements) {
      el.setAttribute(OUTLET_ATTRIBUTE, quote.outlet ?? '');
      el.setAttribute(KIND_ATTRIBUTE, quote.kind);
      marked.push(el);
    }
  }
  return marked;
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
