import { fileURLToPath } from 'node:url';
import { defineConfig } from 'wxt';

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
  vite: () => ({
    oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
    // webextension-polyfill only where the browser has no namespace of its own (see the file).
    resolve: {
      alias: [
        {
          find: /^webextension-polyfill$/,
          replacement: fileURLToPath(new URL('./utils/messaging/browser-namespace.ts', import.meta.url)),
        },
      ],
    },
  }),
});
