// The analysis receiver (inject/analysis-receiver.ts): an aggregated post's analysis is handed on, anything
// else as nothing to show; answers are taken in the order asked (one overtaken by a newer answer already
// shown is dropped); a failure is said once; and once the lifetime ends, a trip in flight is stopped and its
// answer never handed on.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { AnalysisReceiver, type Received, type Trip } from '../../inject/analysis-receiver';
import type { PageAnalysis } from '../../utils/analysis/types';
import { mayHoldQuotes } from '../../utils/highlight/precheck';
import type { PageAnswer } from '../../utils/round-trip/channel/port';
import type { RoundTrip } from '../../utils/round-trip/page/trip';
import { cleanUp, testLifetime } from './content-helpers';

const URL = 'https://example.com/post';

/** A successful trip's result: an analysis that is an aggregated post or not, marked by `tag`. */
function answered(aggregated: boolean, tag = 'a'): RoundTrip {
  const analysis = { report: { aggregated, title: tag } } as unknown as PageAnalysis;
  return { ok: true, analysis, answer: { claims: [], page: null, reveal: null } as unknown as PageAnswer };
}

function setUp(trip: Trip = () => Promise.resolve(answered(true))) {
  const { life, end } = testLifetime();
  const received: Array<Received | null> = [];
  const receiver = new AnalysisReceiver(life, document, mayHoldQuotes, (r) => received.push(r), trip);
  return { receiver, received, end };
}

/** A trip resolved from outside, as the background's answers are. */
function deferred() {
  let resolve!: (trip: RoundTrip) => void;
  const promise = new Promise<RoundTrip>((r) => (resolve = r));
  return { promise, resolve };
}

afterEach(cleanUp);

describe('AnalysisReceiver', () => {
  it('hands on an aggregated post with its url and answer, and anything else as nothing', async () => {
    const { receiver, received } = setUp();
    await receiver.analyse({ url: URL, trip: Promise.resolve(answered(true, 'post')) });
    await receiver.analyse({ url: URL, trip: Promise.resolve(answered(false)) });
    expect(received).toHaveLength(2);
    expect(received[0]?.url).toBe(URL);
    expect(received[0]?.analysis.report.title).toBe('post');
    expect(received[1]).toBeNull();
  });

  it('asks for no trip on a page without quotations, and says there is nothing to show', async () => {
    const trip = vi.fn<Trip>();
    const { receiver, received } = setUp(trip);
    document.body.innerHTML = '<p>Nothing quoted here.</p>';
    await receiver.analyse();
    expect(trip).not.toHaveBeenCalled();
    expect(received).toEqual([null]);
  });

  it('reads the page again when it may quote something, with the lifetime’s signal', async () => {
    const trip = vi.fn<Trip>(() => Promise.resolve(answered(true)));
    const { receiver, received } = setUp(trip);
    document.body.innerHTML = '<blockquote><p>Quoted words.</p></blockquote>';
    await receiver.analyse();
    expect(trip).toHaveBeenCalledWith(document.documentElement, location.href, expect.any(AbortSignal));
    expect(trip.mock.calls[0][2].aborted).toBe(false);
    expect(received).toHaveLength(1);
  });

  it('drops an answer overtaken by a newer one already shown', async () => {
    const { receiver, received } = setUp();
    const older = deferred();
    const newer = deferred();
    const first = receiver.analyse({ url: URL, trip: older.promise });
    const second = receiver.analyse({ url: URL, trip: newer.promise });
    newer.resolve(answered(true, 'newer'));
    await second;
    older.resolve(answered(true, 'older'));
    await first;
    expect(received.map((r) => r?.analysis.report.title)).toEqual(['newer']);
  });

  it('says a failure once, however often it comes back, and a page too large as nothing to show', async () => {
    const info = vi.spyOn(console, 'info').mockImplementation(() => {});
    const { receiver, received } = setUp();
    const failed: RoundTrip = { ok: false, problem: 'The page changed.', tooLarge: false };
    await receiver.analyse({ url: URL, trip: Promise.resolve(failed) });
    await receiver.analyse({ url: URL, trip: Promise.resolve(failed) });
    expect(info).toHaveBeenCalledTimes(1);
    expect(received).toEqual([]);
    const large: RoundTrip = { ok: false, problem: 'Too large.', tooLarge: true };
    await receiver.analyse({ url: URL, trip: Promise.resolve(large) });
    expect(received).toEqual([null]);
  });

  it('stops a trip in flight when the lifetime ends, and hands nothing on', async () => {
    const pending = deferred();
    const signals: AbortSignal[] = [];
    const { receiver, received, end } = setUp((_root, _url, signal) => {
      signals.push(signal);
      return pending.promise;
    });
    document.body.innerHTML = '<blockquote><p>Quoted words.</p></blockquote>';
    const analysing = receiver.analyse();
    end();
    expect(signals.map((signal) => signal.aborted)).toEqual([true]);
    pending.resolve(answered(true));
    await analysing;
    await receiver.analyse({ url: URL, trip: Promise.resolve(answered(true)) });
    expect(received).toEqual([]);
  });
});
