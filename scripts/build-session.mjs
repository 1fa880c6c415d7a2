// Bundles the content script's session (inject/session.ts) as an ES module for the extension's
// output (content-scripts/session.js). WXT builds content scripts as classic scripts only; this one is loaded
// with import() on pages that may hold quotations (inject/load-session.ts). Called from the
// 'build:publicAssets' hook in wxt.config.ts, for every browser and mode WXT builds.
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = fileURLToPath(new URL('..', import.meta.url));

/** V8's magic comment for "compile all of this file eagerly"; first in the file. */
export const COMPILE_EAGERLY = '//# allFunctionsCalledOnLoad';

/** The module's code: minified unless WXT builds for development (`mode`, as WXT's). */
export async function bundleSession({ mode }) {
  const result = await build({
    absWorkingDir: root,
    entryPoints: ['inject/session.ts'],
    bundle: true,
    write: false,
    format: 'esm',
    // The browsers the manifest allows (Firefox 140, Chrome of the same era).
    target: ['chrome120', 'firefox140'],
    minify: mode === 'production',
    legalComments: 'none',
    // V8's explicit compile hint: Chrome (136 on) then compiles every function while it streams the module, on
    // a background thread, instead of each on the page's thread the first time it is called. Nearly all of the
    // session runs on the pages that load it. Other browsers read a comment.
    banner: { js: COMPILE_EAGERLY },
    jsx: 'automatic',
    jsxImportSource: 'preact',
    alias: { 'wxt/browser': './utils/messaging/wxt-browser.ts' },
    // Timing measures only in bench builds (inject/timing.ts).
    define: { __SOURCELIGHT_TIMING__: JSON.stringify(process.env.SOURCELIGHT_TIMING === '1') },
    logLevel: 'warning',
  });
  return result.outputFiles[0].text;
}
