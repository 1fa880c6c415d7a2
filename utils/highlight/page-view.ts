// What the page shows of one analysis, worked out once where the analysis is made (not on the page's main
// thread, where every function runs cold): each passage's colour and badge, the bar's summary, and the
// ::highlight() stylesheet. Plain JSON; the content script only applies it.
import type { PageAnalysis } from '../analysis/types';
import type { SwatchStyle } from './colours';
import type { SwatchKey } from './css-highlights';
import { highlightStylesheet } from './highlight-css';
import { badgeLabel, type SummaryEntry, summaryOf } from './labels';
import { marksText } from './marks';
import { pageColours, swatchOf } from './page-colours';

export interface QuoteLook {
  key: SwatchKey;
  swatch: SwatchStyle;
  /** "Reuters · outlet". */
  label: string;
}

export interface PageView {
  /** One per passage, in the analysis' order. */
  quotes: QuoteLook[];
  /** The bar's summary, largest share first, each with its swatch. */
  summary: Array<SummaryEntry & { swatch: SwatchStyle }>;
  /** The claim styles plus the mention and inline-quotation styles of this page's sources. */
  stylesheet: string;
}

export function pageViewOf(analysis: Pick<PageAnalysis, 'report' | 'quotes'>): PageView {
  const { report, quotes } = analysis;
  const colours = pageColours(quotes);
  const looks = quotes.map((quote): QuoteLook => {
    const key = colours.quote(quote);
    return { key, swatch: swatchOf(key), label: badgeLabel(quote, report.publication) };
  });
  const painted = quotes.flatMap((quote, i) =>
    quote.leadInMention || marksText(quote) ? [looks[i].key] : [],
  );
  return {
    quotes: looks,
    summary: summaryOf(report).map((entry) => ({ ...entry, swatch: swatchOf(colours.entry(entry)) })),
    stylesheet: highlightStylesheet(painted),
  };
}
