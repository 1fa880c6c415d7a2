// Which colour each passage and each summary entry of one page gets: sources by their name (distinct on the
// page, see assignColours), the blog's own words and unnamed sources in neutral greys.
import type { OutletShare, QuoteReport } from '../analysis/types';
import { assignColours, neutralSwatch, type SwatchStyle, swatch } from './colours';
import type { SwatchKey } from './css-highlights';
import type { SummaryEntry } from './labels';

/** The name a passage is coloured by: its outlet, or a social post's account. */
export function colourNameOf(quote: Pick<QuoteReport, 'kind' | 'outlet' | 'account'>): string | null {
  if (quote.kind === 'self' || quote.kind === 'unknown') return null;
  return quote.outlet ?? quote.account ?? null;
}

type QuoteSource = Pick<QuoteReport, 'kind' | 'outlet' | 'account'>;
/** A source as the report's breakdown or the bar's summary names it (`'own'` or kind 'commentary' / 'self': the
 * publication's own words). */
export type SourceRef = Pick<OutletShare, 'source' | 'kind'> | Pick<SummaryEntry, 'source' | 'kind'>;

export interface PageColours {
  quote(quote: QuoteSource): SwatchKey;
  entry(entry: SourceRef): SwatchKey;
}

export function pageColours(quotes: readonly QuoteSource[]): PageColours {
  const names = quotes.map(colourNameOf).filter((n): n is string => n !== null);
  const indices = assignColours(names);
  const byName = (name: string | null): SwatchKey =>
    name ? (indices.get(name.trim()) ?? 'unknown') : 'unknown';
  return {
    quote: (q) => (q.kind === 'self' ? 'own' : byName(colourNameOf(q))),
    entry: (e) =>
      e.source === 'own' || e.kind === 'commentary' || e.kind === 'self'
        ? 'own'
        : e.kind === 'unknown'
          ? 'unknown'
          : byName(e.source),
  };
}

export function swatchOf(key: SwatchKey): SwatchStyle {
  return typeof key === 'number' ? swatch(key) : neutralSwatch(key);
}

/**
 * The one colour of a source, wherever it is shown: the page's marks and bar, and the popup's per-source rows.
 * `source`: a breakdown or summary entry (the publication's own words one grey, unnamed sources another);
 * `quotes`: the page's passages (`report.quotes`), whose sources share the palette out so that no two sources
 * of one page look alike. An outlet keeps its hashed colour on every page unless another source of the same
 * page took it first (see assignColours).
 */
export function sourceSwatch(source: SourceRef, quotes: readonly QuoteSource[]): SwatchStyle {
  return swatchOf(pageColours(quotes).entry(source));
}
