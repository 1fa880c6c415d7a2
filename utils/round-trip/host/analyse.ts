// The analysis a content script asks for: the page it read (page-tokens.ts) rebuilt into a copy where the
// analyser's code is already warm (Chrome's offscreen document, Firefox's background page), analysed, and its
// claims extracted. Pure but for the inert document it is given; the answer is plain JSON the page fastens
// back onto its own nodes (utils/round-trip/page/revive.ts).
import { analyzePage } from '../../analysis/analyze';
import type { PageReport } from '../../analysis/types';
import { extractClaims, type FoundClaim } from '../../claims/extract';
import { type PageView, pageViewOf } from '../../highlight/page-view';
import type { OutletLookup } from '../../outlets/types';
import { type AnalysisTransfer, describeAnalysis } from '../page/revive';
import { numbering, PageCopy } from './copy';

/** The page as the content script read it: its address, and its tokens as JSON, a slice per string. */
export interface PageRequest {
  url: string;
  parts: string[];
}

export interface PageAnalysisAnswer {
  analysis: AnalysisTransfer;
  /** What the page shows of it: colours, badges, the bar's summary, the highlight stylesheet. */
  view: PageView;
  /** Only for an aggregated page; other pages get nothing from the content script. */
  claims: FoundClaim[];
}

/** An answer that is a report alone: no article, text, passages or claims (a page not analysed). */
export function reportOnly(report: PageReport): PageAnalysisAnswer {
  return {
    analysis: { report, article: null, text: '', nodes: [], starts: [], placements: [] },
    view: { quotes: [], summary: [], stylesheet: '' },
    claims: [],
  };
}

/** Rebuilds the page in `inert` (a document with no browsing context); throws MalformedPage on bad input. */
export function copyOf(inert: Document, parts: readonly string[]): PageCopy {
  const copy = new PageCopy(inert);
  for (const part of parts) {
    let tokens: unknown;
    try {
      tokens = JSON.parse(part);
    } catch {
      tokens = null;
    }
    copy.add(tokens);
  }
  copy.finish();
  return copy;
}

export function analyseCopy(
  inert: () => Document,
  { url, parts }: PageRequest,
  outlets: OutletLookup,
): PageAnalysisAnswer {
  const copy = copyOf(inert(), parts);
  const analysis = analyzePage(copy.doc, { url, outlets });
  return {
    analysis: describeAnalysis(analysis, numbering(copy.nodes)),
    view: pageViewOf(analysis),
    claims: analysis.report.aggregated ? extractClaims(analysis) : [],
  };
}
