// The content script: runs on every page, looks cheaply for quotations first, and only then analyses the page
// and shows its sources (see docs/highlights.md).
// First, so it is evaluated before every other module (see the file).
import './loaded-at';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { LOADED_AT } from './loaded-at';
import { PageSession } from './page-session';
import { timedSince } from './timing';

export default defineContentScript({
  matches: ['<all_urls>'],
  // The old "script started" window.postMessage (kept by WXT for its older versions) costs ~5 ms on every page
  // and wakes the page's own message listeners; ours listen for the custom event that replaced it.
  noScriptStartedPostMessage: true,
  main(ctx) {
    timedSince('load', LOADED_AT);
    new PageSession(ctx).start();
  },
});
