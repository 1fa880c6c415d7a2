// A name whose words are ordinary words ('word' in MENTION_CARE) opening a sentence or after a cue opening it:
// an object pronoun between the name and its verb, a verb in the past, a cue word opening the sentence
// (lookup.ts: pastAuxiliary, isPartOfName; context-words.ts: CLITICS_AFTER, NOUN_CUES_AFTER); and papers known
// by their readers' short names (data.ts: JydskeVestkysten's "JV", Le Défi Quotidien's "le Défi").
import { describe, expect, it } from 'vitest';
import { CLITICS_AFTER, NOUN_CUES_AFTER } from '../../utils/outlets/context-words';
import { findOutletMentions } from '../../utils/outlets/lookup';

const found = (text: string) => findOutletMentions(text).map((m) => `${m.text}→${m.outlet.name}`);

describe('a word-shaped name opening a sentence that hands over', () => {
  it.each([
    ['À Punt ho publicava dimarts a la nit:', 'À Punt→À Punt'],
    ['À Punt ho ha explicat aquest matí:', 'À Punt→À Punt'],
    ['À Punt informava ahir:', 'À Punt→À Punt'],
  ])('%s', (text, expected) => {
    expect(found(text)).toEqual([expected]);
  });

  it('reads the name after a cue that opens the sentence', () => {
    expect(found('Segons À Punt, el tren no passarà fins dijous.')).toEqual(['À Punt→À Punt']);
  });

  it('leaves the same words alone where no source is meant', () => {
    expect(found('A punt de tancar, el forner ho publicava així:')).toEqual([]);
    expect(found('Tot A Punt Per La Festa')).toEqual([]);
    // A pronoun then a verb that is no newsroom's.
    expect(found('À Punt ho menjava tot.')).toEqual([]);
  });

  it('holds the pronouns and the past verbs as folded words', () => {
    expect([...CLITICS_AFTER]).toEqual(expect.arrayContaining(['ho', 'lo']));
    for (const verb of ['explicava', 'explicat', 'explicaba', 'publie'])
      expect(NOUN_CUES_AFTER.has(verb)).toBe(true);
  });
});

describe('papers known by their readers’ short names', () => {
  it.each([
    ['Laut JV fährt die Fähre seltener.', 'JV→JydskeVestkysten'],
    ['Selon le Défi, le marché ferme.', 'le Défi→Defimedia'],
    ['Le Défi Quotidien écrit ce matin :', 'Le Défi Quotidien→Defimedia'],
  ])('%s', (text, expected) => {
    expect(found(text)).toEqual([expected]);
  });

  it('leaves a school team and a challenge alone', () => {
    expect(found('The JV team won on Friday.')).toEqual([]);
    expect(found('Relever Le Défi Climatique')).toEqual([]);
    expect(found('Le défi est de taille.')).toEqual([]);
  });
});
