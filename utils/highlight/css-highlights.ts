// Claims, lead-in mentions and inline quotations are painted with the CSS Custom Highlight API: ranges over the
// page's own text nodes, styled by ::highlight() rules, so the page's elements are never touched.
import type { ClaimStyle } from './buckets';

export const CLAIM_HIGHLIGHTS: Record<ClaimStyle, string> = {
  low: 'sl-claim-low',
  mid: 'sl-claim-mid',
  high: 'sl-claim-high',
  commentary: 'sl-claim-commentary',
};
export const SAVED_HIGHLIGHT = 'sl-claim-saved';
export const ACTIVE_HIGHLIGHT = 'sl-claim-active';
export const REVEAL_HIGHLIGHT = 'sl-reveal';

/** Per-source highlights: a palette index, or the neutral 'own' / 'unknown'. */
export type SwatchKey = number | 'own' | 'unknown';
export const mentionHighlight = (key: SwatchKey) => `sl-mention-${key}`;
export const inlineHighlight = (key: SwatchKey) => `sl-inline-${key}`;

/** Which highlight paints on top where two overlap. */
export function priorityOf(name: string): number {
  if (name === REVEAL_HIGHLIGHT) return 6;
  if (name === ACTIVE_HIGHLIGHT) return 5;
  if (name.startsWith('sl-mention-')) return 4;
  if (name === SAVED_HIGHLIGHT) return 3;
  if (name.startsWith('sl-claim-')) return 2;
  return 1;
}

/** The parts of the API used here, so tests can pass a stand-in registry. */
export interface HighlightApi {
  registry: { set(name: string, highlight: never): unknown; delete(name: string): boolean };
  create(ranges: AbstractRange[]): { priority: number };
}

/** The page's Highlight API, or null in browsers without it (they still get block marks, badges and bar). */
export function pageHighlightApi(scope: object): HighlightApi | null {
  const css = (scope as { CSS?: { highlights?: HighlightApi['registry'] } }).CSS;
  const Ctor = (scope as { Highlight?: new (...ranges: AbstractRange[]) => { priority: number } }).Highlight;
  if (!css?.highlights || typeof Ctor !== 'function') return null;
  return { registry: css.highlights, create: (ranges) => new Ctor(...ranges) };
}

/**
 * Registers `groups` (name → ranges) as highlights; names registered before and absent now are removed.
 * Returns the names now registered, to pass back next time (and to clearHighlights).
 */
export function applyHighlights(
  api: HighlightApi,
  groups: ReadonlyMap<string, readonly AbstractRange[]>,
  previous: ReadonlySet<string> = new Set(),
): Set<string> {
  const now = new Set<string>();
  for (const [name, ranges] of groups) {
    if (ranges.length === 0) continue;
    const highlight = api.create([...ranges]);
    highlight.priority = priorityOf(name);
    api.registry.set(name, highlight as never);
    now.add(name);
  }
  for (const name of previous) if (!now.has(name)) api.registry.delete(name);
  return now;
}

export function clearHighlights(api: HighlightApi, names: Iterable<string>): void {
  for (const name of names) api.registry.delete(name);
}
