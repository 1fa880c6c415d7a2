// The first marks, drawn by the first look itself when the page's first answer arrives before the session's
// code has loaded (begin-session.ts): the passages' block marks, the ::highlight() stylesheet and the passages'
// highlights, drawn as the session draws them (markQuotes, HighlightPainter), so that the session takes them
// over as they are (PageDrawing.adopt) and nothing is drawn twice. The overlay, the bar and the claims wait for
// the session. Only a page shown to this reader gets them: an aggregated post, highlights on for its site.

import type { PageAnalysis } from '../utils/analysis/types';
import { pageHighlightApi } from '../utils/highlight/css-highlights';
import { markQuotes, type QuoteMarking, unmarkQuotes } from '../utils/highlight/marks';
import { ROUND_TRIP } from '../utils/round-trip/channel/port';
import type { RoundTrip } from '../utils/round-trip/page/trip';
import { highlightsOnArrival } from './arrival';
import { HighlightPainter } from './highlight-painter';
import { timed } from './timing';

/** What the first marks are made of, handed to the session's drawing. */
export interface Marks {
  /** The analysis drawn (the revived one the session is handed too). */
  analysis: PageAnalysis;
  /** The passages' elements, marked a slice per task. */
  marking: QuoteMarking;
  painter: HighlightPainter;
}

export class FirstMarks {
  private constructor(private marks: Marks | null) {}

  /** Draws the first marks of the page `url`'s first round trip, or null when the page shows nothing. */
  static draw(doc: Document, url: string, trip: RoundTrip): FirstMarks | null {
    if (!trip.ok || !trip.analysis.report.aggregated || !highlightsOnArrival(trip.answer.page, url))
      return null;
    const { analysis, answer } = trip;
    return timed('highlights', () => {
      const painter = new HighlightPainter(doc, pageHighlightApi(globalThis), window);
      // Later slices are our own tasks: timed like the rest of our work.
      const marking = markQuotes(analysis.quotes, {
        size: ROUND_TRIP.markedPerTask,
        schedule: (next) => setTimeout(() => timed('highlights', next), 0),
      });
      painter.paint({
        text: analysis.articleText,
        quotes: analysis.quotes,
        keys: answer.view.quotes.map((look) => look.key),
        stylesheet: answer.view.stylesheet,
        claims: [],
      });
      return new FirstMarks({ analysis, marking, painter });
    });
  }

  /** Hands the marks over (to the session's drawing, once): from then on they are no longer these. */
  handOver(): Marks | null {
    const { marks } = this;
    this.marks = null;
    return marks;
  }

  /** Takes them off the page, unless handed over (the session never started: nothing of ours is left behind). */
  clear(): void {
    const marks = this.handOver();
    if (!marks) return;
    marks.marking.stop();
    unmarkQuotes(marks.marking.marked);
    marks.painter.clear();
  }
}
