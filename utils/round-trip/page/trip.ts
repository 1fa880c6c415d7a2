// The page's side of the round trip, as one call: read the live page a slice per task (read.ts), have it
// analysed where the analyser is warm (channel/port.ts), and take the answer's nodes from the list read
// (revive.ts). Ends early, with a problem in plain words, when the lifetime's signal is aborted. The extension
// API and the timing of our work come from the content script (inject/page-link.ts), so this stays pure.
import type { PageAnalysis } from '../../analysis/types';
import type { Token } from '../channel/format';
import { analyseOverPort, type PageAnswer, type PagePortPeer, ROUND_TRIP } from '../channel/port';
import { nextTask } from './next-task';
import { PageReader } from './read';
import { reviveInBatches } from './revive';

/** What the page's side needs of the content script it runs in. */
export interface PageLink {
  /** A port to the background (runtime.connect), or null once the extension went away. */
  connect(options: { name: string }): PagePortPeer | null;
  /** Runs `work`, timed as our work on the page's thread. */
  timed<T>(what: string, work: () => T): T;
}

export type RoundTrip =
  | { ok: true; analysis: PageAnalysis; answer: PageAnswer }
  | { ok: false; problem: string; tooLarge: boolean };

const GONE = 'Sourcelight went away while the page was read.';

/** A round trip the first look started as soon as the page passed, while the session's code was loading. */
export interface EarlyTrip {
  url: string;
  trip: Promise<RoundTrip>;
}

/** Starts the first round trip at once (first-look.ts), so the session's loading and the analysis overlap. */
export function startEarly(doc: Document, signal: AbortSignal, link: PageLink): EarlyTrip | null {
  const root = doc.documentElement;
  if (!root) return null;
  const url = location.href;
  return { url, trip: roundTrip(root, url, signal, link) };
}

/** The page read as tokens, a slice per task (JSON, one message each). Throws when the page moved nodes out
 * from under the reader; stops when `signal` is aborted. */
async function* slicesOf(reader: PageReader, signal: AbortSignal, link: PageLink): AsyncGenerator<string> {
  while (!reader.done && !signal.aborted) {
    const slice = link.timed('serialise', () => {
      const tokens: Token[] = [];
      const start = performance.now();
      const ok = reader.read(
        tokens,
        ROUND_TRIP.sliceChars,
        () => performance.now() - start > ROUND_TRIP.sliceMs,
      );
      return ok ? JSON.stringify(tokens) : null;
    });
    if (slice === null)
      throw new Error('The page changed while it was read; it is read again once it settles.');
    yield slice;
    if (!reader.done) await nextTask(signal);
  }
  if (signal.aborted) throw new Error(GONE);
}

/** The analysis of the page under `root`, fastened onto its own nodes, or why not. */
export async function roundTrip(
  root: Element,
  url: string,
  signal: AbortSignal,
  link: PageLink,
): Promise<RoundTrip> {
  const reader = new PageReader(root);
  const connect = (options: { name: string }) => {
    const port = link.connect(options);
    if (!port) throw new Error(GONE);
    return port;
  };
  const result = await analyseOverPort(connect, url, slicesOf(reader, signal, link), (work, what) =>
    link.timed(what, work),
  );
  if (signal.aborted) return { ok: false, problem: GONE, tooLarge: false };
  if (!result.ok) return { ok: false, problem: result.problem, tooLarge: result.tooLarge };
  const revived = await reviveInBatches(
    reader,
    result.answer.analysis,
    (work) => link.timed('revive', work),
    () => nextTask(signal),
  );
  if (signal.aborted) return { ok: false, problem: GONE, tooLarge: false };
  if ('problem' in revived)
    return { ok: false, problem: `no highlights: ${revived.problem}`, tooLarge: false };
  return { ok: true, analysis: revived, answer: result.answer };
}
