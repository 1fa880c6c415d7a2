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
  it('reads Russian and Persian letters and documents, and a turn after the Arabic-script comma', () => {
    expect(read('И из письма её мамы сестре, весна 1949-го:', { language: 'ru' })).toBe('person:null');
    expect(read('А вот справка из домоуправления 1952 года:', { language: 'ru' })).toBe('document:null');
    expect(read('و این هم تکه‌ای از قباله‌ی باغ:', { language: 'fa' })).toBe('document:null');
    expect(read('ایسنا گزارشی منتشر کرد، اما هیچ گزارشی مثل نامه‌ی مادربزرگ نیست:', { language: 'fa' })).toBe(
      'person:null',
    );
  });
});
