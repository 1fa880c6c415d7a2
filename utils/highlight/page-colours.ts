// Which colour each passage and each summary entry of one page gets: sources by their name (distinct on the
// page, see assignColours), the blog's own words and unnamed sources in neutral greys.
import type { QuoteReport } from '../analysis/types';
import { assignColours, neutralSwatch, type SwatchStyle, swatch } from './colours';
import type { SwatchKey } from './css-highlights';
import type { SummaryEntry } from './labels';

/** The name a passage is coloured by: its outlet, or a social post's account. */
export function colourNameOf(quote: Pick<QuoteReport, 'kind' | 'outlet' | 'account'>): string | null {
  if (quote.kind === 'self' || quote.kind === 'unknown') return null;
  return quote.outlet ?? quote.account ?? null;
}

export interface PageColours {
  quote(quote: Pick<QuoteReport, 'kind' | 'outlet' | 'account'>): SwatchKey;
  entry(entry: Pick<SummaryEntry, 'source' | 'kind'>): SwatchKey;
}

export function pageColours(
  quotes: ReadonlyArray<Pick<QuoteReport, 'kind' | 'outlet' | 'account'>>,
): PageColours {
  const names = quotes.map(colourNameOf).filter((n): n is string => n !== null);
  const indices = assignColours(names);
  const byName = (name: string | null): SwatchKey =>
    name ? (indices.get(name.trim()) ?? 'unknown') : 'unknown';
  return {
    quote: (q) => (q.kind === 'self' ? 'own' : byName(colourNameOf(q))),
    entry: (e) => (e.source === 'own' ? 'own' : e.kind === 'unknown' ? 'unknown' : byName(e.source)),
  };
}

export function swatchOf(key: SwatchKey): SwatchStyle {
  return typeof key === 'number' ? swatch(key) : neutralSwatch(key);
}
