// Chrome's offscreen document, where pages are analysed (the service worker has no DOM to rebuild a page
// in). The background asks it through runtime messages marked with OFFSCREEN_TARGET, which every other
// listener ignores; the document is created on first use and stays, so its code stays warm.
import { browser } from 'wxt/browser';
import type { PageRequest } from '../round-trip/channel/format';
import { type Analysed, problemOf } from './analysed';

export const OFFSCREEN_TARGET = 'sourcelight-offscreen';
const OFFSCREEN_PAGE = '/offscreen.html';

export interface OffscreenRequest extends PageRequest {
  target: typeof OFFSCREEN_TARGET;
}

export function isOffscreenRequest(message: unknown): message is OffscreenRequest {
  if (!message || typeof message !== 'object') return false;
  const m = message as Record<string, unknown>;
  return (
    m.target === OFFSCREEN_TARGET &&
    Array.isArray(m.parts) &&
    m.parts.every((part) => typeof part === 'string') &&
    typeof m.url === 'string'
  );
}

// A cache, not state: a worker that restarts asks the browser again.
let creating: Promise<void> | null = null;

/** The document, created if need be; resolves once it listens. */
async function ensureDocument(): Promise<void> {
  // A document being created already exists for hasDocument(), but listens only once its creation resolves:
  // whoever comes meanwhile waits for that creation too.
  if (!creating && !(await browser.offscreen.hasDocument()))
    creating ??= browser.offscreen
      .createDocument({
        url: OFFSCREEN_PAGE,
        reasons: [browser.offscreen.Reason.DOM_PARSER],
        justification: 'Rebuilds an inert copy of the page to find its quoted passages and claims.',
      })
      .catch((error: unknown) => {
        // Another request created it first: that is the one we wanted.
        if (!/single offscreen/i.test(error instanceof Error ? error.message : String(error))) throw error;
      })
      .finally(() => {
        creating = null;
      });
  if (creating) await creating;
}

/**
 * Opens the document ahead of the first page (at the browser's start, at install, when a page connects), so
 * that page does not wait for its creation and first analysis (it warms itself: entrypoints/offscreen/).
 * A failure here is left for the page's own request, which tries again and says what went wrong.
 */
export function openAnalyser(): void {
  ensureDocument().catch(() => {});
}

/** The document's answer; `answered` false when nothing answered (the document was not there). */
async function ask(request: PageRequest): Promise<Analysed & { answered: boolean }> {
  try {
    await ensureDocument();
  } catch (error) {
    return { ok: false, problem: `The analyser could not start (${problemOf(error)}).`, answered: true };
  }
  const message: OffscreenRequest = { target: OFFSCREEN_TARGET, ...request };
  let answer: Analysed | undefined;
  try {
    answer = (await browser.runtime.sendMessage(message)) as Analysed | undefined;
  } catch (error) {
    return { ok: false, problem: `The analyser did not answer (${problemOf(error)}).`, answered: false };
  }
  return answer
    ? { ...answer, answered: true }
    : { ok: false, problem: 'The analyser did not answer.', answered: false };
}

/** Has the offscreen document analyse the page; asks once more if the document went away meanwhile. Never rejects. */
export async function analyseOffscreen(request: PageRequest): Promise<Analysed> {
  const first = await ask(request);
  const { answered: _, ...result } = first.answered ? first : await ask(request);
  return result;
}

/** For the offscreen document: answers the background's requests with `analyse`'s value. */
export function answerOffscreenRequests(analyse: (request: PageRequest) => Analysed): void {
  browser.runtime.onMessage.addListener(((message: unknown) => {
    if (!isOffscreenRequest(message)) return undefined;
    return Promise.resolve(analyse({ url: message.url, parts: message.parts }));
  }) as never);
}
