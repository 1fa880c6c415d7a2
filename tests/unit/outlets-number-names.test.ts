// Names that open on a number ("20 Minuten", "2M", "7sur7", "24 Kanal", "اليوم 24") and the cues around them: a
// number and a unit of time read as a length of time unless a cue says a source is meant (DURATION_WORDS), a cue
// after an auxiliary ("2M a rapporté", AUXILIARIES_AFTER), and "d'après" but not "après" (CUES_AFTER_ELISION).
import { describe, expect, it } from 'vitest';
import { nameInLanguage } from '../../utils/analysis/names-in-language';
import { AUXILIARIES_AFTER, CUES_AFTER_ELISION, DURATION_WORDS } from '../../utils/outlets/context-words';
import { defaultOutlets } from '../../utils/outlets/default-lookup';
import { findOutletMentions, outletByName, outletsInLanguage } from '../../utils/outlets/lookup';

const named = (text: string) => findOutletMentions(text).map((m) => m.outlet.name);

describe('the word lists', () => {
  it('hold folded lower-case words', () => {
    for (const words of [DURATION_WORDS, AUXILIARIES_AFTER, new Set(CUES_AFTER_ELISION.keys())])
      for (const w of words) expect(w).toBe(w.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase());
    expect(DURATION_WORDS.has('minutes')).toBe(true);
    expect(AUXILIARIES_AFTER.has('hat')).toBe(true);
  });
});

describe('names opening on a number', () => {
  it('finds them beside a cue, in each language', () => {
    expect(named('Selon 20 minutes :')).toEqual(['20 Minuten']);
    expect(named('Laut 20 Minuten hat die Stadt entschieden.')).toEqual(['20 Minuten']);
    expect(named('20 Minuten berichtet:')).toEqual(['20 Minuten']);
    expect(named('D’après 20 Minutes :')).toEqual(['20 Minutes']);
    expect(named('Selon 2M :')).toEqual(['2M']);
    expect(named('D’après 7sur7 :')).toEqual(['7sur7']);
    expect(named('7sur7 écrit que la ligne rouvrira.')).toEqual(['7sur7']);
    expect(named('Selon Alyaoum24 :')).toEqual(['Alyaoum24']);
    expect(named('وذكر موقع اليوم 24 أن المشروع سيبدأ.')).toEqual(['Alyaoum24']);
    expect(named('Як повідомляє 24 Канал, рух відновлено.')).toEqual(['24 Kanal']);
    expect(named('Según 24 Horas, el tren vuelve.')).toEqual(['24 Horas']);
  });

  it('reads a number and a unit of time as a length of time without a cue', () => {
    expect(named('Après 20 Minutes de débat, le conseil a tranché.')).toEqual([]);
    expect(named('Après 20 minutes de débat, le conseil a tranché.')).toEqual([]);
    expect(named('After 20 Minutes of debate, the council voted.')).toEqual([]);
    expect(named('Nach 20 Minuten war alles vorbei.')).toEqual([]);
    expect(named('En 24 Horas todo cambió.')).toEqual([]);
    expect(named('Après 24 heures de garde à vue, il a parlé.')).toEqual([]);
  });

  it('leaves a quantity and "today" before a number alone', () => {
    expect(named('The video passed 2M views on Tuesday.')).toEqual([]);
    expect(named('قتل اليوم 24 شخصا في الحادث.')).toEqual([]);
  });

  it('means the Swiss 20 Minuten by "20 minutes" on a page from Switzerland, else the French paper', () => {
    expect(outletByName('20 minutes')?.name).toBe('20 Minutes');
    expect(outletsInLanguage('fr', 'CH').byName('20 minutes')?.name).toBe('20 Minuten');
    expect(nameInLanguage('20 Minuten', defaultOutlets, 'fr')).toBe('20 minutes');
  });
});

describe('cues around a name', () => {
  it('reads the verb after an auxiliary as the cue', () => {
    expect(named('2M a rapporté mardi soir :')).toEqual(['2M']);
    expect(named('Bild hat berichtet, dass die Brücke gesperrt bleibt.')).toEqual(['Bild']);
    expect(named('Sifted has reported that the round closed.')).toEqual(['Sifted']);
    expect(named('Die Zeit hat geschrieben:')).toEqual(['Die Zeit']);
    expect(named('Bild hat recht, sagt er.')).toEqual([]);
  });

  it('takes "d’après" as a cue and "après" alone as no cue', () => {
    expect(named('D’après Marianne, la loi passera.')).toEqual(['Marianne']);
    expect(named('Après Marianne, la loi passera.')).toEqual([]);
  });
});
