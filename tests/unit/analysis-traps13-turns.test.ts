// An outlet named before a turn in Catalan and Arabic (data/own-voice.json: but, someonesWords, documentWords):
// the turn to someone's words or a notice sets it aside.
import { describe, expect, it } from 'vitest';
import { type LeadInContext, readLeadIn } from '../../utils/analysis/lead-in';
import { defaultOutlets } from '../../utils/outlets/default-lookup';

const context: LeadInContext = {
  outlets: defaultOutlets,
  publication: 'Club Example',
  publicationHost: 'club.example',
  earlierOutlets: () => [],
  isSurname: () => false,
};
const read = (text: string) => {
  const reading = readLeadIn(text, [], context);
  return reading ? `${reading.kind}:${reading.outlet}` : 'none';
};

describe('a turn in Catalan and Arabic (own-voice.json: but, someonesWords, documentWords)', () => {
  it('sets aside the outlet named before "però" when the turn goes to someone’s words', () => {
    expect(
      read("L'Ara en va fer una notícia ahir, però qui ens va explicar què passava va ser un veí:"),
    ).toBe('person:null');
    // A turn to nobody's words keeps the outlet.
    expect(read("L'Ara en va fer una notícia ahir, però amb més detall:")).toMatch(/^outlet:/);
  });

  it('sets aside the outlet named before "لكن" when the turn goes to someone’s words', () => {
    expect(read('جريدة النهار نشرت خبراً أمس، لكن الكلام الأهم سمعته من جارنا:')).toBe('person:null');
  });

  it('reads a Catalan or Arabic notice handed over as a document', () => {
    expect(read("L'ajuntament ens ha enviat aquest avís:")).toBe('document:null');
    expect(read('وصلنا هذا الإعلان من البلدية:')).toBe('document:null');
  });

  it('reads a sign or a posted notice handed over as a document, in Catalan and Spanish', () => {
    expect(read('El cartell de la porta del mercat diu així:')).toBe('document:null');
    expect(read('El aviso que colgaron en la escuela dice así:')).toBe('document:null');
  });
});
