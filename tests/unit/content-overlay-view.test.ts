// What the overlay shows (inject/overlay-view.ts), worked out from the session's state on the seed post: each
// passage with its badge while highlights are on, the lines of saved claims, the open card's claim and the
// span "show in page" flashes, and the card beside its claim (with its note's frame when the claim is saved).
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { OpenCard } from '../../inject/card-controller';
import { type DrawState, measureQuotes, overlayViewOf, type Shown } from '../../inject/overlay-view';
import { ReaderChoices } from '../../inject/reader-choices';
import { cleanUp, layOut, seedShown, testLifetime } from './content-helpers';

let shown: Shown;
let choices: ReaderChoices;

function state(overrides: Partial<DrawState> = {}): DrawState {
  return { shown, choices, painted: [], card: null, revealSpan: null, claimHighlights: true, ...overrides };
}

const origin = { x: 0, y: 0 };
const view = (s: DrawState) => overlayViewOf(s, document, origin, () => measureQuotes(s.shown, origin));

beforeEach(() => {
  shown = seedShown();
  choices = new ReaderChoices(testLifetime().life);
  layOut();
});
afterEach(cleanUp);

describe('overlayViewOf', () => {
  it('draws every passage with its badge while highlights are on, and none while off', () => {
    const on = view(state());
    expect(on.quotes.map((q) => q.label)).toEqual(shown.view.quotes.map((look) => look.label));
    expect(on.quotes.every((q) => q.boxes.length > 0)).toBe(true);
    expect(on.bar?.highlightsOn).toBe(true);
    choices.highlightsOn = false;
    expect(view(state()).quotes).toEqual([]);
  });

  it('measures the passages only while highlights are on', () => {
    const measured = vi.fn(() => measureQuotes(shown, origin));
    choices.highlightsOn = false;
    overlayViewOf(state(), document, origin, measured);
    expect(measured).not.toHaveBeenCalled();
  });

  it('draws the saved claims’ line, the open card’s claim and the flashed span', () => {
    const [first, second] = shown.claims;
    choices.savedIds = new Set([first.id]);
    const card: OpenCard = { claim: second, focus: false, pinned: true, status: { state: 'idle' } };
    const lines = view(state({ card, revealSpan: second.span })).lines;
    expect(lines.map((line) => line.kind)).toEqual(['saved', 'active', 'reveal']);
    expect(lines.every((line) => line.boxes.length > 0)).toBe(true);
    choices.highlightsOn = false;
    expect(view(state()).lines).toEqual([]);
  });

  it('places the card beside its claim, with the note’s frame only for a saved claim', () => {
    const [claim] = shown.claims;
    const card: OpenCard = { claim, focus: true, pinned: true, status: { state: 'idle' } };
    const unsaved = view(state({ card })).card;
    expect(unsaved).toMatchObject({ saved: false, focus: true, noteUrl: null });
    expect(unsaved?.claim).not.toHaveProperty('span');
    choices.savedIds = new Set([claim.id]);
    expect(view(state({ card })).card?.noteUrl).toMatch(/^chrome-extension:\/\/.*\/note-frame\.html\?claim=/);
  });
});

describe('a page of many passages', () => {
  /** A page of `count` passages, each a paragraph 100 px tall, 200 px below the one before. */
  function manyPassages(count: number): {
    many: Shown;
    measuredTops: number[];
    scrollTo: (y: number) => void;
  } {
    const measuredTops: number[] = [];
    let scrollY = 0;
    const elements = Array.from({ length: count }, (_, i) => {
      const p = document.createElement('p');
      p.textContent = `Passage ${i}`;
      p.dataset.top = String(i * 200);
      document.body.append(p);
      return p;
    });
    vi.spyOn(Element.prototype, 'getBoundingClientRect').mockImplementation(function (this: Element) {
      const top = Number((this as HTMLElement).dataset.top ?? 0);
      measuredTops.push(top);
      // In the viewport's coordinates, as a browser gives them: the page's top less the scroll.
      return DOMRect.fromRect({ x: 0, y: top - scrollY, width: 300, height: 100 });
    });
    const quotes = elements.map((el, i) => ({
      ...shown.analysis.quotes[0],
      id: `q${i + 1}`,
      elements: [el],
    }));
    const looks = quotes.map(() => shown.view.quotes[0]);
    const many: Shown = {
      ...shown,
      analysis: { ...shown.analysis, quotes },
      view: { ...shown.view, quotes: looks },
    };
    return { many, measuredTops, scrollTo: (y) => (scrollY = y) };
  }

  it('draws and measures only the passages near the viewport, wherever it is', () => {
    const count = 2_000;
    const { many, measuredTops, scrollTo } = manyPassages(count);
    const height = window.innerHeight;
    for (const scrolled of [0, 100_000, 399_000]) {
      measuredTops.length = 0;
      scrollTo(scrolled);
      // The overlay's host sits at the document's origin: in the viewport, above it by the scroll.
      const at = { x: 0, y: -scrolled };
      const quotes = overlayViewOf(state({ shown: many }), document, at, () =>
        measureQuotes(many, at),
      ).quotes;
      const tops = quotes.map((q) => q.boxes[0].top);
      expect(tops.length, `scrolled ${scrolled}`).toBeGreaterThan(0);
      expect(tops.every((t) => t + 100 > scrolled - height && t < scrolled + 2 * height)).toBe(true);
      // Every passage within the drawn window is drawn, and far fewer than all were measured.
      const expected = Array.from({ length: count }, (_, i) => i * 200).filter(
        (t) => t + 100 > scrolled - height && t < scrolled + 2 * height,
      );
      expect(tops).toEqual(expected);
      expect(measuredTops.length).toBeLessThan(count / 10);
    }
  });
});
