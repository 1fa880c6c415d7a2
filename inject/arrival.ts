// Whether a page's first answer shows its highlights, as ReaderChoices.takeAnswer decides for a new page: a
// module of its own, importing nothing with effects, so that the first look can decide it too (first-marks.ts).
import type { PageRecorded } from '../utils/messaging/protocol';
import { isPageDisabled } from '../utils/storage/settings';

/** The site's choice, none on a site switched off, on when the reader's settings could not be read. */
export function highlightsOnArrival(page: PageRecorded | null, url: string): boolean {
  if (!page) return true;
  return page.highlightsOn && !isPageDisabled(page.settings, url);
}
