// Paints claims, lead-in mentions and inline quotations with the CSS Custom Highlight API, and keeps the one
// <style data-sourcelight> that styles them. Thousands of claims are painted a slice per task. The passages'
// highlights change only with the analysis: painting the same passages again repaints the claims alone, and a
// painter can take over what another painted (the first look's first marks: first-marks.ts).
import type { ArticleText, FoundQuote, Span } from '../utils/analysis/types';
import type { FoundClaim } from '../utils/claims/found';
import { claimStyleOf } from '../utils/highlight/buckets';
import { inChunks } from '../utils/highlight/chunks';
import {
  CLAIM_HIGHLIGHTS,
  type HighlightApi,
  HighlightSet,
  inlineHighlight,
  isClaimHighlight,
  mentionHighlight,
  type SwatchKey,
} from '../utils/highlight/css-highlights';
import { marksText } from '../utils/highlight/marks';
import { ROUND_TRIP } from '../utils/round-trip/channel/port';
import { staticRangeFor } from './static-range';
import { timed } from './timing';

export interface PaintInput {
  text: ArticleText;
  quotes: readonly FoundQuote[];
  /** Each passage's colour key, in the same order (utils/highlight/page-view.ts). */
  keys: readonly SwatchKey[];
  /** The page's ::highlight() rules. */
  stylesheet: string;
  claims: readonly FoundClaim[];
}

export interface Scheduler {
  setTimeout(fn: () => void, ms: number): number;
}

export class HighlightPainter {
  private set: HighlightSet | null;
  private styleEl: HTMLStyleElement | null = null;
  private job = 0;
  /** The passages whose highlights are all painted (the analysis' list), or null. */
  private passagesOf: readonly FoundQuote[] | null = null;

  constructor(
    private readonly doc: Document,
    api: HighlightApi | null,
    private readonly scheduler: Scheduler,
  ) {
    this.set = api ? new HighlightSet(api) : null;
  }

  /** Whether claims can be painted at all (the Highlight API exists). */
  get available(): boolean {
    return this.set !== null;
  }

  isOwn(node: Node): boolean {
    return node === this.styleEl;
  }

  paint(input: PaintInput): void {
    const job = ++this.job;
    this.ensureStyle(input.stylesheet);
    const set = this.set;
    if (!set) return;
    const kept = this.passagesOf === input.quotes;
    set.reset(kept ? set.names.filter((name) => !isClaimHighlight(name)) : []);
    if (!kept) this.passagesOf = null;
    // Passages (their lead-in's outlet name, inline quotations' words) and claims, in one list painted a
    // slice per task: a page of 3,000 passages has as many mentions as claims.
    const passages = kept ? [] : input.quotes;
    const jobs: Array<FoundQuote | FoundClaim> = [...passages, ...input.claims];
    const quoteCount = passages.length;
    inChunks(
      jobs,
      (item, i) => {
        if (i < quoteCount) {
          const quote = item as FoundQuote;
          const key = input.keys[i] ?? 'unknown';
          if (quote.leadInMention) this.addSpan(set, mentionHighlight(key), input.text, quote.leadInMention);
          if (marksText(quote))
            for (const span of quote.spans) this.addSpan(set, inlineHighlight(key), input.text, span);
          return;
        }
        const claim = item as FoundClaim;
        const range = staticRangeFor(input.text, claim.span);
        if (!range) return;
        set.add(CLAIM_HIGHLIGHTS[claimStyleOf(claim)], range);
      },
      {
        size: ROUND_TRIP.paintedPerTask,
        cancelled: () => job !== this.job,
        // Later slices are our own tasks: time them like the rest of our work.
        schedule: (next) => this.scheduler.setTimeout(() => timed('highlights', next), 0),
      },
      () => {
        this.passagesOf = input.quotes;
      },
    );
  }

  /** Takes over what `from` painted, its <style> included, as it is; `from` is left painting nothing. */
  takeOver(from: HighlightPainter): void {
    this.clear();
    from.job++;
    this.set = from.set ?? this.set;
    this.styleEl = from.styleEl;
    this.passagesOf = from.passagesOf;
    from.set = null;
    from.styleEl = null;
    from.passagesOf = null;
  }

  private addSpan(set: HighlightSet, name: string, text: ArticleText, span: Span): void {
    const range = staticRangeFor(text, span);
    if (range) set.add(name, range);
  }

  /** Puts back what the page took away: highlights it deleted from the registry, our <style>. */
  restore(): void {
    this.set?.restore();
    if (this.styleEl && !this.styleEl.isConnected)
      (this.doc.head ?? this.doc.documentElement).append(this.styleEl);
  }

  /** Removes every highlight and our <style>. */
  clear(): void {
    this.job++;
    this.passagesOf = null;
    this.set?.reset();
    this.styleEl?.remove();
    this.styleEl = null;
  }

  /** Our <style>, its rules set before it goes into the page: the page's styles change once, not twice. */
  private ensureStyle(css: string): void {
    if (!this.styleEl) {
      this.styleEl = this.doc.createElement('style');
      this.styleEl.setAttribute('data-sourcelight', '');
      this.styleEl.textContent = css;
      (this.doc.head ?? this.doc.documentElement).append(this.styleEl);
    }
    if (this.styleEl.textContent !== css) this.styleEl.textContent = css;
  }
}
