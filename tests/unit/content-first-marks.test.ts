// The first marks (inject/first-marks.ts), drawn by the first look when the first answer comes before the
// session has loaded: the passages' marks, the stylesheet and the passages' highlights, on the seed post, only
// when the page is shown to this reader (an aggregated post, highlights on for the site); taken off again on
// their own, and taken over by the session's drawing as they are (inject/page-drawing.ts: never drawn twice,
// and gone when highlights go off or the lifetime ends).
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { OverlayActions } from '../../components/page/view';
import { highlightsOnArrival } from '../../inject/arrival';
import { FirstMarks } from '../../inject/first-marks';
import { PageDrawing } from '../../inject/page-drawing';
import { ReaderChoices } from '../../inject/reader-choices';
import type { FoundClaim } from '../../utils/claims/found';
import { OUTLET_ATTRIBUTE } from '../../utils/highlight/marks';
import type { PageRecorded } from '../../utils/messaging/protocol';
import type { PageAnswer } from '../../utils/round-trip/channel/port';
import type { RoundTrip } from '../../utils/round-trip/page/trip';
import { DEFAULT_SETTINGS } from '../../utils/storage/types';
import { cleanUp, layOut, SEED_URL, seedShown, testLifetime } from './content-helpers';

/** The page's highlight registry (CSS.highlights) and Highlight, as the browser gives them to the page. */
function pageRegistry(): Map<string, unknown> {
  const registry = new Map<string, unknown>();
  vi.stubGlobal('CSS', { highlights: registry });
  vi.stubGlobal(
    'Highlight',
    class {
      priority = 0;
      readonly ranges: AbstractRange[];
      constructor(...ranges: AbstractRange[]) {
        this.ranges = ranges;
      }
      add(range: AbstractRange) {
        this.ranges.push(range);
      }
    },
  );
  // happy-dom has no StaticRange; the browser's holds just these four fields.
  vi.stubGlobal(
    'StaticRange',
    class {
      constructor(init: StaticRangeInit) {
        Object.assign(this, init);
      }
    },
  );
  return registry;
}

/** The seed post's first answer, with the reader's settings for it (`page`). */
function seedTrip(page: PageRecorded | null) {
  const shown = seedShown();
  const answer = { view: shown.view, page, reveal: null, claims: new Promise(() => {}) };
  const trip: RoundTrip = { ok: true, analysis: shown.analysis, answer: answer as unknown as PageAnswer };
  return { shown, trip };
}

const recorded = (highlightsOn: boolean, disabledSites: string[] = []): PageRecorded => ({
  settings: { ...DEFAULT_SETTINGS, disabledSites },
  highlightsOn,
  savedIds: [],
});

const marked = () => document.querySelectorAll(`[${OUTLET_ATTRIBUTE}]`).length;
const style = () => document.querySelector('style[data-sourcelight]');

beforeEach(() => vi.useFakeTimers());
afterEach(cleanUp);

describe('FirstMarks', () => {
  it('marks the passages and paints their highlights with the stylesheet the answer brought', () => {
    const registry = pageRegistry();
    const { shown, trip } = seedTrip(recorded(true));
    const first = FirstMarks.draw(document, SEED_URL, trip);
    expect(first).not.toBeNull();
    expect(marked()).toBe(shown.analysis.quotes.reduce((n, q) => n + q.elements.length, 0));
    expect(marked()).toBeGreaterThan(0);
    expect(style()?.textContent).toBe(shown.view.stylesheet);
    expect([...registry.keys()].some((name) => name.startsWith('sl-mention-'))).toBe(true);
    expect([...registry.keys()].some((name) => name.startsWith('sl-claim-'))).toBe(false);
    first?.clear();
    expect(marked()).toBe(0);
    expect(style()).toBeNull();
    expect(registry.size).toBe(0);
  });

  it('draws with highlights on when the reader’s settings could not be read', () => {
    pageRegistry();
    expect(FirstMarks.draw(document, SEED_URL, seedTrip(null).trip)).not.toBeNull();
    expect(marked()).toBeGreaterThan(0);
  });

  it('draws nothing with highlights off for the site, on a site switched off, or on a page not shown', () => {
    const registry = pageRegistry();
    const { trip } = seedTrip(recorded(false));
    expect(FirstMarks.draw(document, SEED_URL, trip)).toBeNull();
    const off = { ...trip, answer: { ...(trip.ok && trip.answer), page: recorded(true, ['zerohedge.com']) } };
    expect(FirstMarks.draw(document, SEED_URL, off as RoundTrip)).toBeNull();
    if (!trip.ok) throw new Error('unreachable');
    const notPost = {
      ...trip,
      analysis: { ...trip.analysis, report: { ...trip.analysis.report, aggregated: false } },
    };
    expect(FirstMarks.draw(document, SEED_URL, notPost)).toBeNull();
    expect(FirstMarks.draw(document, SEED_URL, { ok: false, problem: 'gone', tooLarge: false })).toBeNull();
    expect(marked()).toBe(0);
    expect(style()).toBeNull();
    expect(registry.size).toBe(0);
  });
});

describe('the session taking the first marks over', () => {
  function setUp() {
    const registry = pageRegistry();
    const { life, end } = testLifetime();
    const { shown, trip } = seedTrip(recorded(true));
    const first = FirstMarks.draw(document, SEED_URL, trip);
    if (!first) throw new Error('no first marks');
    layOut();
    const choices = new ReaderChoices(life);
    const state = { shown, choices, painted: [] as FoundClaim[], card: null, revealSpan: null };
    const drawing = new PageDrawing(
      life,
      document,
      () => ({ ...state, claimHighlights: true }),
      {} as OverlayActions,
    );
    drawing.adopt(first);
    return { registry, end, first, drawing, choices, state, shown };
  }

  it('keeps them as they are: no mark set again, no highlight painted again', () => {
    const { registry, drawing } = setUp();
    const before = new Map(registry);
    const setAttribute = vi.spyOn(Element.prototype, 'setAttribute');
    drawing.paint();
    expect(setAttribute.mock.calls.filter(([name]) => name === OUTLET_ATTRIBUTE)).toHaveLength(0);
    expect(registry.size).toBe(before.size);
    for (const [name, highlight] of before) expect(registry.get(name)).toBe(highlight);
    expect(document.querySelectorAll('style[data-sourcelight]')).toHaveLength(1);
  });

  it('paints claims asked for later beside them, and takes those off alone', () => {
    const { registry, drawing, state, shown } = setUp();
    const passages = new Map(registry);
    state.painted = shown.claims.slice(0, 3);
    drawing.paint();
    expect([...registry.keys()].some((name) => name.startsWith('sl-claim-'))).toBe(true);
    state.painted = [];
    drawing.paint();
    expect(new Map(registry)).toEqual(passages);
    for (const [name, highlight] of passages) expect(registry.get(name)).toBe(highlight);
  });

  it('takes them off when highlights go off, and the first look’s own clearing no longer reaches them', () => {
    const { registry, drawing, choices, first } = setUp();
    drawing.paint();
    choices.highlightsOn = false;
    drawing.paint();
    expect(marked()).toBe(0);
    expect(style()).toBeNull();
    expect(registry.size).toBe(0);
    choices.highlightsOn = true;
    drawing.paint();
    const painted = new Map(registry);
    first.clear();
    expect(marked()).toBeGreaterThan(0);
    expect(style()).not.toBeNull();
    expect(new Map(registry)).toEqual(painted);
  });

  it('takes them off when the lifetime ends', () => {
    const { registry, end } = setUp();
    end();
    expect(marked()).toBe(0);
    expect(style()).toBeNull();
    expect(registry.size).toBe(0);
  });
});

describe('highlightsOnArrival', () => {
  it('agrees with the session’s choices for a new page', () => {
    const { life } = testLifetime();
    for (const page of [null, recorded(true), recorded(false), recorded(true, ['zerohedge.com'])]) {
      const choices = new ReaderChoices(life);
      const shown = choices.takeAnswer(page, SEED_URL, true, 1024) && choices.highlightsOn;
      expect(highlightsOnArrival(page, SEED_URL)).toBe(shown);
    }
  });
});
