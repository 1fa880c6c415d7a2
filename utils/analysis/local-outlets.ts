// A local blog calls its city's paper by its short name ("the Sun", "the Banner"). The outlets lookup reads such
// a name as the paper of the place the page names (MentionOptions.pageText) when it is given the page's text.
import type { OutletLookup } from '../outlets/types';
import { visibleText } from './dom';

/** How much of the page's text is read for places: its title, header and first posts. */
const TEXT_MAX = 100_000;

/** `outlets`, its mentions read on `doc`, whose text (title and body, bounded) is read once, when a short name
 * is first met. */
export function onPage(outlets: OutletLookup, doc: Document): OutletLookup {
  let read: string | null = null;
  const pageText = () => {
    read ??= `${doc.title}\n${doc.body ? visibleText(doc.body, TEXT_MAX) : ''}`;
    return read;
  };
  return { ...outlets, mentions: (t, options) => outlets.mentions(t, { pageText, ...options }) };
}
