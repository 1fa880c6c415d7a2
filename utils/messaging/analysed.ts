// What the analyser's host answers for a page: the passages (what the first marks need) and a way to the
// claims, or what went wrong in plain words. Values, never exceptions, from the host (Chrome's offscreen
// document, Firefox's background page) to the page's port.
import type { FoundClaim } from '../claims/found';
import type { PageRequest } from '../round-trip/channel/format';
import type { PagePassages, StagedAnalysis } from '../round-trip/host/analyse';

/** The page's claims, or why there are none. */
export type ClaimsFound = { ok: true; claims: FoundClaim[] } | { ok: false; problem: string };

export type Analysed =
  | { ok: true; answer: PagePassages; claims(): Promise<ClaimsFound> }
  | { ok: false; problem: string };

export function problemOf(error: unknown): string {
  return error instanceof Error && error.message ? error.message : String(error);
}

/** What a call answers, or what it threw (a malformed page) as the problem. */
function attempt<T>(work: () => T): { ok: true; value: T } | { ok: false; problem: string } {
  try {
    return { ok: true, value: work() };
  } catch (error) {
    return { ok: false, problem: problemOf(error) };
  }
}

/** The analyser as a function that answers values. */
export function analysing(
  analyse: (request: PageRequest) => StagedAnalysis,
): (request: PageRequest) => Analysed {
  return (request) => {
    const staged = attempt(() => analyse(request));
    if (!staged.ok) return staged;
    const { passages, claims } = staged.value;
    return {
      ok: true,
      answer: passages,
      claims: async () => {
        const found = attempt(claims);
        return found.ok ? { ok: true, claims: found.value } : found;
      },
    };
  };
}
