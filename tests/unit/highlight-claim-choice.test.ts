// No claims until asked; then the few most worth checking (in page order); then all.
import { describe, expect, it } from 'vitest';
import { chosenClaims, TOP_CLAIMS } from '../../utils/highlight/claim-choice';
import { legendOf } from '../../utils/highlight/legend';

const claims = [0.2, 0.9, 0.5, 0.7, 0.9, 0.3, 0.8, 0.6].map((score, i) => ({
  id: `c${i}`,
  score,
  kind: i === 6 ? ('commentary' as const) : ('reported' as const),
}));

describe('chosenClaims', () => {
  const choice = { minScore: 0, showCommentary: true };

  it('paints nothing by default', () => {
    expect(chosenClaims(claims, { ...choice, shown: 'none' })).toEqual([]);
  });

  it('shows the highest scores first, in page order, earlier first on a tie', () => {
    const top = chosenClaims(claims, { ...choice, shown: 'top' });
    expect(top).toHaveLength(TOP_CLAIMS);
    expect(top.map((c) => c.id)).toEqual(['c1', 'c3', 'c4', 'c6', 'c7']);
    expect(chosenClaims(claims, { ...choice, shown: 'top', showCommentary: false }).map((c) => c.id)).toEqual(
      ['c1', 'c2', 'c3', 'c4', 'c7'],
    );
  });

  it('shows all claims over the minimum score', () => {
    expect(chosenClaims(claims, { ...choice, shown: 'all' })).toHaveLength(8);
    expect(chosenClaims(claims, { ...choice, shown: 'all', minScore: 0.6 })).toHaveLength(5);
  });
});

describe('legendOf', () => {
  it('lists only the marks on the page, in a fixed order', () => {
    const none = {
      passage: false,
      dashed: false,
      mention: false,
      claim: false,
      commentary: false,
      saved: false,
    };
    expect(legendOf(none)).toEqual([]);
    expect(legendOf({ ...none, saved: true, passage: true }).map((e) => e.mark)).toEqual([
      'passage',
      'saved',
    ]);
  });
});
