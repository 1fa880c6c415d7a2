// What the first look does on a page that passes: asks for the session's code first, since its loading is the
// longer wait (fetched and compiled off the page's thread meanwhile), then starts the page's first round trip
// (reading the page is work on the page's thread), and hands that trip to the session once it has loaded.
import type { EarlyTrip } from '../utils/round-trip/page/trip';

export interface SessionStart {
  /** Loads the session and starts it with the trip `early` gives once loaded (load-session.ts). */
  load(early: () => EarlyTrip | null): Promise<void>;
  /** Starts the first round trip (utils/round-trip/page/trip.ts: startEarly). */
  trip(): EarlyTrip | null;
}

export function beginSession({ load, trip }: SessionStart): Promise<void> {
  let early: EarlyTrip | null = null;
  const loading = load(() => early);
  early = trip();
  return loading;
}
