// What the provenance bar shows, from the session's state: the page's summary, the switches, the claims the
// reader asked for and where the open card is among them, and a legend of exactly the marks on the page now.
import type { BarView, LineView } from '../components/page/view';
import type { FoundQuote } from '../utils/analysis/types';
import type { FoundClaim } from '../utils/claims/found';
import { visibleClaims } from '../utils/highlight/buckets';
import { type ClaimsShown, TOP_CLAIMS } from '../utils/highlight/claim-choice';
import type { SwatchKey } from '../utils/highlight/css-highlights';
import { legendOf } from '../utils/highlight/legend';
import type { PageView } from '../utils/highlight/page-view';

/** Inline quotations and the blog's own words get a dashed rule: the block is not wholly someone else's. */
export function isDashed(quote: Pick<FoundQuote, 'form'>, key: SwatchKey): boolean {
  return quote.form === 'inline' || key === 'own';
}

export interface BarState {
  quotes: readonly Pick<FoundQuote, 'form' | 'leadInMention'>[];
  view: Pick<PageView, 'quotes' | 'summary'>;
  /** Every claim of the page, and those painted now (in page order). */
  claims: readonly FoundClaim[];
  painted: readonly FoundClaim[];
  openClaim: FoundClaim | null;
  lines: readonly LineView[];
  highlightsOn: boolean;
  showCommentary: boolean;
  minScore: number;
  claimsShown: ClaimsShown;
  collapsed: boolean;
  claimHighlights: boolean;
  pageBottom: number;
}

export function barViewOf(state: BarState): BarView {
  const { painted, highlightsOn: on } = state;
  const at = state.openClaim ? painted.indexOf(state.openClaim) : -1;
  const all = visibleClaims(state.claims, { minScore: state.minScore, showCommentary: state.showCommentary });
  const dashed = state.view.quotes.map((look, i) => isDashed(state.quotes[i] ?? {}, look.key));
  return {
    summary: state.view.summary,
    collapsed: state.collapsed,
    highlightsOn: on,
    showCommentary: state.showCommentary,
    claimHighlights: state.claimHighlights,
    claimsShown: state.claimsShown,
    topCount: Math.min(TOP_CLAIMS, all.length),
    allCount: all.length,
    claimCount: painted.length,
    claimPosition: at >= 0 ? at + 1 : null,
    legend: legendOf({
      passage: on && dashed.some((d) => !d),
      dashed: on && dashed.some((d) => d),
      mention: on && state.quotes.some((quote) => quote.leadInMention),
      claim: on && painted.some((claim) => claim.kind !== 'commentary'),
      commentary: on && painted.some((claim) => claim.kind === 'commentary'),
      saved: state.lines.some((line) => line.kind === 'saved' && line.boxes.length > 0),
    }),
    pageBottom: state.pageBottom,
  };
}
