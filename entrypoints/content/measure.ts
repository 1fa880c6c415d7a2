// Layout reads, in one place and in one batch: where each passage's elements and a claim's lines sit,
// relative to the overlay's origin. Reading all rectangles before writing anything costs one layout at most.
import type { Box } from '../../components/page/view';

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

export interface CardPlace {
  top: number;
  left: number;
  above: boolean;
}

const CARD_WIDTH = 416;
const CARD_ROOM = 260;

/** Below the claim's last line, or above its first when the viewport has no room below. */
export function cardPlaceFor(
  range: Range,
  origin: Origin,
  viewport: { width: number; height: number },
): CardPlace | null {
  const rects = Array.from(range.getClientRects()).filter((r) => r.width > 0 || r.height > 0);
  if (rects.length === 0) return null;
  const first = rects[0];
  const last = rects[rects.length - 1];
  const above = last.bottom + CARD_ROOM > viewport.height && first.top - CARD_ROOM > 0;
  const anchor = above ? first : last;
  const left = Math.max(
    8,
    Math.min(anchor.left, viewport.width - Math.min(CARD_WIDTH, viewport.width - 24) - 12),
  );
  return {
    top: (above ? anchor.top - 6 : anchor.bottom + 6) - origin.y,
    left: left - origin.x,
    above,
  };
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
