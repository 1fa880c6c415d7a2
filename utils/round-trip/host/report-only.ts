// An answer that is a report alone, apart from the analyser (analyse.ts): the background answers a page it
// did not analyse with it, and importing it from analyse.ts would bundle the whole analyser and its word
// lists into Chrome's service worker, whose script the browser evaluates before it can open the analyser's
// document.
import type { PageReport } from '../../analysis/types';
import type { PagePassages } from './analyse';

/** An answer that is a report alone: no article, text, passages or claims (a page not analysed). */
export function reportOnly(report: PageReport): PagePassages {
  return {
    analysis: { report, article: null, nodes: [], starts: [], placements: [] },
    view: { quotes: [], summary: [], stylesheet: '' },
  };
}
