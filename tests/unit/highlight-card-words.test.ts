// The card's plain words: whose words, through whom, why to check them.
import { describe, expect, it } from 'vitest';
import { whoseWords, whyLine } from '../../utils/highlight/card-words';

const base = { publication: 'Zero Hedge', outlet: 'Reuters', speaker: null, kind: 'reported' as const };

describe('whoseWords', () => {
  it('names the speaker, then the outlet and the publication that passed the words on', () => {
    expect(
      whoseWords({ ...base, speaker: { name: 'Syrian Observatory', mention: 'the monitor', how: 'named' } }),
    ).toBe('Syrian Observatory, reported by Reuters, quoted by Zero Hedge');
    expect(whoseWords(base)).toBe('Reuters, quoted by Zero Hedge');
    expect(whoseWords({ ...base, kind: 'commentary', outlet: null })).toBe('Zero Hedge’s own words');
    expect(whoseWords({ ...base, publication: null, outlet: null })).toBe('Not attributed to anyone');
  });
});

describe('whyLine', () => {
  it('says in one line what makes a claim worth checking, or not', () => {
    expect(
      whyLine({
        score: 0.9,
        reasons: [
          '+0.20 number: 30',
          '+0.10 date or time: Monday',
          '+0.15 named people, places or organisations: Hama',
          '+0.10 reporting verb: said',
        ],
      }),
    ).toBe('Worth checking: it gives numbers, a date and names.');
    expect(whyLine({ score: 0.1, reasons: ['−0.25 opinion words: clearly', '−0.45 question: ?'] })).toBe(
      'Less to check: it is opinion and it is a question.',
    );
    expect(whyLine({ score: 0.3, reasons: [] })).toBe('Little here to check.');
  });
});
