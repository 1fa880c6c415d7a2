// An outlet named before a turn in Polish and Swedish (data/own-voice.json: but, someonesWords, documentWords):
// the turn to someone's words sets it aside, and a house's rules or a price list handed over is a document.
import { describe, expect, it } from 'vitest';
import { type LeadInContext, readLeadIn } from '../../utils/analysis/lead-in';
import { defaultOutlets } from '../../utils/outlets/default-lookup';

const context = (language: string): LeadInContext => ({
  outlets: defaultOutlets,
  publication: 'Club Example',
  publicationHost: 'club.example',
  earlierOutlets: () => [],
  isSurname: () => false,
  language,
});
const read = (text: string, language: string) => {
  const reading = readLeadIn(text, [], context(language));
  return reading ? `${reading.kind}:${reading.outlet}` : 'none';
};

describe('a turn in Polish and Swedish (own-voice.json: but, someonesWords, documentWords)', () => {
  it('sets aside the outlets named before "ale" when the turn goes to a guest’s words', () => {
    expect(
      read(
        'Gazeta Wyborcza pisała o nas w lipcu, a TVN24 nagrało reportaż, ale najmilsze słowa zostawił nasz gość z Torunia:',
        'pl',
      ),
    ).toBe('person:null');
    // A turn to nobody's words keeps the outlet.
    expect(read('Gazeta Wyborcza pisała o nas w lipcu, ale krócej:', 'pl')).toMatch(/^outlet:/);
  });

  it('sets aside the outlet named before "men" when the turn goes to someone explaining', () => {
    expect(
      read('Dagens Nyheter skrev om det i söndags, men den som förklarade det bäst var vår granne:', 'sv'),
    ).toBe('person:null');
    expect(read('Dagens Nyheter skrev om det i söndags, men kortare:', 'sv')).toMatch(/^outlet:/);
  });

  it('reads rules, statutes and a price list handed over as a document', () => {
    expect(read('Regulamin wisi przy drzwiach i mówi tak:', 'pl')).toBe('document:null');
    expect(read('Så här står det i den nya prislistan:', 'sv')).toBe('document:null');
    expect(read('I stadgarna står det så här:', 'sv')).toBe('document:null');
  });

  it('reads a grandmother’s note in Polish as a person’s words, in the page’s language', () => {
    expect(read('Na koniec to, co babcia dopisała ołówkiem w zeszycie:', 'pl')).toBe('person:null');
  });
});
