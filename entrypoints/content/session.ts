// The rest of the content script, loaded by the first look only on pages that may hold quotations
// (load-session.ts). In Chrome it is an ES module of its own (content-scripts/session.js, built by
// scripts/build-session.mjs), so other pages never compile it, and Chrome compiles it off the page's thread.
import './loaded-at';
import { ContentScriptContext } from 'wxt/utils/content-script-context';
import { takeLoadStart } from './loaded-at';
import { PageSession } from './page-session';
import { timedSince } from './timing';

/** Starts Sourcelight on a page the first look found worth analysing (it just checked). */
export function startSession(): void {
  // WXT's context (clean-up on an extension update, navigation events), created here rather than on every
  // page. Its old "script started" window.postMessage (kept by WXT for its older versions) costs ~5 ms and wakes
  // the page's own message listeners: off; WXT's custom event does the same job.
  const ctx = new ContentScriptContext('content', {
    matches: ['<all_urls>'],
    noScriptStartedPostMessage: true,
  });
  const loadStart = takeLoadStart();
  if (loadStart !== null) timedSince('load', loadStart);
  new PageSession(ctx).start();
}
