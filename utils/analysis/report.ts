// The report of a page with nothing found on it: where the analysis failed, or was not wanted.
import type { PageReport } from './types';

export function emptyReport(url: string | null, warnings: string[] = []): PageReport {
  return {
    url,
    title: null,
    publication: null,
    aggregated: false,
    quotes: [],
    posts: [],
    breakdown: [],
    warnings,
  };
}
