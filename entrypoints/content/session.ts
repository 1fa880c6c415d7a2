// The rest of the content script, as an ES module of its own (content-scripts/session.js, built by
// scripts/build-session.mjs): loaded by the content script only on pages that may hold quotations, so
// other pages never compile it, and the browser keeps its compiled code between pages.
import './loaded-at';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { takeLoadStart } from './loaded-at';
import { PageSession } from './page-session';
import { timedSince } from './timing';

/** Starts Sourcelight on a page the content script found worth a look (it just checked). */
export function startSession(ctx: ContentScriptContext): void {
  const loadStart = takeLoadStart();
  if (loadStart !== null) timedSince('load', loadStart);
  new PageSession(ctx).start();
}
