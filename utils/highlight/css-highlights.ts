// Claims, lead-in mentions and inline quotations are painted with the CSS Custom Highlight API: ranges over the
// page's own text nodes, styled by ::highlight() rules, so the page's elements are never touched. The page can
// read this registry (names and ranges), so it holds only what every reader of the page gets: nothing about
// what this reader saved, opened or asked to see (those are drawn in the overlay's closed shadow root).
import type { ClaimStyle } from './buckets';

export const CLAIM_HIGHLIGHTS: Record<ClaimStyle, string> = {
  low: 'sl-claim-low',
  mid: 'sl-claim-mid',
  high: 'sl-claim-high',
  commentary: 'sl-claim-commentary',
};

/** Per-source highlights: a palette index, or the neutral 'own' / 'unknown'. */
export type SwatchKey = number | 'own' | 'unknown';
export const mentionHighlight = (key: SwatchKey) => `sl-mention-${key}`;
export const inlineHighlight = (key: SwatchKey) => `sl-inline-${key}`;

/** Whether a highlight is a claims' one (the rest belong to the passages). */
export const isClaimHighlight = (name: string) => name.startsWith('sl-claim-');

/** Which highlight paints on top where two overlap. */
export function priorityOf(name: string): number {
  if (name.startsWith('sl-mention-')) return 3;
  if (isClaimHighlight(name)) return 2;
  return 1;
}

/** The parts of the API used here, so tests can pass a stand-in registry. */
export interface HighlightLike {
  priority: number;
  add(range: AbstractRange): unknown;
}

export interface HighlightApi {
  registry: {
    set(name: string, highlight: never): unknown;
    get(name: string): unknown;
    delete(name: string): boolean;
  };
  create(ranges: AbstractRange[]): HighlightLike;
}

/** The page's Highlight API, or null in browsers without it (they still get block marks, badges and bar). */
export function pageHighlightApi(scope: object): HighlightApi | null {
  const css = (scope as { CSS?: { highlights?: HighlightApi['registry'] } }).CSS;
  const Ctor = (scope as { Highlight?: new (...ranges: AbstractRange[]) => HighlightLike }).Highlight;
  if (!css?.highlights || typeof Ctor !== 'function') return null;
  return { registry: css.highlights, create: (ranges) => new Ctor(...ranges) };
}

/**
 * The highlights Sourcelight has registered, by name. Ranges can be added a batch at a time (a page with
 * thousands of claims is painted over several tasks); `reset` starts over, `clear` removes them all.
 */
export class HighlightSet {
  private readonly live = new Map<string, HighlightLike>();

  constructor(private readonly api: HighlightApi) {}

  get names(): string[] {
    return [...this.live.keys()];
  }

  /** Registers (or replaces) a highlight with these ranges. */
  set(name: string, ranges: AbstractRange[]): void {
    const highlight = this.api.create(ranges);
    highlight.priority = priorityOf(name);
    this.api.registry.set(name, highlight as never);
    this.live.set(name, highlight);
  }

  /** Adds a range to a highlight, registering it on first use. */
  add(name: string, range: AbstractRange): void {
    const highlight = this.live.get(name);
    if (highlight) highlight.add(range);
    else this.set(name, [range]);
  }

  delete(name: string): void {
    if (this.live.delete(name)) this.api.registry.delete(name);
  }

  /** Registers again any highlight of ours that someone else deleted or replaced (CSS.highlights.clear()). */
  restore(): void {
    for (const [name, highlight] of this.live)
      if (this.api.registry.get(name) !== highlight) this.api.registry.set(name, highlight as never);
  }

  /** Empties every highlight except `keep` (so a repaint starts from nothing). */
  reset(keep: readonly string[] = []): void {
    for (const name of this.names) if (!keep.includes(name)) this.delete(name);
  }

  clear(): void {
    this.reset();
  }
}
