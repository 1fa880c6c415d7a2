// Bundles the content script's session (entrypoints/content/session.ts) as an ES module for the extension's
// output (content-scripts/session.js). WXT builds content scripts as classic scripts only; this one is loaded
// with import() on pages that may hold quotations (entrypoints/content/load-session.ts). Called from the
// 'build:publicAssets' hook in wxt.config.ts, for every browser and mode WXT builds.
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = fileURLToPath(new URL('..', import.meta.url));

/** The module's code: minified unless WXT builds for development (`mode`, as WXT's). */
export async function bundleSession({ mode }) {
  const result = await build({
    absWorkingDir: root,
    entryPoints: ['entrypoints/content/session.ts'],
    bundle: true,
    write: false,
    format: 'esm',
    // The browsers the manifest allows (Firefox 140, Chrome of the same era).
    target: ['chrome120', 'firefox140'],
    minify: mode === 'production',
    legalComments: 'none',
    jsx: 'automatic',
    jsxImportSource: 'preact',
    alias: { 'wxt/browser': './utils/messaging/wxt-browser.ts' },
    logLevel: 'warning',
  });
  return result.outputFiles[0].text;
}
