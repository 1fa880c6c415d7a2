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

describe('names in the reasons', () => {
  const namesOf = (sentence: string) =>
    scoreSentence(sentence, reported).reasons.find((r) => r.includes('named people')) ?? null;

  it('does not count a capitalised word that opens a sentence or clause as a name', () => {
    for (const sentence of [
      ' There were at least 30 air strikes on the town.',
      '(There were at least 30 air strikes on the town.)',
      'Officials said: There were at least 30 air strikes.',
      '‘There were at least 30 air strikes on the town.',
      'It was late — There were at least 30 air strikes.',
    ])
      expect(namesOf(sentence), sentence).toBeNull();
  });

  it('never counts a function word as a name, wherever it stands', () => {
    expect(namesOf('Officials counted, and There They were in the town of Hama.')).toBe(
      '+0.15 named people, places or organisations: Hama',
    );
  });

  it('still counts the names after an opening word', () => {
    expect(namesOf('There were 30 air strikes on Kafr Nabuda, the Observatory said.')).toBe(
      '+0.15 named people, places or organisations: Kafr Nabuda, Observatory',
    );
  });
});
