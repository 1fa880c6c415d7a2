// Bundled for a page's own script world by scripts/lib/live-marks.ts (tests and `npm run fidelity` only, never
// shipped): analyses the live page as it is now, and sets the analysis beside the marks the extension left.
import { analyzePage } from '../../utils/analysis/analyze';
import { extractClaims } from '../../utils/claims/extract';
import { KIND_ATTRIBUTE, OUTLET_ATTRIBUTE } from '../../utils/highlight/marks';
import { defaultOutlets } from '../../utils/outlets/default-lookup';

export interface MarkedPassage {
  kind: string;
  outlet: string | null;
  /** Its elements' tag names, and what the extension marked each with (null: not marked). */
  elements: Array<{ tag: string; outlet: string | null; kind: string | null }>;
}

export interface LiveMarks {
  aggregated: boolean;
  passages: MarkedPassage[];
  /** Marked elements that are no passage's. */
  strays: string[];
  /** Every passage element is marked with its passage's outlet and kind, and nothing else is marked. */
  agree: boolean;
}

export function compareMarks(): LiveMarks {
  const analysis = analyzePage(document, { url: location.href, outlets: defaultOutlets });
  const aggregated = analysis.report.aggregated;
  const quotes = aggregated ? analysis.quotes : [];
  const expected = new Set<Element>();
  let agree = true;
  const passages = quotes.map((quote) => ({
    kind: quote.kind,
    outlet: quote.outlet,
    elements: quote.elements.map((el) => {
      expected.add(el);
      const outlet = el.getAttribute(OUTLET_ATTRIBUTE);
      const kind = el.getAttribute(KIND_ATTRIBUTE);
      if (outlet !== (quote.outlet ?? '') || kind !== quote.kind) agree = false;
      return { tag: el.tagName, outlet, kind };
    }),
  }));
  const strays = [...document.querySelectorAll(`[${OUTLET_ATTRIBUTE}]`)]
    .filter((el) => !expected.has(el))
    .map((el) => `${el.tagName}:${el.getAttribute(OUTLET_ATTRIBUTE)}`);
  if (strays.length > 0) agree = false;
  return { aggregated, passages, strays, agree };
}

/** The other design, timed: the analysis and the claims made in the page itself, on its live DOM. */
export function timeAnalysis(): { analyseMs: number; claimsMs: number; passages: number } {
  const start = performance.now();
  const analysis = analyzePage(document, { url: location.href, outlets: defaultOutlets });
  const analysed = performance.now();
  if (analysis.report.aggregated) extractClaims(analysis);
  return {
    analyseMs: analysed - start,
    claimsMs: performance.now() - analysed,
    passages: analysis.quotes.length,
  };
}
