// Loads the pre-check (utils/highlight/precheck.ts: mayHoldQuotes) for the first look, on a page its quick look
// (utils/highlight/quick-look.ts) found may hold quotations: pages with none never load nor compile it. In Chrome,
// as a module of its own from the extension's files, as the session is (load-session.ts): web-accessible with
// use_dynamic_url so pages cannot probe for it (wxt.config.ts), fetched and compiled off the page's thread, and
// absent from the page's performance timeline. Firefox's build carries it inside the content script, so the
// import below is bundled there.
import type { CheapLook } from './analysis-receiver';
import { extensionRuntime } from './runtime';

export const PRECHECK_MODULE = 'content-scripts/precheck.js';

interface PrecheckModule {
  mayHoldQuotes: CheapLook;
}

let loading: Promise<CheapLook | null> | null = null;

/** The pre-check, loaded the first time it is asked for; null when it cannot be (the extension went away, the
 * browser refused its code: told once). */
export function loadPrecheck(): Promise<CheapLook | null> {
  loading ??= importPrecheck();
  return loading;
}

async function importPrecheck(): Promise<CheapLook | null> {
  let module: PrecheckModule;
  try {
    if (import.meta.env.FIREFOX) {
      module = await import('./precheck-entry');
    } else {
      const extension = extensionRuntime();
      if (!extension) return null;
      module = (await import(/* @vite-ignore */ extension.getURL(`/${PRECHECK_MODULE}`))) as PrecheckModule;
    }
  } catch (error) {
    if (extensionRuntime())
      console.info(
        'Sourcelight: could not load its page code:',
        error instanceof Error ? error.message : error,
      );
    return null;
  }
  return module.mayHoldQuotes;
}
