// Whose words a lead-in says follow (utils/analysis/lead-in.ts), for the seventeenth held-out set's traps: a letter a
// book prints, someone's own account, a body's reply, a leaflet, a meeting's earlier minutes; Russian and Persian
// words (data/own-voice.json), the Arabic script's comma as a turn.
import { describe, expect, it } from 'vitest';
import { type LeadInContext, readLeadIn } from '../../utils/analysis/lead-in';
import { defaultOutlets } from '../../utils/outlets/default-lookup';

const context = (extra: Partial<LeadInContext> = {}): LeadInContext => ({
  outlets: defaultOutlets,
  publication: 'Lane Notes',
  publicationHost: 'lanenotes.example',
  earlierOutlets: () => [],
  isSurname: () => false,
  ...extra,
});
const read = (text: string, extra: Partial<LeadInContext> = {}) => {
  const reading = readLeadIn(text, [], context(extra));
  return reading ? `${reading.kind}:${reading.outlet}` : 'none';
};

describe('what a lead-in says follows (lead-in.ts)', () => {
  it('reads a letter a book prints as its writer’s words, a body’s letter still as a document', () => {
    expect(read('The Guardian reviewed it in May; I prefer the letter that opens chapter 2:')).toBe(
      'person:null',
    );
    expect(read('The letter from the council:')).toBe('document:null');
  });

  it('reads someone’s own account as theirs, whatever record it goes into', () => {
    expect(
      read(
        'ITV filmed the lane, but Mr Pask asked for his own account to go in the minutes, and read it out:',
      ),
    ).toBe('person:null');
    expect(read('The minutes of the meeting record this:')).toBe('document:null');
  });

  it('reads a body’s reply as a document, its team as no newsroom’s', () => {
    expect(read("The Clerk read the reply from the Council's highways team, dated 30 November:")).toBe(
      'document:null',
    );
    // A newsroom's team still names the newsroom.
    expect(read("The Harbour Mercury's data team has the numbers:")).toBe('outlet:Harbour Mercury');
  });

  it('reads a leaflet’s note as a document, not a person’s note', () => {
    expect(read('The leaflet that came with the kit has this note on the back:')).toBe('document:null');
  });

  it('reads an earlier meeting’s minutes as the writer’s own record on a page of minutes only', () => {
    expect(read('As recorded in the minutes of the June meeting:', { pageTitle: 'Minutes, November' })).toBe(
      'self:Lane Notes',
    );
    expect(
      read('As recorded in the minutes of the June meeting:', { pageTitle: 'A walk by the river' }),
    ).toBe('document:null');
  });

  it('reads Russian and Persian letters and documents, and a turn after the Arabic-script comma', () => {
    expect(read('И из письма её мамы сестре, весна 1949-го:', { language: 'ru' })).toBe('person:null');
    expect(read('А вот справка из домоуправления 1952 года:', { language: 'ru' })).toBe('document:null');
    expect(read('و این هم تکه‌ای از قباله‌ی باغ:', { language: 'fa' })).toBe('document:null');
    expect(read('ایسنا گزارشی منتشر کرد، اما هیچ گزارشی مثل نامه‌ی مادربزرگ نیست:', { language: 'fa' })).toBe(
      'person:null',
    );
  });
});
