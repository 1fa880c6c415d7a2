// Where a claim's card goes: beside the passage it describes, never over it. Below the claim's lines, else
// above, else to their right or left; kept inside the viewport along the other axis, and off the boxes it must
// not cover (the claim's lines, the bar). All boxes in one coordinate space (the overlay's).
import type { Box } from './view';

export type CardSide = 'below' | 'above' | 'right' | 'left';

export interface CardSpot {
  top: number;
  left: number;
  side: CardSide;
}

const GAP = 8;
const MARGIN = 8;

function union(boxes: readonly Box[]): Box {
  const top = Math.min(...boxes.map((b) => b.top));
  const left = Math.min(...boxes.map((b) => b.left));
  const bottom = Math.max(...boxes.map((b) => b.top + b.height));
  const right = Math.max(...boxes.map((b) => b.left + b.width));
  return { top, left, width: right - left, height: bottom - top };
}

export function intersects(a: Box, b: Box): boolean {
  return (
    a.left < b.left + b.width &&
    b.left < a.left + a.width &&
    a.top < b.top + b.height &&
    b.top < a.top + a.height
  );
}

const clamp = (value: number, low: number, high: number) =>
  Math.max(low, Math.min(value, Math.max(low, high)));

/**
 * The card's top-left corner. `claim`: the claim's line boxes (not empty); `size`: the card's own size;
 * `viewport`: the visible part of the page; `avoid`: other boxes to keep clear of (the bar).
 */
export function placeCard(
  claim: readonly Box[],
  size: { width: number; height: number },
  viewport: Box,
  avoid: readonly Box[] = [],
): CardSpot {
  const around = union(claim);
  const vx = (left: number) =>
    clamp(left, viewport.left + MARGIN, viewport.left + viewport.width - size.width - MARGIN);
  const vy = (top: number) =>
    clamp(top, viewport.top + MARGIN, viewport.top + viewport.height - size.height - MARGIN);
  const spots: CardSpot[] = [
    { side: 'below', top: around.top + around.height + GAP, left: vx(around.left) },
    { side: 'above', top: around.top - GAP - size.height, left: vx(around.left) },
    { side: 'right', top: vy(around.top), left: around.left + around.width + GAP },
    { side: 'left', top: vy(around.top), left: around.left - GAP - size.width },
  ];
  const box = (s: CardSpot): Box => ({ top: s.top, left: s.left, width: size.width, height: size.height });
  const inside = (b: Box) =>
    b.top >= viewport.top &&
    b.left >= viewport.left &&
    b.top + b.height <= viewport.top + viewport.height &&
    b.left + b.width <= viewport.left + viewport.width;
  const clear = (b: Box) => !intersects(b, around) && !avoid.some((a) => intersects(b, a));
  const fits = spots.find((s) => inside(box(s)) && clear(box(s)));
  if (fits) return fits;
  // Nowhere wholly in view: below or above, whichever has more room, still clear of the claim.
  const roomBelow = viewport.top + viewport.height - (around.top + around.height);
  const roomAbove = around.top - viewport.top;
  return roomBelow >= roomAbove ? spots[0] : spots[1];
}
