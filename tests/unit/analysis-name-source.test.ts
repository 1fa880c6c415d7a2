// How a short credit names its source (utils/analysis/name-source.ts, nameSource): a station by its dial's
// capitals and its city, as Australian radio names itself.
import { describe, expect, it } from 'vitest';
import { isGivenName, nameSource } from '../../utils/analysis/name-source';
import { defaultOutlets } from '../../utils/outlets/default-lookup';

describe('nameSource: a station by its dial capitals', () => {
  it('names a station the table lacks, alone or with its city, in a caption or a credit', () => {
    for (const caption of ['— 2CC Canberra', '— 7HO', '2NM Muswellbrook']) {
      const guess = nameSource(caption, [], 'figcaption', defaultOutlets);
      expect(guess?.kind, caption).toBe('outlet');
      expect(guess?.outlet, caption).toBe(caption.replace(/^— /, ''));
    }
  });
  it('reads no clock time, and no dial capitals followed by words in lower case', () => {
    for (const caption of ['— 3PM', '— 10AM Sydney', '— 4WD tracks near Dubbo'])
      expect(nameSource(caption, [], 'figcaption', defaultOutlets)?.kind, caption).not.toBe('outlet');
  });
});

describe('nameSource: a credit with the weekday it ran', () => {
  it('reads the name before the weekday, not a person and a place', () => {
    for (const caption of ['— Radio Tideline, Thursday', '— Radio Tideline, on Monday']) {
      const guess = nameSource(caption, [], 'figcaption', defaultOutlets);
      expect(guess?.kind, caption).toBe('outlet');
      expect(guess?.outlet, caption).toBe('Radio Tideline');
    }
  });
  it('leaves a person with a weekday a person', () => {
    expect(nameSource('— Dana Whitlock, Thursday', [], 'figcaption', defaultOutlets)?.kind).toBe('person');
  });
});

describe('isGivenName: letters no accent mark makes', () => {
  it('reads ð, ø, ł, þ and æ as the plain letters the list spells', () => {
    for (const name of ['guðrún', 'bjørn', 'łucja', 'þóra', 'bjǿrn'.normalize('NFC')])
      expect(isGivenName(name), name).toBe(true);
    for (const word of ['ðrum', 'føll', 'north']) expect(isGivenName(word), word).toBe(false);
  });
});
