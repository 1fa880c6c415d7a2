// What the analyser's host answers for a page: the analysis, or what went wrong in plain words. A value, never
// an exception, from the host (Chrome's offscreen document, Firefox's background page) to the page's port.
import type { PageRequest } from '../round-trip/channel/format';
import type { PageAnalysisAnswer } from '../round-trip/host/analyse';

export type Analysed = { ok: true; answer: PageAnalysisAnswer } | { ok: false; problem: string };

export function problemOf(error: unknown): string {
  return error instanceof Error && error.message ? error.message : String(error);
}

/** The analyser as a function that answers a value: what it throws (a malformed page) becomes the problem. */
export function analysing(
  analyse: (request: PageRequest) => PageAnalysisAnswer,
): (request: PageRequest) => Analysed {
  return (request) => {
    try {
      return { ok: true, answer: analyse(request) };
    } catch (error) {
      return { ok: false, problem: problemOf(error) };
    }
  };
}
