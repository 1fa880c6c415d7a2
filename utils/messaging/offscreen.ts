// Chrome's offscreen document, where pages are analysed (the service worker has no DOM to rebuild a page
// in). The background asks it through runtime messages marked with OFFSCREEN_TARGET, which every other
// listener ignores; the document is created on first use and stays, so its code stays warm.
import { browser } from 'wxt/browser';
import type { PageAnalysisAnswer, PageRequest } from '../page-service/analyse-copy';

export const OFFSCREEN_TARGET = 'sourcelight-offscreen';
const OFFSCREEN_PAGE = '/offscreen.html';

export interface OffscreenRequest extends PageRequest {
  target: typeof OFFSCREEN_TARGET;
}

type OffscreenAnswer = { ok: PageAnalysisAnswer } | { error: string };

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

async function ensureDocument(): Promise<void> {
  if (await browser.offscreen.hasDocument()) return;
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
  await creating;
}

async function ask(request: PageRequest): Promise<PageAnalysisAnswer> {
  await ensureDocument();
  const message: OffscreenRequest = { target: OFFSCREEN_TARGET, ...request };
  const answer = (await browser.runtime.sendMessage(message)) as OffscreenAnswer | undefined;
  if (!answer) throw new Error('The analyser did not answer.');
  if ('error' in answer) throw new Error(answer.error);
  return answer.ok;
}

/** Has the offscreen document analyse the markup; asks once more if the document went away meanwhile. */
export async function analyseOffscreen(request: PageRequest): Promise<PageAnalysisAnswer> {
  try {
    return await ask(request);
  } catch (error) {
    if (!/receiving end does not exist|did not answer/i.test(error instanceof Error ? error.message : ''))
      throw error;
    return ask(request);
  }
}

/** For the offscreen document: answers the background's requests with `analyse`. */
export function answerOffscreenRequests(analyse: (request: PageRequest) => PageAnalysisAnswer): void {
  browser.runtime.onMessage.addListener(((message: unknown) => {
    if (!isOffscreenRequest(message)) return undefined;
    try {
      return Promise.resolve({ ok: analyse({ url: message.url, parts: message.parts }) });
    } catch (error) {
      return Promise.resolve({ error: error instanceof Error ? error.message : String(error) });
    }
  }) as never);
}
