import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'wxt';
import { CARD_MODULE } from './inject/card-loader';
import { SESSION_MODULE } from './inject/load-session';
import { bundleCard, bundleSession } from './scripts/build-session.mjs';
import { unicodeRegexpsOnFirstUse } from './scripts/unicode-regexps.mjs';
import { shippedIndexFile, shippedOutletsFile } from './utils/outlets/default-lookup';
import { OUTLET_INDEX_MODULE } from './utils/outlets/index-file';
import { OUTLETS_FILE, outletsFileText } from './utils/outlets/outlets-file';

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));

// The manifest asks for the least that works: see README "Permissions".
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  imports: false,
  manifest: ({ browser }) => ({
    name: 'Sourcelight',
    description:
      "Shows who said what on aggregating blogs: each quoted outlet, the blogger's own words, and the claims, kept on your machine.",
    // Chrome's service worker has no DOM: pages are parsed in an offscreen document (Firefox's background page can).
    permissions: browser === 'firefox' ? ['storage'] : ['storage', 'offscreen'],
    // The content script: the first look (entrypoints/first-look/), built by WXT as an unlisted script so that
    // it creates no WXT context on every page (see the file). Loaded at document_start, it looks at
    // DOMContentLoaded (inject/when-parsed.ts): Chrome runs document_end scripts some time after that event,
    // and the default (document_idle) 10–60 ms later still.
    content_scripts: [{ matches: ['<all_urls>'], js: ['first-look.js'], run_at: 'document_start' }],
    // Web-accessible: the note editor framed in a saved claim's card (entrypoints/note-frame/), and, in Chrome,
    // the session and card modules the content script imports (inject/load-session.ts, card-loader.ts: a
    // page's import() needs them web-accessible). Chrome's dynamic URL keeps pages from probing for either; Firefox's MV2 list is of
    // paths, under an address random to each installation (its content script carries its session inside).
    web_accessible_resources:
      browser === 'firefox'
        ? ['note-frame.html']
        : [
            {
              resources: [SESSION_MODULE, CARD_MODULE, 'note-frame.html'],
              matches: ['<all_urls>'],
              use_dynamic_url: true,
            },
          ],
    // The toolbar icon (public/icon/, drawn by scripts/make-icons.mjs); WXT lists the same files as `icons`.
    // Firefox's MV2 manifest names the action browser_action (WXT's conversion drops its icon).
    [browser === 'firefox' ? 'browser_action' : 'action']: {
      default_title: 'Sourcelight',
      default_icon: { 16: 'icon/16.png', 32: 'icon/32.png', 48: 'icon/48.png', 128: 'icon/128.png' },
    },
    commands: {
      'toggle-highlights': {
        suggested_key: { default: 'Alt+Shift+H' },
        description: 'Turn Sourcelight highlights on or off',
      },
    },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'sourcelight@sourcelight.invalid',
              strict_min_version: '140.0',
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : {}),
  }),
  hooks: {
    'build:publicAssets': async (wxt, files) => {
      if (wxt.config.browser === 'firefox') return;
      const { mode } = wxt.config;
      const [session, card] = await Promise.all([bundleSession({ mode }), bundleCard({ mode })]);
      files.push(
        { relativeDest: SESSION_MODULE, contents: session },
        { relativeDest: CARD_MODULE, contents: card },
        // The outlets table and its index, fetched by the offscreen document as it starts (entrypoints/offscreen/).
        { relativeDest: OUTLETS_FILE, contents: outletsFileText(shippedOutletsFile()) },
      );
    },
  },
  vite: () => ({
    // The offscreen document's chunk (the analyser's host) with its literals over Unicode's properties written
    // as strings compiled when first used: V8 checks each such literal as it compiles the chunk, before the
    // document's first answer (scripts/unicode-regexps.mjs).
    plugins: [
      outletIndexModule(),
      keyedJsonModules(),
      unicodeRegexpsOnFirstUse((file) => file.startsWith('chunks/offscreen-')),
    ],
    // Timing measures only in bench builds (inject/timing.ts).
    // JSON imports (the outlets dataset, 300 KB) as JSON.parse of a string: V8 reads that far faster than the
    // same data as an object literal, which the analyser's host parsed before its first answer.
    json: { stringify: true, namedExports: false },
    define: { __SOURCELIGHT_TIMING__: JSON.stringify(process.env.SOURCELIGHT_TIMING === '1') },
    oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
    // webextension-polyfill only where the browser has no namespace of its own (see the file).
    resolve: {
      alias: [
        {
          find: /^webextension-polyfill$/,
          replacement: here('./utils/messaging/browser-namespace.ts'),
        },
      ],
    },
  }),
});

/**
 * The outlets index made once here, at build time, as the JSON of utils/outlets/index-file.ts, for Firefox's
 * analyser's host to read instead of building it before its first answer (docs/highlights.md, "The first load");
 * Chrome's reads it from the outlets file instead (build:publicAssets above).
 */
function outletIndexModule() {
  const resolved = `\0${OUTLET_INDEX_MODULE}`;
  return {
    name: 'sourcelight-outlet-index',
    resolveId: (id: string) => (id === OUTLET_INDEX_MODULE ? resolved : undefined),
    load: (id: string) =>
      id === resolved ? `export default ${JSON.stringify(JSON.stringify(shippedIndexFile()))};` : undefined,
  };
}

/** Data files read key by key: their modules' ids, by the file's path. */
const KEYED_JSON = new Map(
  [
    './utils/analysis/data/lead-in-words.json',
    './utils/analysis/data/lead-in-cues.json',
    './utils/analysis/data/document-words.json',
  ].map((path) => [here(path), `\0sourcelight-keyed:${path.replace(/\.json$/, '')}`]),
);

/**
 * A data file as a module with one export a top-level key, each the JSON.parse of a string as other JSON is read
 * (above), so that tree-shaking leaves out the keys a bundle does not import: the content script's pre-check reads
 * one slot of lead-in-words.json and the cues of lead-in-cues.json without their `_doc`, the analyser every slot.
 * (The `json` options above make one default export of a whole file, which would carry all of it.)
 */
function keyedJsonModules() {
  const paths = new Map([...KEYED_JSON].map(([path, id]) => [id, path]));
  return {
    name: 'sourcelight-keyed-json',
    enforce: 'pre' as const,
    resolveId: (id: string, importer?: string) => {
      if (!id.endsWith('.json') || importer === undefined) return undefined;
      return KEYED_JSON.get(resolve(dirname(importer), id));
    },
    load: (id: string) => {
      const path = paths.get(id);
      if (path === undefined) return undefined;
      const data = JSON.parse(readFileSync(path, 'utf8')) as Record<string, unknown>;
      const keys = Object.entries(data).map(
        ([key, value]) =>
          `export const ${key} = /* @__PURE__ */ JSON.parse(${JSON.stringify(JSON.stringify(value))});`,
      );
      return `${keys.join('\n')}\nexport default { ${Object.keys(data).join(', ')} };\n`;
    },
  };
}
