// The content script (listed in the manifest by wxt.config.ts, for every page): the first look
// (entrypoints/content/first-look.ts), which loads the rest only on a page that may hold quotations (see
// docs/highlights.md). An unlisted script rather than a WXT content script: WXT's would create its context here,
// on every page, and the context wakes the extension API (the session keeps its own lifetime: lifetime.ts).
// First, so it is evaluated before every other module (see the file).
import '../content/loaded-at';
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { FirstLook } from '../content/first-look';
import { loadSession } from '../content/load-session';
import { takeLoadStart } from '../content/loaded-at';
import { timed, timedSince } from '../content/timing';

export default defineUnlistedScript(() => {
  const loadStart = takeLoadStart();
  if (loadStart !== null) timedSince('load', loadStart);
  // Asking for the session (the first touch of the extension API, the import's start) is our work too.
  new FirstLook(() => void timed('load', () => loadSession())).start();
});
