// A first analysis made before any page asks: the analyser's host (Chrome's offscreen document, Firefox's
// background page) runs a small aggregated post through the analysis once it starts, so the first real page
// does not pay for compiling the analyser's functions and building the outlets index. Its passages only: the
// claims' extractor is warmed by the first page's own claims, which are extracted after its passages have
// been answered, so that a page already waiting for a host just started waits for no claims (measured in a
// fresh Chrome on the bench VM: 50 to 115 ms). A host started for a page already waiting (a fresh browser's
// first page) is asked by that page within moments of listening: its own analysis is then the first, cold one,
// instead of waiting behind the sample's (`warmUpUnlessAsked`). Pure but for the inert document it is given to
// build the sample in.
import type { PageRequest } from '../channel/format';
import { readWhole } from '../page/read';

/** A short post quoting an outlet, with a claim: every stage of the analysis has something to do. */
const SAMPLE = `<article><h1>Strikes reported</h1>
<p>Here's Reuters with the latest:</p>
<blockquote><p>Russian jets struck the town on Tuesday, killing 12 people, the Syrian Observatory for Human
Rights said.</p></blockquote>
<p>The ministry said on Wednesday that 40 buildings were destroyed.</p></article>`;

export const WARM_UP_URL = 'https://sourcelight.invalid/warm-up';

/** How long a host that has just begun to listen waits for a page before analysing the sample (ms): a page
 * that waited for the host to start sends its first message as soon as the host listens, which on a busy
 * machine can take a hundred milliseconds; a page that comes later than this finds the sample being analysed
 * and waits for it. */
export const WARM_UP_DELAY_MS = 250;

/** Analyses the sample with the host's own `analyse`; its claims are never asked for. */
export function warmUp(analyse: (request: PageRequest) => unknown, inert: Document): void {
  analyse(warmUpRequest(inert));
}

/** The sample post as the content script would send it. */
export function warmUpRequest(inert: Document): PageRequest {
  inert.body.innerHTML = SAMPLE;
  return { url: WARM_UP_URL, parts: [JSON.stringify(readWhole(inert.documentElement).tokens)] };
}

/** A warm-up that waits for a page first. */
export interface PendingWarmUp {
  /** The host listens and has said so: the sample is analysed `WARM_UP_DELAY_MS` from now unless a page
   * comes first. */
  listening(): void;
  /** A page's message came (a slice, a request): the sample is never analysed. */
  pageCame(): void;
}

/** Analyses the sample once the host has listened a while, unless a page comes first. */
export function warmUpUnlessAsked(
  analyse: (request: PageRequest) => unknown,
  inert: () => Document,
  timers: { setTimeout(run: () => void, ms: number): unknown; clearTimeout(id: never): void },
): PendingWarmUp {
  let asked = false;
  let timer: unknown = null;
  return {
    listening() {
      if (asked || timer !== null) return;
      timer = timers.setTimeout(() => {
        asked = true;
        warmUp(analyse, inert());
      }, WARM_UP_DELAY_MS);
    },
    pageCame() {
      asked = true;
      if (timer !== null) timers.clearTimeout(timer as never);
    },
  };
}
