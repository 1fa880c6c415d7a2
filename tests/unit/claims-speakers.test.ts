import { describe, expect, it } from 'vitest';
import { judgeSentences, type SentenceLabel } from '../../scripts/lib/sentence-labels';
import { findAttribution, speakersOf } from '../../utils/claims/speakers';
import data from '../fixtures/claims/sentences.json';

const items = data.items as SentenceLabel[];

describe('speakers of labelled sentences', () => {
  it.each(items.map((item) => [item.id, item] as const))('%s', (_id, item) => {
    const [result] = judgeSentences([item]).results;
    expect(
      result.speakerOk,
      `expected ${item.speaker}${item.unnamed ? ' (unnamed)' : ''}, got ${JSON.stringify(result.speaker)}`,
    ).toBe(true);
  });
});

describe('attribution patterns', () => {
  it('resolves a pronoun to the last person who spoke', () => {
    const speakers = speakersOf([
      'Hospital director Samer Halabi said 14 people died.',
      'More were wounded, he said.',
    ]);
    expect(speakers[1]).toEqual({ name: 'Samer Halabi', mention: 'he', how: 'resolved' });
  });

  it('resolves "a monitor" to an organisation named later in the passage', () => {
    const speakers = speakersOf([
      'Rebels retreated from the town on Monday, a monitor said.',
      'At least 30 strikes hit the area, the Syrian Observatory for Human Rights said.',
    ]);
    expect(speakers[0]?.name).toBe('Syrian Observatory for Human Rights');
    expect(speakers[0]?.how).toBe('resolved');
  });

  it('treats passive reporting as an unnamed source', () => {
    expect(speakersOf(['Gains are being reported in Idlib.'])[0]).toMatchObject({
      name: null,
      how: 'unnamed',
    });
  });

  it('finds no speaker where "said" is not a reporting verb', () => {
    expect(findAttribution('Under the said agreement, both sides withdrew.')).toBeNull();
    expect(findAttribution('Needless to say, nothing changed.')).toBeNull();
    expect(findAttribution('Everything went according to plan.')).toBeNull();
  });
});
