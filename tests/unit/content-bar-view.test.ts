// The bar's view: counts for the claim choices, the open card's place, and a legend of the marks shown.
import { describe, expect, it } from 'vitest';
import { type BarState, barViewOf } from '../../inject/bar-view';
import type { FoundClaim } from '../../utils/claims/found';
import { neutralSwatch, swatch } from '../../utils/highlight/colours';

const claim = (id: string, score: number, kind: 'reported' | 'commentary' = 'reported') =>
  ({ id, score, kind, span: [0, 1] }) as unknown as FoundClaim;
const claims = [claim('a', 0.9), claim('b', 0.2, 'commentary'), claim('c', 0.6), claim('d', 0.5)];

function state(overrides: Partial<BarState> = {}): BarState {
  return {
    quotes: [
      { form: 'block', leadInMention: [0, 7] },
      { form: 'inline', leadInMention: null },
    ],
    view: {
      quotes: [
        { key: 3, swatch: swatch(3), label: 'Reuters · outlet' },
        { key: 'own', swatch: neutralSwatch('own'), label: 'Zero Hedge · self-quote' },
      ],
      summary: [],
    },
    claims,
    painted: [],
    openClaim: null,
    lines: [],
    highlightsOn: true,
    showCommentary: true,
    minScore: 0,
    claimsShown: 'none',
    collapsed: false,
    claimHighlights: true,
    pageBottom: 1234,
    ...overrides,
  } as BarState;
}

describe('barViewOf', () => {
  it('offers the claims without painting any, and names only the marks on the page', () => {
    const bar = barViewOf(state());
    expect([bar.topCount, bar.allCount, bar.claimCount]).toEqual([4, 4, 0]);
    expect(bar.legend.map((e) => e.mark)).toEqual(['passage', 'dashed', 'mention']);
    expect(bar.pageBottom).toBe(1234);
  });

  it('counts the claims painted, places the open one among them, and adds their marks to the legend', () => {
    const painted = [claims[0], claims[1], claims[2]];
    const bar = barViewOf(
      state({
        painted,
        openClaim: claims[2],
        claimsShown: 'all',
        lines: [{ kind: 'saved', boxes: [{ top: 0, left: 0, width: 10, height: 10 }] }],
      }),
    );
    expect(bar.claimPosition).toBe(3);
    expect(bar.legend.map((e) => e.mark)).toEqual([
      'passage',
      'dashed',
      'mention',
      'claim',
      'commentary',
      'saved',
    ]);
  });

  it('has no legend of page marks while highlights are off', () => {
    expect(barViewOf(state({ highlightsOn: false })).legend).toEqual([]);
  });
});
