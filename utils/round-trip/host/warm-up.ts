// A first analysis made before any page asks: the analyser's host (Chrome's offscreen document, Firefox's
// background page) runs a small aggregated post through the whole trip once it starts, so the first real page
// does not pay for compiling the analyser's functions and building the outlets index. Pure but for the inert
// document it is given to build the sample in.
import type { PageRequest } from '../channel/format';
import { readWhole } from '../page/read';

/** A short post quoting an outlet, with a claim: every stage of the analysis has something to do. */
const SAMPLE = `<article><h1>Strikes reported</h1>
<p>Here's Reuters with the latest:</p>
<blockquote><p>Russian jets struck the town on Tuesday, killing 12 people, the Syrian Observatory for Human
Rights said.</p></blockquote>
<p>The ministry said on Wednesday that 40 buildings were destroyed.</p></article>`;

export const WARM_UP_URL = 'https://sourcelight.invalid/warm-up';

/** The sample post as the content script would send it. */
export function warmUpRequest(inert: Document): PageRequest {
  inert.body.innerHTML = SAMPLE;
  return { url: WARM_UP_URL, parts: [JSON.stringify(readWhole(inert.documentElement).tokens)] };
}
