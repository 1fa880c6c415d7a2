// A private letter a kinsman wrote, handed over after a turn from an outlet (lead-in.ts: letterFromPerson, and
// the turn's words deciding the kind).
import { describe, expect, it } from 'vitest';
import { type LeadInContext, readLeadIn } from '../../utils/analysis/lead-in';
import { defaultOutlets } from '../../utils/outlets/default-lookup';

const context: LeadInContext = {
  outlets: defaultOutlets,
  publication: 'History Example',
  publicationHost: 'history.example',
  earlierOutlets: () => [],
  isSurname: () => false,
};
const read = (text: string) => {
  const reading = readLeadIn(text, [], context);
  return reading ? `${reading.kind}:${reading.outlet}` : 'none';
};

describe('a letter someone wrote', () => {
  it('reads a letter a person’s word names the writer of as that person’s words', () => {
    expect(
      read('The best account of him is in a letter his daughter Ingrid wrote to her brother. Part of it:'),
    ).toBe('person:null');
    expect(read('Here is the letter my grandfather sent home from the front:')).toBe('person:null');
  });

  it('keeps a body’s letter a document', () => {
    expect(read('Here is the letter the council sent to every household:')).toBe('document:null');
  });

  it('reads the kind from the words after a turn, not from what the sentence turns from', () => {
    expect(
      read(
        'The Cumberland News ran a short notice of his death, but the truest picture of him is in a letter his son wrote. An extract:',
      ),
    ).toBe('person:null');
  });
});
