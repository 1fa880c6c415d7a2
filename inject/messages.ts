// Sending to the background from a page that may outlive its extension (updated or reloaded): a failed send
// is logged quietly and answered with null, never thrown into the page.
import { sendToBackground } from '../utils/messaging/client';
import type { BackgroundPayload, BackgroundResponse, BackgroundType } from '../utils/messaging/protocol';

export interface Validity {
  readonly isInvalid: boolean;
}

export async function trySend<T extends BackgroundType>(
  ctx: Validity,
  type: T,
  payload: BackgroundPayload<T>,
): Promise<BackgroundResponse<T> | null> {
  if (ctx.isInvalid) return null;
  try {
    return await sendToBackground(type, payload);
  } catch (error) {
    // "Extension context invalidated" after an update is expected; anything else is worth a quiet note.
    if (!ctx.isInvalid) console.debug('Sourcelight:', type, error instanceof Error ? error.message : error);
    return null;
  }
}

/** Like trySend, but the caller shows the background's plain-words error (saving a claim). */
export async function sendOrExplain<T extends BackgroundType>(
  ctx: Validity,
  type: T,
  payload: BackgroundPayload<T>,
): Promise<{ ok: true; value: BackgroundResponse<T> } | { ok: false; message: string }> {
  if (ctx.isInvalid)
    return { ok: false, message: 'Sourcelight was updated: reload the page to save claims.' };
  try {
    return { ok: true, value: await sendToBackground(type, payload) };
  } catch (error) {
    if (ctx.isInvalid)
      return { ok: false, message: 'Sourcelight was updated: reload the page to save claims.' };
    return { ok: false, message: error instanceof Error ? error.message : String(error) };
  }
}
