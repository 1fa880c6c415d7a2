// `wxt/browser` for the content script's session module, which is bundled outside WXT
// (scripts/build-session.mjs): the same namespace WXT's build gives the rest of the extension.
import browser from './browser-namespace';

export { browser };
