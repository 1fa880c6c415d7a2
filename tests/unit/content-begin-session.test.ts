// On a page that passes the first look, the session's code is asked for before the page is read
// (inject/begin-session.ts): its loading is the longer wait, and reading the page holds the page's thread.
import { describe, expect, it } from 'vitest';
import { beginSession } from '../../inject/begin-session';
import type { EarlyTrip } from '../../utils/round-trip/page/trip';

describe('beginning a session', () => {
  it('asks for the session first, then starts the trip, and hands that trip to the loaded session', async () => {
    const steps: string[] = [];
    const trip: EarlyTrip = { url: 'https://example.com/', trip: new Promise(() => {}) };
    let handed: EarlyTrip | null = null;
    await beginSession({
      load: async (early) => {
        steps.push('load asked');
        await Promise.resolve();
        steps.push('loaded');
        handed = early();
      },
      trip: () => {
        steps.push('trip started');
        return trip;
      },
    });
    expect(steps).toEqual(['load asked', 'trip started', 'loaded']);
    expect(handed).toBe(trip);
  });
});
