// Typed sending for every part of the extension. `askBackground` gives the answer or the failure as a value:
// the background's own `{ error }` in its plain words, or no answer at all (the worker went away), told apart
// so an idempotent request can be sent again. `sendToBackground` throws the failure as a MessageError, for
// callers that show it as it is.
import { browser } from 'wxt/browser';
import type {
  BackgroundPayload,
  BackgroundResponse,
  BackgroundType,
  ContentPayload,
  ContentResponse,
  ContentType,
} from './protocol';

export class MessageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'MessageError';
  }
}

/** An answer, or why there is none: `answered` false when the background never answered. */
export type Answer<R> = { ok: true; value: R } | { ok: false; error: string; answered: boolean };

export type Ask = <T extends BackgroundType>(
  type: T,
  payload: BackgroundPayload<T>,
) => Promise<Answer<BackgroundResponse<T>>>;

/** Sends a message to the background; never rejects. */
export const askBackground: Ask = async (type, payload) => {
  let answer: unknown;
  try {
    answer = await browser.runtime.sendMessage({ type, payload });
  } catch (error) {
    const why = error instanceof Error ? error.message : String(error);
    return { ok: false, error: `Sourcelight's background service did not answer (${why}).`, answered: false };
  }
  if (answer === undefined)
    return { ok: false, error: "Sourcelight's background service did not answer.", answered: false };
  if (answer && typeof answer === 'object' && 'error' in answer && typeof answer.error === 'string')
    return { ok: false, error: answer.error, answered: true };
  return { ok: true, value: answer as never };
};

export async function sendToBackground<T extends BackgroundType>(
  type: T,
  payload: BackgroundPayload<T>,
): Promise<BackgroundResponse<T>> {
  const answer = await askBackground(type, payload);
  if (!answer.ok) throw new MessageError(answer.error);
  return answer.value;
}

export type ContentHandlers = {
  [T in ContentType]?: (payload: ContentPayload<T>) => Promise<ContentResponse<T>> | ContentResponse<T>;
};

/**
 * For the content script: answers the background's messages with the given handlers. Messages it has no
 * handler for are left alone (no answer), so another listener may take them. Returns a function to stop.
 */
export function listenForContentMessages(handlers: ContentHandlers): () => void {
  const listener = (message: unknown): Promise<unknown> | undefined => {
    if (!message || typeof message !== 'object') return undefined;
    const { type, payload } = message as { type?: unknown; payload?: unknown };
    if (typeof type !== 'string' || !Object.hasOwn(handlers, type)) return undefined;
    const handler = handlers[type as ContentType] as (p: unknown) => unknown;
    return Promise.resolve()
      .then(() => handler(payload ?? {}))
      .catch((error: unknown) => ({ error: error instanceof Error ? error.message : String(error) }));
  };
  browser.runtime.onMessage.addListener(listener);
  return () => browser.runtime.onMessage.removeListener(listener);
}
