// Loads session.ts. In Chrome, as a module of its own from the extension's files: a web-accessible resource (a
// content script's import() is fetched as the page), listed with use_dynamic_url so pages cannot probe for it
// (wxt.config.ts); Chrome compiles it off the page's thread. Firefox's build carries the
// session inside the content script (its import() of extension files is untested here, and flagged by AMO's
// linter), so the import below is bundled there.
import { mayHoldQuotes } from '../utils/highlight/precheck';
import type { CheapLook } from './analysis-receiver';
import type { FirstTrip } from './begin-session';
import { extensionRuntime } from './runtime';

export const SESSION_MODULE = 'content-scripts/session.js';

interface SessionModule {
  startSession(early: FirstTrip | null, mayHoldQuotes: CheapLook): void;
}

/**
 * Loads and starts the session, handing it what `early` gives then (the page's first round trip, started
 * while this loads, and its first marks if already drawn: begin-session.ts); `early` is called only when the
 * session starts. The session is handed the first look's cheap look too, which its module does not carry.
 * A failure (a browser refusing) is told once, an extension gone is not.
 */
export async function loadSession(early: () => FirstTrip | null = () => null): Promise<void> {
  let module: SessionModule;
  try {
    if (import.meta.env.FIREFOX) {
      module = await import('./session');
    } else {
      const extension = extensionRuntime();
      if (!extension) return;
      module = (await import(/* @vite-ignore */ extension.getURL(`/${SESSION_MODULE}`))) as SessionModule;
    }
  } catch (error) {
    if (extensionRuntime())
      console.info(
        'Sourcelight: could not load its page code:',
        error instanceof Error ? error.message : error,
      );
    return;
  }
  if (extensionRuntime()) module.startSession(early(), mayHoldQuotes);
}
