// The rest of the content script, loaded by the first look only on pages that may hold quotations
// (load-session.ts). In Chrome it is an ES module of its own (content-scripts/session.js, built by
// scripts/build-session.mjs), so other pages never compile it, and Chrome compiles it off the page's thread.
import './loaded-at';
import type { CheapLook } from './analysis-receiver';
import type { FirstTrip } from './begin-session';
import { Lifetime } from './lifetime';
import { takeLoadStart } from './loaded-at';
import { PageSession } from './page-session';
import { timedSince } from './timing';

/**
 * Starts Sourcelight on a page the first look found worth analysing (it just checked, and started `early`,
 * the page's first round trip, meanwhile, and may have drawn its first marks), with the first look's own cheap
 * look for the page's later changes.
 */
export function startSession(early: FirstTrip | null, mayHoldQuotes: CheapLook): void {
  // Until the extension goes away (lifetime.ts). WXT's content script context is not created at all: the
  // first look is not a WXT content script, and the session needs only this much of it.
  const ctx = new Lifetime();
  const loadStart = takeLoadStart();
  if (loadStart !== null) timedSince('load', loadStart);
  new PageSession(ctx, mayHoldQuotes).start(early ?? undefined);
}
