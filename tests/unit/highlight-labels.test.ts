// The overlay's words: badges, chains of attribution, and the bar's summary of the page.
import { describe, expect, it } from 'vitest';
import type { OutletShare } from '../../utils/analysis/types';
import { bucketOf, claimStyleOf, visibleClaims } from '../../utils/highlight/buckets';
import { badgeLabel, chainOf, roundShares, summaryOf, summaryText } from '../../utils/highlight/labels';

describe('badges', () => {
  it('names the source and its kind', () => {
    expect(badgeLabel({ kind: 'outlet', outlet: 'Reuters' }, 'Zero Hedge')).toBe('Reuters · outlet');
    expect(badgeLabel({ kind: 'self', outlet: 'Zero Hedge' }, 'Zero Hedge')).toBe('Zero Hedge · self-quote');
    expect(badgeLabel({ kind: 'self', outlet: null }, 'Zero Hedge')).toBe('Zero Hedge · self-quote');
    expect(badgeLabel({ kind: 'social', outlet: null, account: 'nypost' }, null)).toBe(
      '@nypost · social post',
    );
    expect(badgeLabel({ kind: 'social', outlet: 'New York Post', account: 'nypost' }, null)).toBe(
      'New York Post · social post',
    );
    expect(badgeLabel({ kind: 'unknown', outlet: null }, 'Zero Hedge')).toBe('Unknown source');
    expect(badgeLabel({ kind: 'person', outlet: 'Jane Smith' }, null)).toBe('Jane Smith · person');
    expect(badgeLabel({ kind: 'document', outlet: null }, null)).toBe('Unnamed document');
  });
});

describe('chain of attribution', () => {
  it('runs publication ← outlet ← speaker, leaving out what the page does not give', () => {
    const speaker = {
      name: 'Syrian Observatory for Human Rights',
      mention: 'a monitor',
      how: 'resolved' as const,
    };
    expect(
      chainOf({ kind: 'reported', publication: 'Zero Hedge', outlet: 'Reuters', speaker }).map((l) => l.name),
    ).toEqual(['Zero Hedge', 'Reuters', 'Syrian Observatory for Human Rights']);
    expect(chainOf({ kind: 'commentary', publication: 'Zero Hedge', outlet: null, speaker: null })).toEqual([
      { role: 'publication', name: 'Zero Hedge' },
    ]);
    const unnamed = { name: null, mention: 'are said to', how: 'unnamed' as const };
    expect(
      chainOf({ kind: 'reported', publication: null, outlet: 'BBC', speaker: unnamed }).map((l) => l.name),
    ).toEqual(['BBC', 'are said to (unnamed)']);
    // An outlet quoted as its own speaker is named once.
    const self = { name: 'Reuters', mention: 'Reuters', how: 'named' as const };
    expect(
      chainOf({ kind: 'reported', publication: 'Zero Hedge', outlet: 'Reuters', speaker: self }),
    ).toHaveLength(2);
  });
});

describe('summary', () => {
  const share = (source: string, kind: OutletShare['kind'], chars: number): OutletShare => ({
    source,
    kind,
    chars,
    share: 0,
  });

  it('rounds to whole percentages that add up to 100', () => {
    expect(roundShares([1, 1, 1])).toEqual([34, 33, 33]);
    expect(roundShares([2060, 1408, 2308]).reduce((a, b) => a + b, 0)).toBe(100);
    expect(roundShares([0, 0])).toEqual([0, 0]);
    expect(roundShares([5])).toEqual([100]);
  });

  it('counts self-quotes as the blog’s own words and lists the largest first', () => {
    const entries = summaryOf({
      publication: 'Zero Hedge',
      breakdown: [
        share('Reuters', 'outlet', 2060),
        share('Zero Hedge', 'commentary', 1866),
        share('BBC', 'outlet', 1408),
        share('Zero Hedge', 'self', 442),
      ],
    });
    expect(entries.map((e) => e.label)).toEqual(["Zero Hedge's own words", 'Reuters', 'BBC']);
    expect(entries.reduce((n, e) => n + e.percent, 0)).toBe(100);
    expect(summaryText(entries)).toBe("Zero Hedge's own words 40% · Reuters 36% · BBC 24%");
    expect(entries[0].source).toBe('own');
  });

  it('says "the author" when the publication is unknown, and handles an empty breakdown', () => {
    expect(
      summaryOf({ publication: null, breakdown: [share('The author', 'commentary', 10)] })[0].label,
    ).toBe("The author's own words");
    expect(summaryOf({ publication: null, breakdown: [] })).toEqual([]);
  });
});

describe('check-worthiness styles', () => {
  it('buckets scores into three strengths', () => {
    expect([0, 0.3, 0.44, 0.45, 0.69, 0.7, 1].map(bucketOf)).toEqual([
      'low',
      'low',
      'low',
      'mid',
      'mid',
      'high',
      'high',
    ]);
  });

  it('gives commentary its quiet style whatever its score', () => {
    expect(claimStyleOf({ kind: 'commentary', score: 0.95 })).toBe('commentary');
    expect(claimStyleOf({ kind: 'reported', score: 0.95 })).toBe('high');
  });

  it('shows claims at or above the minimum score, commentary only when asked', () => {
    const claims = [
      { kind: 'reported' as const, score: 0.2 },
      { kind: 'reported' as const, score: 0.6 },
      { kind: 'commentary' as const, score: 0.6 },
    ];
    expect(visibleClaims(claims, { minScore: 0.5, showCommentary: true })).toEqual([claims[1], claims[2]]);
    expect(visibleClaims(claims, { minScore: 0, showCommentary: false })).toEqual([claims[0], claims[1]]);
  });
});
