// The content script (listed in the manifest by wxt.config.ts, for every page): the first look
// (inject/first-look.ts), which loads the rest only on a page that may hold quotations (see
// docs/highlights.md). An unlisted script rather than a WXT content script: WXT's would create its context here,
// on every page, and the context wakes the extension API (the session keeps its own lifetime: lifetime.ts).
// First, so it is evaluated before every other module (see the file).
import '../../inject/loaded-at';
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { beginSession } from '../../inject/begin-session';
import { FirstLook } from '../../inject/first-look';
import { FirstMarks } from '../../inject/first-marks';
import { loadSession } from '../../inject/load-session';
import { takeLoadStart } from '../../inject/loaded-at';
import { pageLink } from '../../inject/page-link';
import { timed, timedSince } from '../../inject/timing';
import { whenParsed } from '../../inject/when-parsed';
import { startEarly } from '../../utils/round-trip/page/trip';

export default defineUnlistedScript(() => {
  const loadStart = takeLoadStart();
  if (loadStart !== null) timedSince('load', loadStart);
  // On a page that passes, the session's code is asked for, and the page's first round trip starts while it
  // loads (begin-session.ts); should its answer come first, the first marks are drawn from it. Asking for the session (the extension API's first touch, the import's start)
  // is our work too. The session's own lifetime takes over once it has loaded; until then the port's
  // disconnection is what ends the trip if the extension goes away.
  const firstLook = new FirstLook(() => {
    void beginSession<FirstMarks>({
      load: (early) => timed('load', () => loadSession(early)),
      trip: () => startEarly(document, new AbortController().signal, pageLink),
      draw: (url, result) => FirstMarks.draw(document, url, result),
    });
  });
  // Loaded at document_start, it looks once the page has been parsed (when-parsed.ts).
  whenParsed(document, window, () => firstLook.start());
});
