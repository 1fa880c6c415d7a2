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
