// The background side of the page port (servePagePort) asks for its answer through a reply: tests that only
// need an answer give it as a promise.

import type { PageRequest } from '../../utils/round-trip/channel/format';
import type { PageResult } from '../../utils/round-trip/channel/port';

export function replying(
  analyse: (request: PageRequest, tabId: number | undefined) => Promise<PageResult>,
): (request: PageRequest, tabId: number | undefined, reply: (result: PageResult) => void) => Promise<void> {
  return async (request, tabId, reply) => reply(await analyse(request, tabId));
}
