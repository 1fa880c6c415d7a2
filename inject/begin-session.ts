// What the first look does on a page that passes: asks for the session's code first, since its loading is the
// longer wait (fetched and compiled off the page's thread meanwhile), then starts the page's first round trip
// (reading the page is work on the page's thread), and hands that trip to the session once it has loaded.
// Should the trip's answer come first, the first look draws the first marks from it at once (first-marks.ts),
// and hands them to the session with the trip; a session that never starts (the extension went away, the
// browser refused its code) leaves none of them behind.
import type { EarlyTrip, RoundTrip } from '../utils/round-trip/page/trip';
import type { FirstMarks } from './first-marks';

/** What the first look drew, taken off the page should the session never start. */
export interface Drawn {
  clear(): void;
}

/** The first round trip, and what the first look drew of its answer before the session had loaded. */
export interface FirstTrip<D extends Drawn = FirstMarks> extends EarlyTrip {
  drawn?: D | null;
}

export interface SessionStart<D extends Drawn = FirstMarks> {
  /**
   * Loads the session and starts it with the trip `early` gives, called once it has loaded; never called
   * when the session does not start (load-session.ts).
   */
  load(early: () => FirstTrip<D> | null): Promise<void>;
  /** Starts the first round trip (utils/round-trip/page/trip.ts: startEarly). */
  trip(): EarlyTrip | null;
  /** Draws the first marks of the trip's answer, or null when it shows nothing (FirstMarks.draw). */
  draw(url: string, result: RoundTrip): D | null;
}

export async function beginSession<D extends Drawn>({ load, trip, draw }: SessionStart<D>): Promise<void> {
  let first: FirstTrip<D> | null = null;
  let waiting = true;
  const loading = load(() => {
    waiting = false;
    return first;
  });
  const early = trip();
  if (early) {
    const started: FirstTrip<D> = { ...early, drawn: null };
    first = started;
    void early.trip.then((result) => {
      // Once the session has the trip, the session draws.
      if (waiting) started.drawn = draw(started.url, result);
    });
  }
  await loading;
  if (!waiting) return;
  waiting = false;
  first?.drawn?.clear();
}
