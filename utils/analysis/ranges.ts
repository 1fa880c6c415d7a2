// Maps offsets in the article's text back to DOM positions, so spans (quotes, claims, lead-in mentions)
// become Ranges for the CSS Custom Highlight API, and selectors can be found again.
import type { ArticleText, Span } from './types';

export interface DomPoint {
  node: Text;
  offset: number;
}

/** The text node and offset holding a position of the article's text (binary search over node starts). */
export function pointAt(text: ArticleText, position: number, preferEnd = false): DomPoint | null {
  const { nodes, starts } = text;
  if (nodes.length === 0) return null;
  let lo = 0;
  let hi = nodes.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid] < position || (!preferEnd && starts[mid] === position)) lo = mid;
    else hi = mid - 1;
  }
  const node = nodes[lo];
  const offset = Math.max(0, Math.min(node.data.length, position - starts[lo]));
  return { node, offset };
}

/** A live Range over a span, or null when the page changed under it (a node's text is no longer as read). */
export function rangeFor(doc: Document, text: ArticleText, [start, end]: Span): Range | null {
  const from = pointAt(text, start);
  const to = pointAt(text, end, true);
  if (!from || !to || !from.node.isConnected || !to.node.isConnected) return null;
  try {
    const range = doc.createRange();
    range.setStart(from.node, from.offset);
    range.setEnd(to.node, to.offset);
    return range;
  } catch {
    return null;
  }
}

/**
 * Finds a W3C TextQuoteSelector again in the article's text: exact match nearest the remembered position,
 * preferring the one whose prefix and suffix also match. Returns null when the text is gone.
 */
export function findQuote(
  text: string,
  selector: { exact: string; prefix?: string; suffix?: string },
  hint?: number,
): Span | null {
  const { exact } = selector;
  if (!exact) return null;
  let best: Span | null = null;
  let bestScore = -1;
  for (let at = text.indexOf(exact); at >= 0; at = text.indexOf(exact, at + 1)) {
    let score = 0;
    if (selector.prefix && text.slice(Math.max(0, at - selector.prefix.length), at) === selector.prefix)
      score += 2;
    if (
      selector.suffix &&
      text.slice(at + exact.length, at + exact.length + selector.suffix.length) === selector.suffix
    )
      score += 2;
    if (hint !== undefined) score += 1 / (1 + Math.abs(hint - at));
    if (score > bestScore) {
      best = [at, at + exact.length];
      bestScore = score;
    }
  }
  if (best) return best;
  // White space may differ between visits (re-rendered markup): match on collapsed text.
  const collapse = (s: string) => s.replace(/\s+/g, ' ');
  const flatExact = collapse(exact).trim();
  if (!flatExact) return null;
  const map: number[] = [];
  let flat = '';
  for (let i = 0; i < text.length; i++) {
    const ch = /\s/.test(text[i]) ? ' ' : text[i];
    if (ch === ' ' && flat.endsWith(' ')) continue;
    map.push(i);
    flat += ch;
  }
  const at = flat.indexOf(flatExact);
  if (at < 0) return null;
  return [map[at], map[at + flatExact.length - 1] + 1];
}
