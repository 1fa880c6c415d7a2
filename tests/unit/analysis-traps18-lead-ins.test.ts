// Lead-ins of the twenty-sixth held-out set's traps (lead-in.ts, source-words.ts, document-words.json):
// a turn to a text "which says:", a plate, a tooltip, an inscription or an invoice as documents, and a letter a
// person wrote by a pronoun.
import { describe, expect, it } from 'vitest';
import { type LeadInContext, readLeadIn, TEXT_THAT_SAYS } from '../../utils/analysis/lead-in';
import { DOCUMENT_WORDS, SOMEONES_TEXT } from '../../utils/analysis/source-words';
import { defaultOutlets } from '../../utils/outlets/default-lookup';

const context: LeadInContext = {
  outlets: defaultOutlets,
  publication: null,
  publicationHost: 'example.org',
  earlierOutlets: () => [],
  isSurname: () => false,
};
const read = (text: string) => {
  const reading = readLeadIn(text, [], context);
  return reading ? `${reading.kind}:${reading.outlet}` : 'none';
};

describe('a turn to a text that speaks (TEXT_THAT_SAYS)', () => {
  it('hands over the text and sets aside the newsrooms named before the turn', () => {
    expect(
      read(
        'This was picked up by Reuters and the BBC after the release, but the authoritative description is the file format, which states:',
      ),
    ).toBe('document:null');
    expect(
      read('The Guardian did a story on the sheds, but what matters is the planning rule, which says:'),
    ).toBe('document:null');
  });

  it('not a newsroom’s piece so introduced, nor a person who speaks', () => {
    expect(TEXT_THAT_SAYS.test('but the best account is the Guardian’s report, which says:')).toBe(false);
    expect(TEXT_THAT_SAYS.test('but what matters is my neighbour, who says:')).toBe(false);
    expect(TEXT_THAT_SAYS.test('the rule, which says that bikes may stay')).toBe(false);
  });
});

describe('plates, tooltips and error messages (DOCUMENT_WORDS), inscriptions and invoices in other languages', () => {
  it('are documents', () => {
    for (const words of [
      'The brass plate in the wheelhouse now hangs in the kitchen. It reads:',
      'in the tooltip over the block instrument, is this:',
      'The error message says:',
    ])
      expect(DOCUMENT_WORDS.test(words), words).toBe(true);
    expect(DOCUMENT_WORDS.test('She put a plate of scones on the table:')).toBe(false);
    expect(read('A inscrição, que sempre me intrigou em miúda:')).toBe('document:null');
    expect(read('Dit staat letterlijk op de factuur, die ik meegeef:')).toBe('document:null');
  });
});

describe('a letter a person wrote, by a pronoun', () => {
  it('is that person’s words, not a document', () => {
    expect(
      read('When his granddaughter left for university, he wrote her a letter, which she let us share:'),
    ).toBe('person:null');
    expect(read('The council sent a letter about the shed:')).toBe('document:null');
  });
});

describe('someone who described it well (SOMEONES_TEXT)', () => {
  it('hands over that person’s words', () => {
    expect(SOMEONES_TEXT.test('One user described it well in the issue tracker:')).toBe(true);
    expect(SOMEONES_TEXT.test('The manual describes the steps:')).toBe(false);
  });
});
