// Typed sending for every part of the extension. A `{ error }` answer becomes a thrown MessageError carrying
// the background's plain message, so callers can show it as it is.
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

function unwrap<R>(answer: unknown): R {
  if (answer && typeof answer === 'object' && 'error' in answer && typeof answer.error === 'string') {
    throw new MessageError(answer.error);
  }
  return answer as R;
}

export async function sendToBackground<T extends BackgroundType>(
  type: T,
  payload: BackgroundPayload<T>,
): Promise<BackgroundResponse<T>> {
  let answer: unknown;
  try {
    answer = await browser.runtime.sendMessage({ type, payload });
  } catch (error) {
    throw new MessageError(
      `Sourcelight's background service did not answer (${error instanceof Error ? error.message : String(error)}).`,
    );
  }
  if (answer === undefined) throw new MessageError("Sourcelight's background service did not answer.");
  return unwrap<BackgroundResponse<T>>(answer);
}

export async function sendToTab<T extends ContentType>(
  tabId: number,
  type: T,
  payload: ContentPayload<T>,
): Promise<ContentResponse<T>> {
  return unwrap<ContentResponse<T>>(await browser.tabs.sendMessage(tabId, { type, payload }));
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
