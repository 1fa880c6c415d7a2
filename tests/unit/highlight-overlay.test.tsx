// The overlay in happy-dom: the provenance bar, the claim card and the passage marks render what they are
// given and call back on the reader's actions.
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { PageOverlay } from '../../components/page/page-overlay';
import type { CardView, OverlayActions, OverlayView, QuoteView } from '../../components/page/view';
import type { Claim } from '../../utils/claims/types';
import { neutralSwatch, swatch } from '../../utils/highlight/colours';

let container: HTMLElement;
let overlay: PageOverlay;

beforeEach(() => {
  container = document.createElement('div');
  document.body.append(container);
  overlay = new PageOverlay(container, () => import('../../components/page/card-layer'));
});

afterEach(() => {
  overlay.destroy();
  container.remove();
});

function recordingActions() {
  const calls: string[] = [];
  const actions: OverlayActions = {
    toggleHighlights: () => calls.push('toggle'),
    toggleCommentary: () => calls.push('commentary'),
    collapseBar: (collapsed) => calls.push(collapsed ? 'fold' : 'unfold'),
    chooseClaims: (shown) => calls.push(`claims ${shown}`),
    stepClaim: (d) => calls.push(`step ${d}`),
    closeCard: (f) => calls.push(`close ${f}`),
    saveClaim: (c) => calls.push(`save ${c.id}`),
    unsaveClaim: (c) => calls.push(`unsave ${c.id}`),
    hoverCard: (inside) => calls.push(`hover ${inside}`),
    pinCard: () => calls.push('pin'),
  };
  return { actions, calls };
}

const claim: Claim = {
  id: 'c1',
  text: 'Russian jets carried out at least 30 air strikes on the town of Kafr Nabuda.',
  kind: 'reported',
  quoteId: 'q2',
  publication: 'Zero Hedge',
  outlet: 'Reuters',
  speaker: { name: 'Syrian Observatory for Human Rights', mention: 'the Syrian Observatory', how: 'named' },
  score: 0.9,
  reasons: ['+0.20 number: 30', '+0.15 named people, places or organisations: Kafr Nabuda'],
  selector: {
    quote: { type: 'TextQuoteSelector', exact: 'Russian jets…', prefix: '', suffix: '' },
    position: { type: 'TextPositionSelector', start: 10, end: 90 },
  },
};

const reuters: QuoteView = {
  id: 'q2',
  kind: 'outlet',
  label: 'Reuters · outlet',
  swatch: swatch(3),
  dashed: false,
  boxes: [
    { top: 100, left: 50, width: 600, height: 200 },
    { top: 320, left: 50, width: 600, height: 40 },
  ],
};
const self: QuoteView = {
  ...reuters,
  id: 'q1',
  kind: 'self',
  label: 'Zero Hedge · self-quote',
  swatch: neutralSwatch('own'),
  dashed: true,
  boxes: [{ top: 10, left: 50, width: 600, height: 60 }],
};

function card(overrides: Partial<CardView> = {}): CardView {
  return {
    claim,
    anchor: [{ top: 380, left: 60, width: 500, height: 18 }],
    viewport: { top: 0, left: 0, width: 1000, height: 800 },
    saved: false,
    status: { state: 'idle' },
    focus: false,
    noteUrl: null,
    ...overrides,
  };
}

function view(overrides: Partial<OverlayView> = {}): OverlayView {
  return {
    quotes: [self, reuters],
    lines: [],
    bar: {
      summary: [
        {
          label: "Zero Hedge's own words",
          percent: 40,
          source: 'own',
          kind: 'commentary',
          swatch: neutralSwatch('own'),
        },
        { label: 'Reuters', percent: 36, source: 'Reuters', kind: 'outlet', swatch: swatch(3) },
        { label: 'BBC', percent: 24, source: 'BBC', kind: 'outlet', swatch: swatch(5) },
      ],
      collapsed: false,
      highlightsOn: true,
      showCommentary: true,
      claimHighlights: true,
      claimsShown: 'all',
      topCount: 5,
      allCount: 34,
      claimCount: 34,
      claimPosition: null,
      legend: [{ mark: 'passage', text: 'Quoted passage: rule and badge in its source’s colour' }],
      pageBottom: 2000,
    },
    card: null,
    ...overrides,
  };
}

const $ = (selector: string) => container.querySelector<HTMLElement>(selector);

async function show(v: OverlayView, actions: OverlayActions) {
  await act(async () => {
    await overlay.render(v, actions);
  });
}

describe('lines of text drawn for this reader only', () => {
  it('draws saved, active and revealed lines as boxes in the overlay', async () => {
    const { actions } = recordingActions();
    const box = { top: 10, left: 20, width: 300, height: 18 };
    await show(
      view({
        lines: [
          { kind: 'saved', boxes: [box, { ...box, top: 30 }] },
          { kind: 'active', boxes: [box] },
          { kind: 'reveal', boxes: [] },
        ],
      }),
      actions,
    );
    expect(container.querySelectorAll('.line.saved')).toHaveLength(2);
    expect(container.querySelectorAll('.line.active')).toHaveLength(1);
    expect(container.querySelectorAll('.line.reveal')).toHaveLength(0);
    expect(container.querySelector<HTMLElement>('.line.saved')?.style.width).toBe('300px');
  });
});

describe('passage marks', () => {
  it('draws a rule per element box, a tint for whole passages, and one badge per passage', async () => {
    const { actions } = recordingActions();
    await show(view(), actions);
    expect(container.querySelectorAll('.rule')).toHaveLength(3);
    expect(container.querySelectorAll('.rule.dashed')).toHaveLength(1);
    expect(container.querySelectorAll('.tint')).toHaveLength(2);
    const badges = [...container.querySelectorAll<HTMLElement>('.badge')];
    expect(badges.map((b) => b.textContent)).toEqual(['Zero Hedge · self-quote', 'Reuters · outlet']);
    // Next to the first box, in its outlet's colours.
    expect(badges[1].style.top).toBe('100px');
    expect(badges[1].style.left).toBe('650px');
    expect(badges[1].style.color).not.toBe('');
    // Decoration only: hidden from assistive technology, which gets the bar instead.
    expect(badges[1].closest('[aria-hidden="true"]')).not.toBeNull();
  });
});

describe('provenance bar', () => {
  it('is a labelled region summing up the page', async () => {
    const { actions } = recordingActions();
    await show(view(), actions);
    const bar = $('section[aria-label]');
    expect(bar?.getAttribute('aria-label')).toBe('Sourcelight: sources on this page');
    expect($('.summary')?.textContent).toBe("Zero Hedge's own words 40%Reuters 36%BBC 24%");
    expect($('[data-action="toggle-highlights"]')?.getAttribute('aria-pressed')).toBe('true');
    expect($('.count')?.textContent).toBe('34 claims');
  });

  it('calls back on each control', async () => {
    const { actions, calls } = recordingActions();
    await show(view(), actions);
    for (const action of [
      'toggle-highlights',
      'toggle-commentary',
      'next-claim',
      'previous-claim',
      'claims-top',
      'claims-none',
      'collapse-bar',
    ]) {
      $(`[data-action="${action}"]`)?.click();
    }
    expect(calls).toEqual(['toggle', 'commentary', 'step 1', 'step -1', 'claims top', 'claims none', 'fold']);
  });

  it('offers no claims until the reader asks, then the few most worth checking, then all', async () => {
    const { actions } = recordingActions();
    const base = view();
    await show({ ...base, bar: { ...base.bar!, claimsShown: 'none', claimCount: 0 } }, actions);
    expect($('[data-action="claims-none"]')?.getAttribute('aria-pressed')).toBe('true');
    expect($('[data-action="claims-top"]')?.textContent).toBe('Top 5');
    expect($('[data-action="claims-all"]')?.textContent).toBe('All 34');
    // Stepping and the commentary switch are for claims shown.
    expect($('.stepping')?.hidden).toBe(true);
    expect($('[data-action="toggle-commentary"]')?.hidden).toBe(true);
    await show({ ...base, bar: { ...base.bar!, claimsShown: 'top', claimCount: 5 } }, actions);
    expect($('[data-action="claims-top"]')?.getAttribute('aria-pressed')).toBe('true');
    expect($('.stepping')?.hidden).toBe(false);
  });

  it('has a legend of the marks shown', async () => {
    const { actions } = recordingActions();
    await show(view(), actions);
    expect($('.legend')?.getAttribute('aria-label')).toBe('What the marks mean');
    expect($('.legend li .key.passage')).not.toBeNull();
    expect($('.legend')?.textContent).toBe('Quoted passage: rule and badge in its source’s colour');
  });

  it('folds into a pill and unfolds, focus following the reader', async () => {
    const { actions } = recordingActions();
    const base = view();
    await show(base, actions);
    $('[data-action="collapse-bar"]')?.focus();
    await show({ ...base, bar: { ...base.bar!, collapsed: true } }, actions);
    expect($('section.bar')?.hidden).toBe(true);
    const pill = $('[data-action="expand-bar"]');
    expect(pill?.hidden).toBe(false);
    expect(pill?.getAttribute('aria-expanded')).toBe('false');
    expect(document.activeElement).toBe(pill);
    await show(base, actions);
    expect(pill?.hidden).toBe(true);
    expect(document.activeElement).toBe($('[data-action="collapse-bar"]'));
  });

  it('keeps room for itself after the page’s end', async () => {
    const { actions } = recordingActions();
    await show(view(), actions);
    expect($('.bar-space')?.style.top).toBe('2000px');
  });

  it('turns claim controls off with the highlights, and hides them without the Highlight API', async () => {
    const { actions } = recordingActions();
    const base = view();
    await show({ ...base, quotes: [], bar: { ...base.bar!, highlightsOn: false } }, actions);
    expect($('[data-action="toggle-highlights"]')?.textContent).toBe('Highlights off');
    expect(($('[data-action="claims-all"]') as HTMLButtonElement).disabled).toBe(true);
    expect($('.stepping')?.hidden).toBe(true);
    expect(container.querySelectorAll('.badge')).toHaveLength(0);
    await show({ ...base, bar: { ...base.bar!, claimHighlights: false } }, actions);
    expect($('[data-action="toggle-commentary"]')?.hidden).toBe(true);
    expect($('[role="group"]')?.hidden).toBe(true);
  });

  it('shows where the reader is in the list of claims, and is gone once dismissed', async () => {
    const { actions } = recordingActions();
    const base = view();
    await show({ ...base, bar: { ...base.bar!, claimPosition: 3 } }, actions);
    expect($('.count')?.textContent).toBe('Claim 3 of 34');
    await show({ ...base, bar: null }, actions);
    expect($('section[aria-label]')).toBeNull();
  });

  it('updates in place, so the control the reader used keeps its focus', async () => {
    const { actions } = recordingActions();
    const base = view();
    await show(base, actions);
    const toggle = $('[data-action="toggle-highlights"]');
    toggle?.focus();
    await show({ ...base, bar: { ...base.bar!, highlightsOn: false } }, actions);
    expect($('[data-action="toggle-highlights"]')).toBe(toggle);
    expect(document.activeElement).toBe(toggle);
    expect(toggle?.getAttribute('aria-pressed')).toBe('false');
  });

  it('shows names from the page as text, never as markup', async () => {
    const { actions } = recordingActions();
    const base = view();
    const hostile = '<img src=x onerror=alert(1)>';
    await show(
      {
        ...base,
        quotes: [{ ...reuters, label: hostile }],
        bar: { ...base.bar!, summary: [{ ...base.bar!.summary[1], label: hostile }] },
      },
      actions,
    );
    expect(container.querySelector('img')).toBeNull();
    expect($('.badge')?.textContent).toBe(hostile);
    expect($('.summary')?.textContent).toBe(`${hostile} 36%`);
  });
});

describe('claim card', () => {
  it('says whose words, through whom, and why to check them; the scoring rules one click away', async () => {
    const { actions } = recordingActions();
    await show(view({ card: card() }), actions);
    const dialog = $('[role="dialog"]');
    expect(dialog).not.toBeNull();
    expect($('[role="dialog"] .text')?.textContent).toBe(claim.text);
    expect($('[role="dialog"] .chain')?.textContent).toBe(
      'Syrian Observatory for Human Rights, reported by Reuters, quoted by Zero Hedge',
    );
    expect($('[role="dialog"] .why')?.textContent).toBe('Worth checking: it gives numbers and names.');
    expect(dialog?.textContent).not.toMatch(/Score|\/ 100/);
    const disclosure = $('[data-action="reasons"]');
    expect(disclosure?.getAttribute('aria-expanded')).toBe('false');
    expect($('.reasons')?.hidden).toBe(true);
    await act(() => disclosure?.click());
    expect($('.reasons')?.hidden).toBe(false);
    expect([...container.querySelectorAll('.reasons li')].map((li) => li.textContent)).toEqual(claim.reasons);
    // Placed below the claim's line, clear of it.
    expect(Number.parseFloat(dialog?.style.top ?? '0')).toBeGreaterThanOrEqual(398);
    expect(dialog?.dataset.side).toBe('below');
  });

  it('saves, then frames the note editor (an extension page): no field of its own to type into', async () => {
    const { actions, calls } = recordingActions();
    await show(view({ card: card() }), actions);
    expect(container.querySelector('textarea, input, [contenteditable], iframe')).toBeNull();
    $('[data-action="save"]')?.click();
    expect(calls).toContain('save c1');
    expect($('[data-action="unsave"]')).toBeNull();

    const noteUrl = 'chrome-extension://x/note-frame.html?claim=c1';
    await show(view({ card: card({ saved: true, status: { state: 'saved' }, noteUrl }) }), actions);
    expect($('[data-action="save"]')).toBeNull();
    expect($('.status')?.textContent).toBe('Saved to your library.');
    expect(container.querySelector('textarea, input, [contenteditable]')).toBeNull();
    expect($('iframe.note')?.getAttribute('src')).toBe(noteUrl);
    expect($('iframe.note')?.getAttribute('title')).toBe('Your note');
    $('[data-action="unsave"]')?.click();
    expect(calls).toContain('unsave c1');
  });

  it('says what went wrong in plain words', async () => {
    const { actions } = recordingActions();
    await show(
      view({ card: card({ status: { state: 'error', message: 'The library is full.' } }) }),
      actions,
    );
    expect($('.status.error')?.textContent).toBe('The library is full.');
  });

  it('loads its code once, when the first card opens, and draws the card the view asks for last', async () => {
    overlay.destroy();
    const loads: string[] = [];
    overlay = new PageOverlay(container, async () => {
      loads.push('card code');
      return import('../../components/page/card-layer');
    });
    const { actions } = recordingActions();
    await show(view(), actions);
    expect(loads).toEqual([]);
    const other = { ...claim, id: 'c2', text: 'The town fell on Sunday.' };
    let drawn: Promise<void> = Promise.resolve();
    await act(async () => {
      drawn = overlay.render(view({ card: card() }), actions);
      await overlay.render(view({ card: card({ claim: other }) }), actions);
      await drawn;
    });
    expect(container.querySelectorAll('[role="dialog"]')).toHaveLength(1);
    expect($('[role="dialog"] .text')?.textContent).toBe(other.text);
    await show(view(), actions);
    expect($('[role="dialog"]')).toBeNull();
    await show(view({ card: card() }), actions);
    expect($('[role="dialog"] .text')?.textContent).toBe(claim.text);
    expect(loads).toEqual(['card code']);
  });

  it("says so in the card's place when its code cannot load, and tries again for the next card", async () => {
    overlay.destroy();
    let attempts = 0;
    overlay = new PageOverlay(container, async () => {
      attempts++;
      if (attempts === 1) throw new Error('Failed to fetch dynamically imported module');
      return import('../../components/page/card-layer');
    });
    const info = vi.spyOn(console, 'info').mockImplementation(() => {});
    const { actions } = recordingActions();
    await show(view({ card: card() }), actions);
    expect($('[role="dialog"]')).toBeNull();
    expect($('[role="alert"]')?.textContent).toBe(
      "Sourcelight could not open this claim's card (Failed to fetch dynamically imported module). Reload the page to try again.",
    );
    expect(Number.parseFloat($('[role="alert"]')?.style.top ?? '0')).toBeGreaterThanOrEqual(398);
    expect(info).toHaveBeenCalledOnce();
    await show(view(), actions);
    expect($('[role="alert"]')).toBeNull();
    await show(view({ card: card() }), actions);
    expect($('[role="dialog"] .text')?.textContent).toBe(claim.text);
    expect(attempts).toBe(2);
    info.mockRestore();
  });

  it('closes on Escape, giving focus back, and takes focus when opened from the keyboard', async () => {
    const { actions, calls } = recordingActions();
    await show(view({ card: card({ focus: true }) }), actions);
    expect(document.activeElement).toBe($('[role="dialog"]'));
    await act(() => {
      $('[data-action="save"]')?.dispatchEvent(
        new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }),
      );
    });
    expect(calls).toContain('close true');
  });
});
