// Bundles the content script's session (inject/session.ts) as an ES module for the extension's
// output (content-scripts/session.js), and the claim card (components/page/card-layer.tsx) as another
// (content-scripts/card.js). WXT builds content scripts as classic scripts only; the session is loaded
// with import() on pages that may hold quotations (inject/load-session.ts), the card by the session the first
// time a card opens (inject/card-loader.ts). Called from the 'build:publicAssets' hook in wxt.config.ts, for
// Chrome in every mode WXT builds (Firefox's content script carries both).
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = fileURLToPath(new URL('..', import.meta.url));

/** V8's magic comment for "compile all of this file eagerly"; first in the file. */
export const COMPILE_EAGERLY = '//# allFunctionsCalledOnLoad';

/** The session module's code: minified unless WXT builds for development (`mode`, as WXT's). */
export function bundleSession({ mode }) {
  return bundleModule('inject/session.ts', mode);
}

/** The claim card's module, likewise. */
export function bundleCard({ mode }) {
  return bundleModule('components/page/card-layer.tsx', mode);
}

async function bundleModule(entry, mode) {
  const result = await build({
    absWorkingDir: root,
    entryPoints: [entry],
    bundle: true,
    write: false,
    format: 'esm',
    // The browsers the manifest allows (Firefox 140, Chrome of the same era).
    target: ['chrome120', 'firefox140'],
    minify: mode === 'production',
    legalComments: 'none',
    // V8's explicit compile hint: Chrome (136 on) then compiles every function while it streams the module, on
    // a background thread, instead of each on the page's thread the first time it is called. Nearly all of the
    // session runs on the pages that load it, and of the card when one opens. Other browsers read a comment.
    banner: { js: COMPILE_EAGERLY },
    jsx: 'automatic',
    jsxImportSource: 'preact',
    alias: { 'wxt/browser': './utils/messaging/wxt-browser.ts' },
    // Timing measures only in bench builds (inject/timing.ts). These modules are Chrome's: the branches for
    // Firefox's build (which bundles the card into the content script) are dropped, with what they import.
    define: {
      __SOURCELIGHT_TIMING__: JSON.stringify(process.env.SOURCELIGHT_TIMING === '1'),
      'import.meta.env.FIREFOX': 'false',
    },
    logLevel: 'warning',
  });
  return result.outputFiles[0].text;
}
