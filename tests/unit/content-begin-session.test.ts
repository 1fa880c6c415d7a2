// On a page that passes the first look, the session's code is asked for before the page is read
// (inject/begin-session.ts): its loading is the longer wait, and reading the page holds the page's thread. An
// answer that comes before the session has loaded is drawn at once and handed over with the trip; one that
// comes after is the session's to draw; a session that never starts leaves nothing drawn behind.
import { describe, expect, it } from 'vitest';
import { beginSession, type Drawn, type FirstTrip } from '../../inject/begin-session';
import type { EarlyTrip, RoundTrip } from '../../utils/round-trip/page/trip';

const URL = 'https://example.com/';
const ANSWER = { ok: false, problem: 'stand-in', tooLarge: false } as RoundTrip;

/** Something drawn, which knows whether it was taken off again. */
class Marks implements Drawn {
  cleared = false;
  constructor(readonly url: string) {}
  clear(): void {
    this.cleared = true;
  }
}

/** A promise settled from outside. */
function deferred<T>() {
  let resolve!: (value: T) => void;
  const promise = new Promise<T>((r) => (resolve = r));
  return { promise, resolve };
}

/** Lets every pending promise callback run. */
const settle = () => new Promise((r) => setTimeout(r, 0));

function setUp(startSession = true) {
  const answer = deferred<RoundTrip>();
  const loaded = deferred<void>();
  const trip: EarlyTrip = { url: URL, trip: answer.promise };
  const drawn: Marks[] = [];
  let handed: FirstTrip<Marks> | null = null;
  const begun = beginSession<Marks>({
    load: async (early) => {
      await loaded.promise;
      if (startSession) handed = early();
    },
    trip: () => trip,
    draw: (url, result) => {
      expect(result).toBe(ANSWER);
      const marks = new Marks(url);
      drawn.push(marks);
      return marks;
    },
  });
  return { begun, answer, loaded, drawn, handed: () => handed, trip };
}

describe('beginning a session', () => {
  it('asks for the session first, then starts the trip, and hands that trip to the loaded session', async () => {
    const steps: string[] = [];
    const trip: EarlyTrip = { url: URL, trip: new Promise(() => {}) };
    let handed: FirstTrip<Marks> | null = null;
    await beginSession<Marks>({
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
      draw: () => null,
    });
    expect(steps).toEqual(['load asked', 'trip started', 'loaded']);
    expect(handed).toMatchObject({ url: URL, trip: trip.trip });
  });

  it('draws an answer that comes before the session has loaded, and hands it over with the trip', async () => {
    const { begun, answer, loaded, drawn, handed } = setUp();
    answer.resolve(ANSWER);
    await settle();
    expect(drawn).toHaveLength(1);
    expect(drawn[0].url).toBe(URL);
    loaded.resolve();
    await begun;
    expect(handed()?.drawn).toBe(drawn[0]);
    expect(drawn[0].cleared).toBe(false);
  });

  it('leaves an answer that comes after the session has loaded to the session', async () => {
    const { begun, answer, loaded, drawn, handed } = setUp();
    loaded.resolve();
    await begun;
    answer.resolve(ANSWER);
    await settle();
    expect(drawn).toHaveLength(0);
    expect(handed()?.drawn ?? null).toBeNull();
  });

  it('takes the first marks off again when the session never starts', async () => {
    const { begun, answer, loaded, drawn } = setUp(false);
    answer.resolve(ANSWER);
    await settle();
    loaded.resolve();
    await begun;
    expect(drawn).toHaveLength(1);
    expect(drawn[0].cleared).toBe(true);
  });

  it('draws nothing once the session is known not to start', async () => {
    const { begun, answer, loaded, drawn } = setUp(false);
    loaded.resolve();
    await begun;
    answer.resolve(ANSWER);
    await settle();
    expect(drawn).toHaveLength(0);
  });
});
