// Ranges for highlights as StaticRanges: unlike live Ranges, thousands of them cost the page nothing when its
// DOM changes (a re-analysis replaces them when the text under them moves).
import { pointAt } from '../utils/analysis/ranges';
import type { ArticleText, Span } from '../utils/analysis/types';

export function staticRangeFor(text: ArticleText, [start, end]: Span): StaticRange | null {
  const from = pointAt(text, start);
  const to = pointAt(text, end, true);
  if (!from || !to || !from.node.isConnected || !to.node.isConnected) return null;
  try {
    return new StaticRange({
      startContainer: from.node,
      startOffset: from.offset,
      endContainer: to.node,
      endOffset: to.offset,
    });
  } catch {
    return null;
  }
}
