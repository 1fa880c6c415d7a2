// From a point in the page's text (a text node and an offset, as caretPositionFromPoint gives) to the claim
// under it: the node's place in the article's text, then a binary search over the claims' spans.
import type { ArticleText, Span } from '../analysis/types';

export interface Spanned {
  span: Span;
}

export class ClaimIndex<T extends Spanned> {
  private readonly sorted: T[];
  private nodeIndex: Map<Node, number> | null = null;

  constructor(
    private readonly text: ArticleText,
    claims: readonly T[],
  ) {
    this.sorted = [...claims].sort((a, b) => a.span[0] - b.span[0]);
  }

  get claims(): readonly T[] {
    return this.sorted;
  }

  /** Offset in the article's text of a point in one of its text nodes, or null outside the article. */
  offsetOf(node: Node, offset: number): number | null {
    // Built on first use: hovering is rare next to loading a page.
    if (!this.nodeIndex) {
      this.nodeIndex = new Map();
      const { nodes } = this.text;
      for (let i = 0; i < nodes.length; i++) this.nodeIndex.set(nodes[i], i);
    }
    const i = this.nodeIndex.get(node);
    return i === undefined ? null : this.text.starts[i] + offset;
  }

  /** The claim whose span holds the position (start inclusive, end exclusive). */
  claimAt(position: number): T | null {
    let lo = 0;
    let hi = this.sorted.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const [start, end] = this.sorted[mid].span;
      if (position < start) hi = mid - 1;
      else if (position >= end) lo = mid + 1;
      else return this.sorted[mid];
    }
    return null;
  }

  claimAtPoint(node: Node, offset: number): T | null {
    const position = this.offsetOf(node, offset);
    return position === null ? null : this.claimAt(position);
  }

  /** The next (or previous) claim after `current` in page order, wrapping around; the first when none. */
  step(current: T | null, direction: 1 | -1): T | null {
    const n = this.sorted.length;
    if (n === 0) return null;
    const at = current ? this.sorted.indexOf(current) : -1;
    if (at < 0) return direction === 1 ? this.sorted[0] : this.sorted[n - 1];
    return this.sorted[(at + direction + n) % n];
  }
}
