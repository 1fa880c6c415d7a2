// Drawing the page (inject/page-drawing.ts) on the seed post: marks on the passages' elements, the overlay's
// host, drawn on the next frame and again when the window resizes; everything off the page when nothing is
// shown; and when the lifetime ends, everything of ours off the page and no frame or listener left.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { OverlayActions } from '../../components/page/view';
import { PageDrawing } from '../../inject/page-drawing';
import { ReaderChoices } from '../../inject/reader-choices';
import { OUTLET_ATTRIBUTE } from '../../utils/highlight/marks';
import { cleanUp, layOut, seedShown, testLifetime } from './content-helpers';

const HOST = 'sourcelight-overlay';

function setUp() {
  const { life, end } = testLifetime();
  let shown: ReturnType<typeof seedShown> | null = seedShown();
  layOut();
  const choices = new ReaderChoices(life);
  const drawing = new PageDrawing(
    life,
    document,
    () =>
      shown ? { shown, choices, painted: [], card: null, revealSpan: null, claimHighlights: false } : null,
    {} as OverlayActions,
  );
  const drawn = vi.spyOn(drawing, 'render');
  const marked = () => document.querySelectorAll(`[${OUTLET_ATTRIBUTE}]`).length;
  const host = () => document.querySelector(HOST);
  return { drawing, drawn, choices, end, marked, host, hide: () => (shown = null) };
}

/** The next frame, and the task after it. */
const nextFrame = () => vi.advanceTimersByTimeAsync(50);

beforeEach(() => vi.useFakeTimers());
afterEach(cleanUp);

describe('PageDrawing', () => {
  it('marks the passages and draws the overlay on the next frame, once', async () => {
    const { drawing, drawn, marked, host } = setUp();
    drawing.paint();
    drawing.queueFrame(true);
    expect(marked()).toBeGreaterThan(0);
    expect(host()).not.toBeNull();
    expect(drawn).not.toHaveBeenCalled();
    await nextFrame();
    expect(drawn).toHaveBeenCalledTimes(1);
  });

  it('takes the marks off while highlights are off, and everything when nothing is shown', () => {
    const { drawing, choices, marked, host, hide } = setUp();
    drawing.paint();
    choices.highlightsOn = false;
    drawing.paint();
    expect(marked()).toBe(0);
    expect(host()).not.toBeNull();
    hide();
    drawing.paint();
    expect(host()).toBeNull();
  });

  it('tells our nodes from the page’s', () => {
    const { drawing, host } = setUp();
    drawing.paint();
    expect(drawing.isOwn(host() as Element)).toBe(true);
    expect(drawing.isHost(host())).toBe(true);
    expect(drawing.isOwn(document.body)).toBe(false);
  });

  it('draws again when the window resizes', async () => {
    const { drawing, drawn } = setUp();
    drawing.listen();
    drawing.paint();
    await nextFrame();
    window.dispatchEvent(new Event('resize'));
    await nextFrame();
    expect(drawn).toHaveBeenCalledTimes(2);
  });

  it('takes everything off the page and leaves no frame or listener when the lifetime ends', async () => {
    const { drawing, drawn, end, marked, host } = setUp();
    drawing.listen();
    drawing.paint();
    end();
    expect(marked()).toBe(0);
    expect(host()).toBeNull();
    window.dispatchEvent(new Event('resize'));
    await nextFrame();
    expect(drawn).not.toHaveBeenCalled();
    expect(vi.getTimerCount()).toBe(0);
  });
});
