// The analysis a content script asks for: the page's markup, parsed into a copy where the analyser's code is
// already warm (Chrome's offscreen document, Firefox's background page), analysed, and its claims extracted.
// Pure but for the parser it is given; the answer is plain JSON the page fastens back onto its live DOM
// (utils/analysis/transfer.ts).
import { analyzePage } from '../analysis/analyze';
import { type AnalysisTransfer, describeAnalysis } from '../analysis/transfer';
import type { PageReport } from '../analysis/types';
import { extractClaims, type FoundClaim } from '../claims/extract';
import { type PageView, pageViewOf } from '../highlight/page-view';
import type { OutletLookup } from '../outlets/types';

/** The markup of a page, as the content script read it. */
export interface MarkupRequest {
  url: string;
  html: string;
}

export interface MarkupAnalysis {
  analysis: AnalysisTransfer;
  /** What the page shows of it: colours, badges, the bar's summary, the highlight stylesheet. */
  view: PageView;
  /** Only for an aggregated page; other pages get nothing from the content script. */
  claims: FoundClaim[];
}

/** An answer that is a report alone: no article, text, passages or claims (a page not analysed). */
export function reportOnly(report: PageReport): MarkupAnalysis {
  return {
    analysis: { report, article: null, text: '', skipped: [], placements: [] },
    view: { quotes: [], summary: [], stylesheet: '' },
    claims: [],
  };
}

export function analyseMarkup(
  parse: (html: string) => Document,
  { url, html }: MarkupRequest,
  outlets: OutletLookup,
): MarkupAnalysis {
  const analysis = analyzePage(parse(html), { url, outlets });
  return {
    analysis: describeAnalysis(analysis),
    view: pageViewOf(analysis),
    claims: analysis.report.aggregated ? extractClaims(analysis) : [],
  };
}
