// Layout reads, in one place and in one batch: where each passage's elements and a claim's lines sit,
// relative to the overlay's origin. Reading all rectangles before writing anything costs one layout at most.
import type { Box } from '../components/page/view';

export interface Origin {
  x: number;
  y: number;
}

/** The overlay host's top-left corner in viewport coordinates (it sits at the document's origin). */
export function originOf(host: Element): Origin {
  const rect = host.getBoundingClientRect();
  return { x: rect.left, y: rect.top };
}

function toBox(rect: DOMRect, origin: Origin): Box {
  return { top: rect.top - origin.y, left: rect.left - origin.x, width: rect.width, height: rect.height };
}

/** Boxes of elements that are laid out (hidden ones have no box and get no mark). */
export function boxesOf(elements: readonly Element[], origin: Origin): Box[] {
  const boxes: Box[] = [];
  for (const el of elements) {
    if (!el.isConnected) continue;
    const rect = el.getBoundingClientRect();
    if (rect.width === 0 && rect.height === 0) continue;
    boxes.push(toBox(rect, origin));
  }
  return boxes;
}

/** Boxes of a range's lines of text (empty when it is not laid out). */
export function lineBoxesOf(range: Range, origin: Origin): Box[] {
  return Array.from(range.getClientRects())
    .filter((r) => r.width > 0 && r.height > 0)
    .map((r) => toBox(r, origin));
}

/** Whether a viewport point is really over the text at a caret (caret lookups snap to the nearest line). */
export function pointOverText(node: Text, offset: number, x: number, y: number): boolean {
  const range = node.ownerDocument.createRange();
  const at = Math.min(offset, Math.max(0, node.data.length - 1));
  range.setStart(node, at);
  range.setEnd(node, Math.min(node.data.length, at + 1));
  const slack = 2;
  for (const r of Array.from(range.getClientRects())) {
    if (
      x >= r.left - slack - r.width &&
      x <= r.right + slack + r.width &&
      y >= r.top - slack &&
      y <= r.bottom + slack
    )
      return true;
  }
  return false;
}

/** The part of the page in view, in the overlay's coordinates (scroll bars left out). */
export function viewportOf(doc: Document, origin: Origin): Box {
  const root = doc.documentElement;
  return { top: -origin.y, left: -origin.x, width: root.clientWidth, height: root.clientHeight };
}

/** Where the page's own content ends, in the overlay's coordinates: the bottom of <html> or <body>. */
export function pageBottomOf(doc: Document, origin: Origin): number {
  let bottom = 0;
  for (const el of [doc.documentElement, doc.body])
    if (el) bottom = Math.max(bottom, el.getBoundingClientRect().bottom);
  return bottom - origin.y;
}
