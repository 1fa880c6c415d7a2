// A first analysis made before any page asks: the analyser's host (Chrome's offscreen document, Firefox's
// background page) runs a small aggregated post through the analysis once it starts, so the first real page
// does not pay for compiling the analyser's functions and building the outlets index. Its passages only: the
// claims' extractor is warmed by the first page's own claims, which are extracted after its passages have
// been answered, so that a page already waiting for a host just started waits for no claims (measured in a
// fresh Chrome on the bench VM: 50 to 115 ms). Chrome's document takes its warm-up one short task at a time
// from the moment it listens (`warmUpUnlessAsked`): the first uses a page's analysis pays for (the outlets index
// read, the lead-in expressions compiled: `warmUpSteps`), then the sample's analysis, and stops when a page
// comes, so a page waits for one step at most, never for the whole warm-up. Pure but for the inert document it
// is given to build the sample in.
import type { LazyPattern } from '../../analysis/lead-in-words';
import type { OutletLookup } from '../../outlets/types';
import type { PageRequest } from '../channel/format';
import { readWhole } from '../page/read';

/** Its lead-in: with a typographic apostrophe, as real pages write it, so that its text is held in two bytes a
 * character, as a real page's text is: V8 compiles an expression apart for each kind of string it reads. */
const LEAD_IN = 'Here’s Reuters with the latest:';
/** A sentence of one byte a character. */
const PLAIN = 'The ministry said on Wednesday that 40 buildings were destroyed.';

/** A short post quoting an outlet, with a claim: every stage of the analysis has something to do. */
const SAMPLE = `<article><h1>Strikes reported</h1>
<p>${LEAD_IN}</p>
<blockquote><p>Russian jets struck the town on Tuesday, killing 12 people, the Syrian Observatory for Human
Rights said.</p></blockquote>
<p>${PLAIN}</p></article>`;

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

/**
 * First uses a page's first analysis would pay for, each a short task of its own: the outlets index read (its
 * JSON parsed), and each of `gated` (the analyser's `gatedPattern`s) tested twice on the sample's texts, of two
 * bytes a character then of one (V8 compiles an expression to bytecode on its first run and to machine code on
 * a later one, apart for each kind of string).
 */
export function warmUpSteps(outlets: OutletLookup, gated: readonly LazyPattern[]): Array<() => void> {
  const steps: Array<() => void> = [() => outlets.mentions(LEAD_IN)];
  for (const text of [LEAD_IN, PLAIN])
    for (const pattern of gated)
      steps.push(() => {
        pattern.test(text);
        pattern.test(text);
      });
  return steps;
}

/** A warm-up that gives way to a page. */
export interface PendingWarmUp {
  /** The host listens and has said so: the steps start, then the sample's analysis, one a task. */
  listening(): void;
  /** A page's message came (a slice, a request): no further step is taken. */
  pageCame(): void;
}

/**
 * Takes `steps`, then analyses the sample, one a task, from the moment the host listens until a page comes: a
 * page that comes meanwhile waits for the step under way at most (work its own analysis would mostly have done),
 * and finds the host as warm as the steps taken made it.
 */
export function warmUpUnlessAsked(
  analyse: (request: PageRequest) => unknown,
  inert: () => Document,
  timers: { setTimeout(run: () => void, ms: number): unknown },
  steps: ReadonlyArray<() => void> = [],
): PendingWarmUp {
  const all = [...steps, () => warmUp(analyse, inert())];
  let asked = false;
  let started = false;
  let taken = 0;
  const step = () => {
    if (asked || taken >= all.length) return;
    try {
      all[taken++]();
    } catch {
      // A warm-up's failure is the page's to meet, and say, in its own analysis.
    }
    timers.setTimeout(step, 0);
  };
  return {
    listening() {
      if (asked || started) return;
      started = true;
      timers.setTimeout(step, 0);
    },
    pageCame() {
      asked = true;
    },
  };
}
