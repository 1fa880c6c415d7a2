// The extension API namespace behind `wxt/browser` (wxt.config.ts points webextension-polyfill here): the
// browser's own `browser` where it has a real one (Firefox, and Chrome since it added the namespace), else
// webextension-polyfill's promise wrapper of `chrome`. Why not import the polyfill as an ES module: a CommonJS
// export imported that way has every property copied, and on a native namespace that wakes every API binding,
// about a millisecond on every page the content script runs in. So the polyfill is required only when needed.
import type Browser from 'webextension-polyfill';

/** The scope's own namespace when it is an extension's (it has a runtime id), else what `polyfill` gives. */
export function extensionNamespace<T extends { runtime?: { id?: string } }>(
  scope: object,
  polyfill: () => T,
): T {
  const native = (scope as { browser?: T }).browser;
  return native?.runtime?.id ? native : polyfill();
}

const browser: typeof Browser = extensionNamespace(
  globalThis,
  () => require('webextension-polyfill/dist/browser-polyfill.js') as typeof Browser,
);

export default browser;
