// A first analysis made before any page asks: the analyser's host (Chrome's offscreen document, Firefox's
// background page) runs a small aggregated post through the analysis once it starts, so the first real page
// does not pay for compiling the analyser's functions and building the outlets index. Its passages only: the
// claims' extractor is warmed by the first page's own claims, which are extracted after its passages have
// been answered, so that a page already waiting for a host just started waits for no claims (measured in a
// fresh Chrome on the bench VM: 50 to 115 ms). Pure but for the inert document it is given to build the sample in.
import type { PageRequest } from '../channel/format';
import { readWhole } from '../page/read';

/** A short post quoting an outlet, with a claim: every stage of the analysis has something to do. */
const SAMPLE = `<article><h1>Strikes reported</h1>
<p>Here's Reuters with the latest:</p>
<blockquote><p>Russian jets struck the town on Tuesday, killing 12 people, the Syrian Observatory for Human
Rights said.</p></blockquote>
<p>The ministry said on Wednesday that 40 buildings were destroyed.</p></article>`;

export const WARM_UP_URL = 'https://sourcelight.invalid/warm-up';

/** Analyses the sample with the host's own `analyse`; its claims are never asked for. */
export function warmUp(analyse: (request: PageRequest) => unknown, inert: Document): void {
  analyse(warmUpRequest(inert));
}

/** The sample post as the content script would send it. */
export function warmUpRequest(inert: Document): PageRequest {
  inert.body.innerHTML = SAMPLE;
  return { url: WARM_UP_URL, parts: [JSON.stringify(readWhole(inert.documentElement).tokens)] };
}
