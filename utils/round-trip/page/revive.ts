// The page's side of the round trip, last step: the analysis made on the copy (channel/format.ts), fastened
// back onto the live page. Both sides number the nodes in the same order, so the analysis names its elements
// and text nodes by number and the page takes them from its own list (read.ts): the very nodes it read,
// wherever they are now. Nothing is searched for or compared, so nothing can land on the wrong passage; a page
// that changed since is analysed again (its mutations say so).

import type { ArticleText, FoundQuote, PageAnalysis } from '../../analysis/types';
import type { AnalysisTransfer } from '../channel/format';
import { ROUND_TRIP } from '../channel/port';

export type Revived = PageAnalysis | { problem: string };

/** What the page read (read.ts): its nodes by number, and each text node's data as read, by the same number. */
export interface ReadPage {
  readonly nodes: readonly Node[];
  readonly texts: readonly (string | undefined)[];
}

/**
 * The analysis on the live page, given what the page read of itself (the nodes it numbered, their text), or a
 * plain-words reason it cannot be (an answer that does not fit what was read: never expected).
 */
export function reviveAnalysis(read: ReadPage, transfer: AnalysisTransfer): Revived {
  const steps = reviving(read, transfer, Number.POSITIVE_INFINITY);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/**
 * The same, a batch of about `ROUND_TRIP.placedPerTask` nodes and passages at a time: each batch runs inside
 * `run` (which times it), and `between` gives the page's thread back before the next (a page of thousands of
 * passages would otherwise take them all in one task).
 */
export async function reviveInBatches(
  read: ReadPage,
  transfer: AnalysisTransfer,
  run: <T>(work: () => T) => T,
  between: () => Promise<void>,
): Promise<Revived> {
  const steps = reviving(read, transfer, ROUND_TRIP.placedPerTask);
  for (;;) {
    const step = run(() => steps.next());
    if (step.done) return step.value;
    await between();
  }
}

/**
 * Revives the analysis, pausing (yield) after every `batch` nodes taken from the list. The article's text is
 * put together from the text nodes' data as read, which is what the copy held: appended piece by piece, so V8
 * copies it into one string only when it is first read (the first marks never read it).
 */
function* reviving(
  { nodes, texts }: ReadPage,
  transfer: AnalysisTransfer,
  batch: number,
): Generator<void, Revived> {
  const { report } = transfer;
  const misfit = { problem: 'The analysis does not fit the page it was made for.' };
  if (transfer.placements.length !== report.quotes.length) return misfit;
  if (transfer.nodes.length !== transfer.starts.length) return misfit;
  let taken = 0;
  const elementAt = (n: number): Element | null => {
    taken++;
    const node = nodes[n];
    return node?.nodeType === 1 ? (node as Element) : null;
  };
  const article = transfer.article === null ? null : elementAt(transfer.article);
  if (transfer.article !== null && !article) return misfit;
  if (!article && report.quotes.length > 0) return misfit;
  const textNodes: Text[] = [];
  let text = '';
  for (let i = 0; i < transfer.nodes.length; i++) {
    const n = transfer.nodes[i];
    const node = nodes[n];
    const data = texts[n];
    if (node?.nodeType !== 3 || data === undefined || transfer.starts[i] !== text.length) return misfit;
    textNodes.push(node as Text);
    text += data;
    if (++taken >= batch) {
      taken = 0;
      yield;
    }
  }
  const quotes: FoundQuote[] = [];
  for (let i = 0; i < report.quotes.length; i++) {
    const placement = transfer.placements[i];
    const elements: Element[] = [];
    for (const n of placement.elements) {
      const el = elementAt(n);
      if (!el) return misfit;
      elements.push(el);
    }
    quotes.push({
      ...report.quotes[i],
      spans: placement.spans,
      leadInMention: placement.leadInMention,
      elements,
    });
    if (++taken >= batch) {
      taken = 0;
      yield;
    }
  }
  // The page's side needs no blocks: claims are made where the analysis was.
  const articleText: ArticleText = {
    text,
    nodes: textNodes,
    starts: transfer.starts,
    blocks: [],
  };
  return { report, quotes, article, articleText };
}

/**
 * Whether the text nodes still hold the text that was analysed (a page that rewrites its text as it goes
 * keeps its marks, which sit on elements, until its new text is analysed; its claims' places may be off).
 */
export function textUnchanged(text: ArticleText): boolean {
  for (let i = 0; i < text.nodes.length; i++) {
    const data = text.nodes[i].data;
    if (!text.text.startsWith(data, text.starts[i])) return false;
    const end = i + 1 < text.starts.length ? text.starts[i + 1] : text.text.length;
    if (text.starts[i] + data.length !== end) return false;
  }
  return true;
}
