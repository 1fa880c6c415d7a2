import { describe, expect, it } from 'vitest';
import { judgeSentences, type SentenceLabel } from '../../scripts/lib/sentence-labels';
import { findAttribution } from '../../utils/claims/attribution';
import { PASSAGE_WINDOW, speakersOf } from '../../utils/claims/speakers';
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

  it('in the commentary, resolves bare names only: "he" and "the department" may mean a quotation\'s people', () => {
    const commentary = [
      'Governor Alicia Moreno vetoed the budget, and the Treasury Department objected.',
      'Moreno told CNBC the state would run out of cash.',
      'He said the vote was rigged.',
      'The department said nothing.',
    ];
    const speakers = speakersOf(commentary, 'names');
    expect(speakers[1]).toEqual({ name: 'Alicia Moreno', mention: 'Moreno', how: 'resolved' });
    expect(speakers[2]).toMatchObject({ name: null, how: 'unnamed' });
    expect(speakers[3]).toMatchObject({ name: null, how: 'unnamed' });
    // The same sentences as a quoted passage resolve all three.
    const quoted = speakersOf(commentary, 'passage');
    expect(quoted[2]?.name).toBe('Alicia Moreno');
    expect(quoted[3]?.name).toBe('Treasury Department');
  });

  it('keeps titles and organisations that contain "of" whole while dropping a person\'s affiliation', () => {
    expect(speakersOf(['Bank of Japan Governor Kenji Moriyama said rates would stay low.'])[0]?.name).toBe(
      'Kenji Moriyama',
    );
    expect(speakersOf(['Secretary of State John Kerry said talks would resume.'])[0]?.name).toBe(
      'John Kerry',
    );
    expect(speakersOf(['The Bank of England said inflation fell to 3 percent.'])[0]?.name).toBe(
      'Bank of England',
    );
    expect(
      speakersOf(['Sara Novak of the Institute of Earth Sciences said 40 tremors were recorded.'])[0]?.name,
    ).toBe('Sara Novak');
  });

  it('leaves a short form unnamed when the passage names no organisation', () => {
    expect(speakersOf(['Prices rose 4 percent in May, the regulator said.'])[0]).toMatchObject({
      name: null,
      how: 'unnamed',
    });
  });

  it('resolves names within stretches of a very long quotation, each sentence once', () => {
    const pair = ['Hospital director Samer Halabi said 14 people died.', 'More were wounded, he said.'];
    const long = Array.from({ length: PASSAGE_WINDOW + 100 }, (_, i) => pair[i % 2]);
    const speakers = speakersOf(long);
    expect(speakers).toHaveLength(long.length);
    // Either side of a stretch's end, "he" still finds the name given just before it.
    expect(speakers[PASSAGE_WINDOW - 1]).toEqual({ name: 'Samer Halabi', mention: 'he', how: 'resolved' });
    expect(speakers[PASSAGE_WINDOW + 1]).toEqual({ name: 'Samer Halabi', mention: 'he', how: 'resolved' });
  });

  it('finds no speaker where "said" is not a reporting verb', () => {
    expect(findAttribution('Under the said agreement, both sides withdrew.')).toBeNull();
    expect(findAttribution('Needless to say, nothing changed.')).toBeNull();
    expect(findAttribution('Everything went according to plan.')).toBeNull();
    expect(findAttribution('Easier said than done.')).toBeNull();
    expect(findAttribution("Don't say you weren't told.")).toBeNull();
  });
});
