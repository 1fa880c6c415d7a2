// The content script: runs on every page and looks cheaply for quotations; only a page that may hold some
// loads the rest (session.ts), which analyses it and shows its sources (see docs/highlights.md).
// First, so it is evaluated before every other module (see the file).
import './loaded-at';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { FirstLook } from './first-look';
import { loadSession } from './load-session';
import { takeLoadStart } from './loaded-at';
import { timedSince } from './timing';

export default defineContentScript({
  matches: ['<all_urls>'],
  // The old "script started" window.postMessage (kept by WXT for its older versions) costs ~5 ms on every page
  // and wakes the page's own message listeners; ours listen for the custom event that replaced it.
  noScriptStartedPostMessage: true,
  main(ctx) {
    const loadStart = takeLoadStart();
    if (loadStart !== null) timedSince('load', loadStart);
    new FirstLook(ctx, () => void loadSession(ctx)).start();
  },
});
