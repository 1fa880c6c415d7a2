// What the session is handed to show: each analysis it asks for (the first look's early round trip, or a new
// one when the page changed) taken in the order asked, an answer overtaken by a newer one already shown
// dropped, and a failure said once in the console. Ends with the lifetime: a trip in flight stops, and its
// answer is never handed on.
import type { PageAnalysis } from '../utils/analysis/types';
import type { PageAnswer } from '../utils/round-trip/channel/port';
import { type EarlyTrip, type RoundTrip, roundTrip } from '../utils/round-trip/page/trip';
import type { Lifetime } from './lifetime';
import { pageLink } from './page-link';
import { timed } from './timing';

/** An aggregated post's analysis, on the page's own nodes, with the rest of the background's answer. */
export interface Received {
  url: string;
  analysis: PageAnalysis;
  answer: PageAnswer;
}

export type Trip = (root: Element, url: string, signal: AbortSignal) => Promise<RoundTrip>;

/** The cheap look (utils/highlight/precheck.ts: mayHoldQuotes), handed over by the first look, which carries it on
 * every page: the session's module need not carry it (and build its expressions) a second time. */
export type CheapLook = (doc: Document) => boolean;

export class AnalysisReceiver {
  private generation = 0;
  /** The generation of the analysis handed on (or found not to be a post) last. */
  private shownGeneration = 0;
  /** The last failure said in the console, so a page that keeps failing says it once. */
  private lastProblem: string | null = null;

  constructor(
    private readonly ctx: Lifetime,
    private readonly doc: Document,
    private readonly mayHoldQuotes: CheapLook,
    /** An aggregated post's analysis, or null: nothing to show (no quotations, no post, a page too large). */
    private readonly receive: (received: Received | null) => void,
    private readonly trip: Trip = (root, url, signal) => roundTrip(root, url, signal, pageLink),
  ) {}

  /** `early`: the round trip the first look started (the cheap look was just taken then). */
  async analyse(early: EarlyTrip | null = null): Promise<void> {
    const { ctx, doc, mayHoldQuotes } = this;
    if (ctx.isInvalid) return;
    const generation = ++this.generation;
    const url = early?.url ?? location.href;
    if (!early && !timed('precheck', () => mayHoldQuotes(doc))) {
      this.receive(null);
      return;
    }
    const root = doc.documentElement;
    if (!root) return;
    // The page is analysed where the analyser's code is warm: the page's main thread only reads itself, a
    // slice per task, and takes the answer's nodes from the list it read (utils/round-trip/page/trip.ts).
    const trip = await (early?.trip ?? this.trip(root, url, ctx.signal));
    if (ctx.isInvalid) return;
    if (!trip.ok) {
      // A page that changed while it was read is read again once its mutations settle (the observer sees them).
      if (trip.problem !== this.lastProblem) console.info('Sourcelight:', trip.problem);
      this.lastProblem = trip.problem;
      if (trip.tooLarge) this.receive(null);
      return;
    }
    // Answers arrive in the order asked; one overtaken by a newer answer already shown is dropped.
    if (generation < this.shownGeneration) return;
    this.lastProblem = null;
    this.shownGeneration = generation;
    this.receive(
      trip.analysis.report.aggregated ? { url, analysis: trip.analysis, answer: trip.answer } : null,
    );
  }
}
