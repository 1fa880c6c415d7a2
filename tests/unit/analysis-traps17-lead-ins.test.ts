// Lead-ins of the twenty-fifth held-out set's traps (lead-in.ts, source-words.ts, own-voice.json): newsrooms named
// before a turn to a donor's, a user's or a village elder's words, or to a code of law, a standard, a guarantee or
// an advisory, are set aside; a book kept as a record is a document.
import { describe, expect, it } from 'vitest';
import ownVoice from '../../utils/analysis/data/own-voice.json';
import { type LeadInContext, readLeadIn } from '../../utils/analysis/lead-in';
import { BOOK_WORDS, DOCUMENT_WORDS, SOMEONES_TEXT } from '../../utils/analysis/source-words';
import { defaultOutlets } from '../../utils/outlets/default-lookup';

const context = (language: string | null = null): LeadInContext => ({
  outlets: defaultOutlets,
  publication: 'Club Example',
  publicationHost: 'club.example',
  earlierOutlets: () => [],
  isSurname: () => false,
  language,
});
const read = (text: string, language: string | null = null) => {
  const reading = readLeadIn(text, [], context(language));
  return reading ? `${reading.kind}:${reading.outlet}` : 'none';
};

describe('a turn to someone’s words in English', () => {
  it('sets aside the newsrooms before "but the donor put it best"', () => {
    expect(
      read(
        'The gift was covered by the Whitby Gazette and BBC Radio York, but the donor put it best when she brought it in:',
      ),
    ).toBe('person:null');
    expect(SOMEONES_TEXT.test('my aunt said it best')).toBe(true);
    expect(SOMEONES_TEXT.test('the best of it')).toBe(false);
  });

  it('reads a user’s report as that user’s words, a report alone as a document', () => {
    expect(read('A user report from #58:')).toBe('person:null');
    expect(read('The annual report says:')).toBe('document:null');
  });
});

describe('documents handed over after a turn or alone', () => {
  it('reads a code of law by its field as a document', () => {
    expect(
      read(
        'The Globe did a piece and WBUR had a segment, but what binds the landlord is the state sanitary code, which says:',
      ),
    ).toBe('document:null');
    expect(DOCUMENT_WORDS.test('the city’s building code')).toBe(true);
    expect(DOCUMENT_WORDS.test('the source code')).toBe(false);
  });

  it('reads a standard in lower case as a document, not a paper called the Standard', () => {
    expect(read('The standard is explicit:')).toBe('document:null');
    expect(read('RFC 5545 puts it this way:')).toBe('document:null');
    expect(read('The Standard reported this morning:')).not.toBe('document:null');
  });

  it('reads a guarantee and a vendor’s advisory as documents, not an advisory board', () => {
    expect(DOCUMENT_WORDS.test('The guarantee printed on the box')).toBe(true);
    expect(DOCUMENT_WORDS.test('I guarantee it')).toBe(false);
    expect(read('Two sites covered it, but the vendor’s own advisory is what matters:')).toBe(
      'document:null',
    );
    expect(DOCUMENT_WORDS.test('the advisory board')).toBe(false);
  });

  it('reads a station’s service book or log book as a record, not a book of someone’s', () => {
    expect('The station’s service book records it:'.match(BOOK_WORDS)).toBeNull();
    expect('The station’s log book notes only:'.match(BOOK_WORDS)).toBeNull();
    expect('Her book recalls it:'.match(BOOK_WORDS)).not.toBeNull();
    expect(read('The station’s service book for the night records the launch more briefly:')).toBe(
      'document:null',
    );
  });
});

describe('Swahili and German words (own-voice.json)', () => {
  it('lists Swahili in every slot', () => {
    expect(ownVoice.languages).toContain('sw');
    expect(ownVoice.but.sw).toContain('lakini');
  });

  it('sets aside the newsrooms before "lakini" when the turn goes to an elder’s words', () => {
    expect(
      read(
        'Taifa Leo na Baraka FM waliripoti kuhusu barabara, lakini maneno ya mzee wa kijiji ndiyo yaliyonifanya ninunue:',
        'sw',
      ),
    ).toBe('person:null');
  });

  it('reads a Swahili deed or contract and a German house rule as documents', () => {
    expect(read('Hati iko safi na inasomeka hivi:', 'sw')).toBe('document:null');
    expect(read('Zur Anreise steht in unserer Hausordnung:', 'de')).toBe('document:null');
  });
});
