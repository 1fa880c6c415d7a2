// A card goes beside its claim, never over it, and stays in view.
import { describe, expect, it } from 'vitest';
import { intersects, placeCard } from '../../components/page/card-place';

const viewport = { top: 1000, left: 0, width: 1200, height: 800 };
const size = { width: 350, height: 200 };
const box = (top: number, left: number, width: number, height: number) => ({ top, left, width, height });

describe('placeCard', () => {
  it('goes below the claim when there is room, clear of its lines and inside the viewport', () => {
    const lines = [box(1200, 100, 700, 20), box(1220, 100, 300, 20)];
    const spot = placeCard(lines, size, viewport);
    expect(spot.side).toBe('below');
    const card = { ...size, top: spot.top, left: spot.left };
    for (const line of lines) expect(intersects(card, line)).toBe(false);
    expect(spot.top).toBeGreaterThanOrEqual(1240);
  });

  it('goes above a claim near the bottom, beside one filling the height, clamped to the viewport', () => {
    expect(placeCard([box(1700, 100, 700, 20)], size, viewport).side).toBe('above');
    const tall = placeCard([box(1050, 100, 600, 700)], size, viewport);
    expect(tall.side).toBe('right');
    expect(tall.left).toBe(708);
    const right = placeCard([box(1200, 1000, 190, 20)], size, viewport);
    expect(right.left + size.width).toBeLessThanOrEqual(1200);
  });

  it('keeps clear of the boxes it must avoid (the bar)', () => {
    const bar = box(1700, 0, 800, 90);
    const spot = placeCard([box(1480, 100, 700, 20)], size, viewport, [bar]);
    expect(spot.side).toBe('above');
    expect(intersects({ ...size, top: spot.top, left: spot.left }, bar)).toBe(false);
  });

  it('never covers the claim even when nothing fits in view', () => {
    const lines = [box(1010, 10, 1180, 780)];
    const spot = placeCard(lines, size, viewport);
    expect(intersects({ ...size, top: spot.top, left: spot.left }, lines[0])).toBe(false);
  });
});
