// The background side of the page port (servePagePort) answers through replies, the passages then the claims:
// tests that only need an answer give it whole, as a promise, and it is replied in those two stages.
import type { FoundClaim } from '../../utils/claims/found';
import type { PageRequest } from '../../utils/round-trip/channel/format';
import type { PageHead, PageReplies } from '../../utils/round-trip/channel/port';

export type WholeAnswer = PageHead & { claims: FoundClaim[] };
export type WholeResult = { ok: true; answer: WholeAnswer } | { ok: false; problem: string };

export function replying(
  analyse: (request: PageRequest, tabId: number | undefined) => Promise<WholeResult>,
): (request: PageRequest, tabId: number | undefined, reply: PageReplies) => Promise<void> {
  return async (request, tabId, reply) => {
    const result = await analyse(request, tabId);
    if (!result.ok) {
      reply.passages(result);
      return;
    }
    const { claims, ...head } = result.answer;
    reply.passages({ ok: true, answer: head });
    reply.claims({ ok: true, claims });
  };
}
