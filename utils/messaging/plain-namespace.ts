// The extension namespace for the content script's first look (entrypoints/content/index.ts), which only reads
// runtime.id (WXT's context) and calls runtime.getURL: both plain, synchronous calls on `browser` and `chrome`
// alike, so the every-page script carries no polyfill (wxt.config.ts points it here; the session module, which
// sends messages, gets browser-namespace.ts).
import type Browser from 'webextension-polyfill';

const scope = globalThis as { browser?: typeof Browser; chrome?: typeof Browser };

const browser = (scope.browser?.runtime?.id ? scope.browser : scope.chrome) as typeof Browser;

export default browser;
