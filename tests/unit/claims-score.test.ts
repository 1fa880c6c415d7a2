import { describe, expect, it } from 'vitest';
import { judgeSentences, type SentenceLabel } from '../../scripts/lib/sentence-labels';
import { CHECK_WORTHY, scoreSentence } from '../../utils/claims/score';
import data from '../fixtures/claims/sentences.json';

const reported = { attributed: true, reported: true };
const commentary = { attributed: false, reported: false };

describe('check-worthiness', () => {
  it('ranks a factual wire sentence above opinion, questions and hedges', () => {
    const fact = scoreSentence(
      'Russian jets carried out at least 30 air strikes on the town of Kafr Nabuda on Monday, the Observatory said.',
      reported,
    );
    expect(fact.score).toBeGreaterThanOrEqual(0.8);
    for (const weak of [
      'Who could possibly have seen that coming?',
      'So much for the ceasefire.',
      'Perhaps the market knows something the Fed does not.',
    ])
      expect(scoreSentence(weak, commentary).score).toBeLessThan(CHECK_WORTHY);
  });

  it('explains itself: every point of the score has a reason', () => {
    const { score, reasons } = scoreSentence(
      'Brent crude fell 2.3 percent to $48.60 a barrel on Tuesday.',
      commentary,
    );
    expect(reasons.some((r) => r.includes('number'))).toBe(true);
    expect(reasons.some((r) => r.includes('date'))).toBe(true);
    const total = reasons.reduce((sum, r) => sum + Number.parseFloat(r.replace('−', '-')), 0.3);
    expect(Math.min(1, Math.max(0, total))).toBeCloseTo(score, 2);
  });

  it('stays between 0 and 1', () => {
    for (const s of [
      '?',
      'We think this is obviously absurd, surely?',
      '1 2 3 4 5 6 7 8 9 Monday Reuters said killed 2015 percent',
    ]) {
      const { score } = scoreSentence(s, commentary);
      expect(score).toBeGreaterThanOrEqual(0);
      expect(score).toBeLessThanOrEqual(1);
    }
  });

  it('reaches precision and recall of at least 0.85 on the labelled sentences', () => {
    const summary = judgeSentences(data.items as SentenceLabel[]);
    expect(summary.precision).toBeGreaterThanOrEqual(0.85);
    expect(summary.recall).toBeGreaterThanOrEqual(0.85);
  });
});
