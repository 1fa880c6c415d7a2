// What the popup lists for the current page: one row per source (the publication's commentary and its
// self-quotes are one row, "Zero Hedge's own words", as in the page's bar), each in its colour on the page,
// and the page's claims grouped under the same names and colours.
import type { PageReport } from '../../utils/analysis/types';
import type { Claim } from '../../utils/claims/types';
import { type SummaryEntry, summaryOf } from '../../utils/highlight/labels';
import { visibleText } from '../../utils/text/visible';
import { sourceColours } from './source-colour';

export interface SourceRow extends SummaryEntry {
  colour: string;
}

export function sourceRows(report: Pick<PageReport, 'breakdown' | 'publication' | 'quotes'>): SourceRow[] {
  const colourOf = sourceColours(report);
  return summaryOf(report).map((entry) => ({ ...entry, colour: colourOf(entry) }));
}

export interface ClaimGroup<T> {
  label: string;
  colour: string;
  claims: T[];
}

type Grouped = Pick<Claim, 'kind' | 'outlet' | 'publication'>;

/** The name a claim is listed under: its outlet, the publication's own words, or an unnamed source. */
export function claimSourceLabel(claim: Grouped): string {
  if (claim.outlet) return visibleText(claim.outlet);
  if (claim.kind === 'commentary')
    return claim.publication ? `${visibleText(claim.publication)}'s own words` : "The author's own words";
  return 'Unnamed source';
}

/**
 * The page's claims by source, coloured as on the page: the outlets' first (in the order each first appears),
 * then unnamed sources, then the publication's own words, so a reader looking for who said what does not
 * walk through the blogger's sentences first.
 */
export function groupClaims<T extends Grouped>(
  claims: T[],
  report: Pick<PageReport, 'quotes'>,
): Array<ClaimGroup<T>> {
  const colourOf = sourceColours(report);
  const groups = new Map<string, ClaimGroup<T> & { rank: number }>();
  for (const claim of claims) {
    const label = claimSourceLabel(claim);
    let group = groups.get(label);
    if (!group) {
      const source = claim.outlet ?? (claim.kind === 'commentary' ? 'own' : '');
      const colour = colourOf({ source, kind: claim.outlet ? 'outlet' : 'unknown' });
      group = { label, colour, claims: [], rank: claim.outlet ? 0 : claim.kind === 'commentary' ? 2 : 1 };
      groups.set(label, group);
    }
    group.claims.push(claim);
  }
  // A stable sort: within a rank, the order of first appearance.
  return [...groups.values()].sort((a, b) => a.rank - b.rank).map(({ rank: _, ...group }) => group);
}
