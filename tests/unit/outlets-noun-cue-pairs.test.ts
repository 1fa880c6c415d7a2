// Names that are also ordinary words, read as outlets beside a cue of two words after them (NOUN_CUE_PAIRS_AFTER
// in utils/outlets/context-words.ts), and a shared short name read by the page's language (SHARED_ALIASES).
import { describe, expect, it } from 'vitest';
import { defaultOutlets } from '../../utils/outlets/default-lookup';

const named = (text: string) => defaultOutlets.mentions(text).map((m) => m.outlet.name);

describe('a genitive particle and a postposition after a name that is also a word', () => {
  it('reads Hindustan, the daily, before "के मुताबिक", "के अनुसार", "की रिपोर्ट"', () => {
    expect(named('समय भी बदल रहा है। हिन्दुस्तान के मुताबिक')).toEqual(['Hindustan']);
    expect(named('हिंदुस्तान के अनुसार नया पुल मार्च में खुलेगा।')).toEqual(['Hindustan']);
    expect(named('हिंदुस्तान की रिपोर्ट में कहा गया:')).toEqual(['Hindustan']);
  });

  it('reads India itself, the same word, before the particle alone or another word', () => {
    expect(named('हिन्दुस्तान के लोग बहुत मेहनती हैं।')).toEqual([]);
    expect(named('पूरे हिन्दुस्तान में यही हाल है।')).toEqual([]);
    expect(named('हिंदुस्तान की मिट्टी अलग है।')).toEqual([]);
  });
});

describe('TV3, a name two broadcasters share', () => {
  it('is Lithuania’s on a Lithuanian page and Catalonia’s elsewhere', () => {
    const lithuanian = defaultOutlets.inLanguage?.('lt') ?? defaultOutlets;
    expect(lithuanian.mentions('Kaip skelbia TV3,').map((m) => m.outlet.name)).toEqual(['TV3 (Lithuania)']);
    expect(named('Segons TV3,')).toEqual(['3Cat']);
    expect(named('TV3 Žinios praneša:')).toEqual(['TV3 (Lithuania)']);
  });
});
