// Loads session.ts. In Chrome, as a module of its own from the extension's files: a web-accessible resource (a
// content script's import() is fetched as the page), listed with use_dynamic_url so pages cannot probe for it
// (wxt.config.ts); Chrome compiles it off the page's thread and keeps the code. Firefox's build carries the
// session inside the content script (its import() of extension files is untested here, and flagged by AMO's
// linter), so the import below is bundled there.
import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';

export const SESSION_MODULE = 'content-scripts/session.js';

interface SessionModule {
  startSession(ctx: ContentScriptContext): void;
}

/** Loads and starts the session; a failure (an extension reloaded meanwhile, a browser refusing) is told once. */
export async function loadSession(ctx: ContentScriptContext): Promise<void> {
  let module: SessionModule;
  try {
    if (import.meta.env.FIREFOX) {
      module = await import('./session');
    } else {
      // (Typed for WXT's own files: this one is added by a build hook.)
      const url = (browser.runtime.getURL as (path: string) => string)(`/${SESSION_MODULE}`);
      module = (await import(/* @vite-ignore */ url)) as SessionModule;
    }
  } catch (error) {
    if (!ctx.isInvalid)
      console.info(
        'Sourcelight: could not load its page code:',
        error instanceof Error ? error.message : error,
      );
    return;
  }
  if (!ctx.isInvalid) module.startSession(ctx);
}
