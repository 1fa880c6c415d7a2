// The background's messages to this page's session: the popup's switch and the keyboard shortcut, "show in
// page" for a saved claim, and the saved claims changed elsewhere. Answered while the session lives; the
// listener goes with the lifetime.

import { type ContentHandlers, listenForContentMessages } from '../utils/messaging/client';
import type { ClaimRecord } from '../utils/storage/types';
import type { Lifetime } from './lifetime';

export interface SessionControls {
  highlightsOn(): boolean;
  /** Highlights on or off from outside the page (which also unfolds the bar); the state now. */
  setHighlights(on: boolean): boolean;
  /** Has the choice kept for the site. */
  rememberHighlights(on: boolean): void;
  /** Shows a saved claim in the page; whether it was found. */
  reveal(claim: ClaimRecord): boolean;
  savedChanged(savedIds: readonly string[]): void;
}

export function answerBackground(
  ctx: Lifetime,
  session: SessionControls,
  listen: (handlers: ContentHandlers) => () => void = listenForContentMessages,
): void {
  const stop = listen({
    'highlights/set': ({ on }) => ({ on: session.setHighlights(on) }),
    'highlights/toggle': () => {
      const on = session.setHighlights(!session.highlightsOn());
      session.rememberHighlights(on);
      return { on };
    },
    'claim/reveal': ({ claim }) => ({ found: session.reveal(claim) }),
    'saved/changed': ({ savedIds }) => {
      session.savedChanged(savedIds);
      return { ok: true };
    },
  });
  ctx.onInvalidated(() => {
    try {
      stop();
    } catch {
      // The extension is gone, and its listener with it.
    }
  });
}
