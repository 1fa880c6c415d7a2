// The extension's way of analysing a page, run under Node: the page read node by node, rebuilt and analysed
// in an inert copy, the answer carried as JSON and revived on the page's own nodes (docs/highlights.md).
// `npm run eval` checks that it gives the page's own analysis, element for element, on every labelled page.
import { analyzePage } from '../../utils/analysis/analyze';
import { defaultOutlets } from '../../utils/outlets/default-lookup';
import type { Token } from '../../utils/round-trip/channel/format';
import { ROUND_TRIP } from '../../utils/round-trip/channel/port';
import { analyseCopy } from '../../utils/round-trip/host/analyse';
import { PageReader } from '../../utils/round-trip/page/read';
import { reviveAnalysis } from '../../utils/round-trip/page/revive';

export interface RoundTrip {
  /** The revived analysis is the page's own: same report, text, and passage elements. */
  same: boolean;
  /** Why not, in plain words. */
  problem: string | null;
  /** Characters sent, against the page's own markup. */
  sentChars: number;
  pageChars: number;
}

export async function roundTrip(live: Document, url: string | null): Promise<RoundTrip> {
  const root = live.documentElement;
  const reader = new PageReader(root);
  const parts: string[] = [];
  while (!reader.done) {
    const tokens: Token[] = [];
    reader.read(tokens, ROUND_TRIP.sliceChars, () => false);
    parts.push(JSON.stringify(tokens));
  }
  const answer = JSON.parse(
    JSON.stringify(
      analyseCopy(
        () => live.implementation.createHTMLDocument(''),
        { url: url ?? '', parts },
        defaultOutlets,
      ),
    ),
  );
  const revived = reviveAnalysis(reader, answer.analysis);
  const direct = analyzePage(live, { url: url || null, outlets: defaultOutlets });
  const result = { sentChars: parts.reduce((n, p) => n + p.length, 0), pageChars: root.outerHTML.length };
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
}
