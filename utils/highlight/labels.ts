// The words the page overlay shows: a passage's badge, a claim's chain of attribution, the page's breakdown.
import type { OutletShare, PageReport, QuoteKind, QuoteReport } from '../analysis/types';
import type { Claim } from '../claims/types';
import { speakerName } from '../export/chain';
import { visibleText } from '../text/visible';

const KIND_WORDS: Record<QuoteKind, string> = {
  outlet: 'outlet',
  self: 'self-quote',
  social: 'social post',
  person: 'person',
  document: 'document',
  unknown: 'unknown source',
};

export function kindLabel(kind: QuoteKind): string {
  return KIND_WORDS[kind];
}

/** The name a passage is shown under (and coloured by); null when nothing names its source. */
export function sourceNameOf(
  quote: Pick<QuoteReport, 'kind' | 'outlet' | 'account'>,
  publication: string | null,
) {
  if (quote.kind === 'self') return quote.outlet ?? publication;
  if (quote.kind === 'social')
    return quote.outlet ?? (quote.account ? `@${quote.account.replace(/^@/, '')}` : null);
  if (quote.kind === 'unknown') return null;
  return quote.outlet;
}

/** "Reuters · outlet", "Zero Hedge · self-quote", "@nypost · social post", "Unknown source". */
export function badgeLabel(
  quote: Pick<QuoteReport, 'kind' | 'outlet' | 'account'>,
  publication: string | null,
) {
  const name = sourceNameOf(quote, publication);
  if (!name) return quote.kind === 'unknown' ? 'Unknown source' : `Unnamed ${kindLabel(quote.kind)}`;
  // Names come from the page: no direction overrides or zero-width characters in what the badge shows.
  return `${visibleText(name)} · ${kindLabel(quote.kind)}`;
}

export interface ChainLink {
  role: 'publication' | 'outlet' | 'speaker';
  name: string;
}

/** Publication ← outlet ← speaker, leaving out the links the page does not give. */
export function chainOf(claim: Pick<Claim, 'publication' | 'outlet' | 'speaker' | 'kind'>): ChainLink[] {
  const links: ChainLink[] = [];
  if (claim.publication) links.push({ role: 'publication', name: visibleText(claim.publication) });
  if (claim.outlet) links.push({ role: 'outlet', name: visibleText(claim.outlet) });
  const speaker = speakerName(claim);
  if (speaker && speaker !== claim.outlet && speaker !== claim.publication)
    links.push({ role: 'speaker', name: visibleText(speaker) });
  return links;
}

export interface SummaryEntry {
  label: string;
  /** Whole percent; the entries add up to 100. */
  percent: number;
  /** Which swatch to show: a source's name, or 'own' for the blog's own words. */
  source: string | 'own';
  kind: OutletShare['kind'];
}

/** Whole percentages that add up to 100 (largest remainder), so "41% · 27% · 32%" never sums to 99. */
export function roundShares(values: number[]): number[] {
  const total = values.reduce((a, b) => a + b, 0);
  if (total <= 0) return values.map(() => 0);
  const exact = values.map((v) => (v / total) * 100);
  const floors = exact.map(Math.floor);
  let left = 100 - floors.reduce((a, b) => a + b, 0);
  const order = exact
    .map((v, i) => [v - Math.floor(v), i] as const)
    .sort((a, b) => b[0] - a[0] || a[1] - b[1]);
  for (const [, i] of order) {
    if (left <= 0) break;
    floors[i] += 1;
    left -= 1;
  }
  return floors;
}

/**
 * The bar's summary, "Reuters 41% · BBC 27% · Zero Hedge's own words 32%": self-quotes count as the blog's
 * own words; entries in the order of the report (largest first).
 */
export function summaryOf(report: Pick<PageReport, 'breakdown' | 'publication'>): SummaryEntry[] {
  const ownLabel = report.publication
    ? `${visibleText(report.publication)}'s own words`
    : "The author's own words";
  type Merged = { label: string; chars: number; source: string; kind: OutletShare['kind'] };
  const merged: Merged[] = [];
  let own: Merged | null = null;
  for (const share of report.breakdown as OutletShare[]) {
    if (share.kind === 'commentary' || share.kind === 'self') {
      if (!own) {
        own = { label: ownLabel, chars: 0, source: 'own', kind: 'commentary' };
        merged.push(own);
      }
      own.chars += share.chars;
    } else {
      merged.push({
        label: visibleText(share.source),
        chars: share.chars,
        source: share.source,
        kind: share.kind,
      });
    }
  }
  const percents = roundShares(merged.map((m) => m.chars));
  return merged
    .map((m, i) => ({ ...m, percent: percents[i] }))
    .sort((a, b) => b.chars - a.chars)
    .map(({ label, percent, source, kind }) => ({ label, percent, source, kind }));
}

export function summaryText(entries: SummaryEntry[]): string {
  return entries.map((e) => `${e.label} ${e.percent}%`).join(' · ');
}
