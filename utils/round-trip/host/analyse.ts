// The analyser's host's side of the round trip: the page a content script read (channel/format.ts) rebuilt
// into a copy where the analyser's code is already warm (Chrome's offscreen document, Firefox's background
// page), analysed, and its claims extracted. Pure but for the inert document it is given; the answer is plain
// JSON naming the copy's nodes by number, which the page fastens back onto its own (page/revive.ts).
import { analyzePage } from '../../analysis/analyze';
import type { PageAnalysis, PageReport } from '../../analysis/types';
import { extractClaims, type FoundClaim } from '../../claims/extract';
import { type PageView, pageViewOf } from '../../highlight/page-view';
import { fitText } from '../../messaging/fit-page-fields';
import type { OutletLookup } from '../../outlets/types';
import type { AnalysisTransfer, PageRequest } from '../channel/format';
import { ROUND_TRIP } from '../channel/port';
import { type Numbering, numbering, PageCopy } from './copy';

/** What the page's first marks need: the analysis and what the page shows of it. */
export interface PagePassages {
  analysis: AnalysisTransfer;
  /** What the page shows of it: colours, badges, the bar's summary, the highlight stylesheet. */
  view: PageView;
}

export interface PageAnalysisAnswer extends PagePassages {
  /** Only for an aggregated page; other pages get nothing from the content script. */
  claims: FoundClaim[];
}

/** The analysis in two stages: the passages at once, the claims when asked (the page's marks come first). */
export interface StagedAnalysis {
  passages: PagePassages;
  /** The claims of an aggregated page, none for another; extracted on the first call only. */
  claims(): FoundClaim[];
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

const numberOf = (numbering: Numbering, node: Node): number => numbering(node) ?? -1;

/**
 * The analysis as plain JSON, for the page whose copy it was made on. Throws should the article's text not be
 * its text nodes' text, concatenated: the page puts it together that way from what it read.
 */
export function describeAnalysis(analysis: PageAnalysis, numbering: Numbering): AnalysisTransfer {
  const text = analysis.articleText;
  if (!concatenated(text)) throw new Error("The article's text is not its text nodes' text.");
  return {
    report: analysis.report,
    article: analysis.article ? numberOf(numbering, analysis.article) : null,
    nodes: text.nodes.map((node) => numberOf(numbering, node)),
    starts: text.starts.slice(),
    placements: analysis.quotes.map((quote) => ({
      spans: quote.spans,
      leadInMention: quote.leadInMention,
      elements: quote.elements.map((el) => numberOf(numbering, el)),
    })),
  };
}

/** Whether the article's text is its nodes' text, one after the other, each where `starts` says. */
function concatenated({ text, nodes, starts }: PageAnalysis['articleText']): boolean {
  let length = 0;
  for (let i = 0; i < nodes.length; i++) {
    if (starts[i] !== length) return false;
    length += nodes[i].data.length;
  }
  return length === text.length;
}

/** The report with each passage's text and continuation cut to what the round trip carries. */
function withPassageTextsCut(report: PageReport): PageReport {
  const max = ROUND_TRIP.passageTextKept;
  const cut = (text: string) => fitText(text, max);
  if (!report.quotes.some((q) => q.text.length > max || (q.continuation?.length ?? 0) > max)) return report;
  return {
    ...report,
    quotes: report.quotes.map((q) => ({
      ...q,
      text: cut(q.text),
      continuation: q.continuation === null ? null : cut(q.continuation),
    })),
  };
}

export function analyseInStages(
  inert: () => Document,
  { url, parts }: PageRequest,
  outlets: OutletLookup,
): StagedAnalysis {
  const copy = copyOf(inert(), parts);
  const analysis = analyzePage(copy.doc, { url, outlets });
  const described = describeAnalysis(analysis, numbering(copy.nodes));
  let claims: FoundClaim[] | null = null;
  return {
    passages: {
      analysis: { ...described, report: withPassageTextsCut(described.report) },
      view: pageViewOf(analysis),
    },
    claims: () => {
      claims ??= analysis.report.aggregated ? extractClaims(analysis) : [];
      return claims;
    },
  };
}

/** Both stages at once (tools and tests). */
export function analyseCopy(
  inert: () => Document,
  request: PageRequest,
  outlets: OutletLookup,
): PageAnalysisAnswer {
  const staged = analyseInStages(inert, request, outlets);
  return { ...staged.passages, claims: staged.claims() };
}
