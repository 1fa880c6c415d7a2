// The one place the popup asks which colour a source has on its page, so its rows match the page's marks.
import type { PageReport } from '../../utils/analysis/types';
import type { SummaryEntry } from '../../utils/highlight/labels';
import { pageColours, swatchOf } from '../../utils/highlight/page-colours';

/** A source's solid colour on this page: outlets by name, the publication's own words and unnamed sources grey. */
export function sourceColours(
  report: Pick<PageReport, 'quotes'>,
): (entry: Pick<SummaryEntry, 'source' | 'kind'>) => string {
  const colours = pageColours(report.quotes);
  return (entry) => swatchOf(colours.entry(entry)).colour;
}
