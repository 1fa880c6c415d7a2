// The extension's way of analysing a page, run under Node: the page's markup read in pieces, analysed on a
// parsed copy, the answer carried as JSON and revived on the page (docs/highlights.md). `npm run eval` checks
// that it gives the page's own analysis, element for element, on every labelled page.
import { parseHtml } from '../../cli/parse';
import { analyzePage } from '../../utils/analysis/analyze';
import { reviveAnalysis } from '../../utils/analysis/transfer';
import { defaultOutlets } from '../../utils/outlets/default-lookup';
import { analyseMarkup } from '../../utils/page-service/analyse-markup';
import { markupPieces } from '../../utils/page-service/markup-pieces';

export interface RoundTrip {
  /** The revived analysis is the page's own: same report, text, and passage elements. */
  same: boolean;
  /** Why not, in plain words. */
  problem: string | null;
  /** Characters of markup sent, against the page's own markup. */
  sentChars: number;
  pageChars: number;
}

export async function roundTrip(live: Document, url: string | null): Promise<RoundTrip> {
  const root = live.documentElement;
  const sent = [...markupPieces(root)].join('');
  const copies: Array<{ close(): Promise<void> }> = [];
  try {
    const answer = JSON.parse(
      JSON.stringify(
        analyseMarkup(
          (html) => {
            const copy = parseHtml(html, url);
            copies.push(copy);
            return copy.document;
          },
          { url: url ?? '', html: sent },
          defaultOutlets,
        ),
      ),
    );
    const revived = reviveAnalysis(live, answer.analysis);
    const direct = analyzePage(live, { url: url || null, outlets: defaultOutlets });
    const result = { sentChars: sent.length, pageChars: root.outerHTML.length };
    if ('problem' in revived) return { ...result, same: false, problem: revived.problem };
    if (JSON.stringify(revived.report) !== JSON.stringify(direct.report))
      return { ...result, same: false, problem: 'the report differs' };
    if (revived.articleText.text !== direct.articleText.text)
      return { ...result, same: false, problem: "the article's text differs" };
    const elementsSame = revived.quotes.every(
      (q, i) =>
        q.elements.length === direct.quotes[i]?.elements.length &&
        q.elements.every((el, j) => el === direct.quotes[i].elements[j]),
    );
    return { ...result, same: elementsSame, problem: elementsSame ? null : 'a passage is on other elements' };
  } finally {
    await Promise.all(copies.map((c) => c.close()));
  }
}
