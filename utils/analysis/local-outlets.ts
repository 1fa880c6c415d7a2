// A local blog calls its city's paper by its short name ("the Sun", "the Banner"). The outlets lookup reads such
// a name as the paper of the place the page names (MentionOptions.pageText) when it is given the page's text.
import type { OutletLookup } from '../outlets/types';

/** How much of the page's text is read for places: enough for any post. */
const TEXT_MAX = 100_000;

/** `outlets`, its mentions read on a page whose text `text` gives (asked once, when a short name is first met). */
export function onPage(outlets: OutletLookup, text: () => string): OutletLookup {
  let read: string | null = null;
  const pageText = () => {
    read ??= text().slice(0, TEXT_MAX);
    return read;
  };
  return { ...outlets, mentions: (t, options) => outlets.mentions(t, { pageText, ...options }) };
}
