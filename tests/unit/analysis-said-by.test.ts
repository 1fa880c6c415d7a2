// A lead-in's clause after a turn giving the words to someone named by no name (said-by.ts, data/said-by.json):
// "…, but the clearest explanation came from the driver on the 6:" is the driver's, not the outlets' named first.
import { describe, expect, it } from 'vitest';
import { analyzePage } from '../../utils/analysis/analyze';
import saidBy from '../../utils/analysis/data/said-by.json';
import { turnsToWords } from '../../utils/analysis/lead-in';
import { givenToSomeone } from '../../utils/analysis/said-by';
import { defaultOutlets } from '../../utils/outlets/default-lookup';
import { page } from './analysis-page-helpers';

describe('said-by.json', () => {
  it('holds, per slot, lower-case phrases by language code, each once', () => {
    expect(Object.keys(saidBy).sort()).toEqual(['_doc', 'newsroom', 'saidBy']);
    for (const slot of ['saidBy', 'newsroom'] as const) {
      expect(saidBy._doc).toContain(`\`${slot}\``);
      for (const [code, list] of Object.entries(saidBy[slot] as Record<string, string[]>)) {
        expect(code).toMatch(/^[a-z]{2}$/);
        expect(list.length, `${slot}.${code}`).toBeGreaterThan(0);
        expect(new Set(list).size, `${slot}.${code} repeats a phrase`).toBe(list.length);
        for (const phrase of list) expect(phrase, `${slot}.${code}`).toBe(phrase.toLowerCase().trim());
      }
    }
  });
});

describe('givenToSomeone', () => {
  it('reads a speaker named by what they are, in several languages and word orders', () => {
    for (const clause of [
      'the clearest explanation came from the driver on the 6 this morning:',
      'the best description of it came from the man who staffed it, who I met at the trailhead:',
      'the kindest words were said by a nurse on the night ward:',
      'the best summary I heard was from a woman at the bus stop:',
      'det smukkeste blev sagt af vores kirkesanger, da klokken kom:',
      'det beste kom fra en gammel fisker på kaia:',
      'det finaste sades av vår kantor när klockan hängdes upp:',
      'nejlíp to řekl náš průvodce, bývalý havíř:',
      'najlepiej ujął to nasz przewodnik, były górnik:',
      'lo mejor lo dijo una vecina del barrio:',
      'le plus juste est venu de notre guide, un ancien mineur :',
    ])
      expect(givenToSomeone(clause), clause).toBe(true);
  });

  it('leaves a capitalised name, a newsroom, a body and a bare word to the lead-in reader', () => {
    for (const clause of [
      'the best account came from the Harbour Post:',
      'the fullest story came from the local paper on Friday:',
      'the best summary came from their reporter at the scene:',
      'the clip I heard was from the breakfast show last week:',
      'the detail came from the council planning team:',
      'nejlíp to řekl Ostravský rozhlas:',
      'it came from here:',
      'the figures are in the table below:',
    ])
      expect(givenToSomeone(clause), clause).toBe(false);
  });

  it('makes the sentence turn to words', () => {
    expect(
      turnsToWords(
        'The Guardian and Sky News both covered the closure, but the clearest explanation came from the lock keeper on the night shift:',
      ),
    ).toBe(true);
    expect(
      turnsToWords(
        'The Guardian and Sky News both covered the closure, but the best account came from the Harbour Post:',
      ),
    ).toBe(false);
  });
});

describe('a page whose lead-in turns from outlets to an unnamed speaker', () => {
  const quotes = (body: string, lang = 'en') =>
    analyzePage(page(body, lang), {
      url: 'https://canal-notes.example/closure',
      outlets: defaultOutlets,
    }).report.quotes.map((q) => [q.kind, q.outlet]);
  const PROSE =
    '<p>The lock flight was closed for eleven days in November while the lower gates were replaced, and boats queued back to the junction.</p>';

  it('gives the passage to the speaker, no outlet', () => {
    expect(
      quotes(
        `<article>${PROSE}<p>The Guardian and Sky News both covered the closure, but the clearest explanation came from the lock keeper on the night shift:</p><blockquote><p>Same water, same gates, same boats. The timber gives out after thirty winters and there is no patching it once the heel post goes.</p></blockquote>${PROSE}</article>`,
      ),
    ).toEqual([['person', null]]);
  });

  it('does so in another language', () => {
    expect(
      quotes(
        `<article>${PROSE}<p>Både SVT och Sydsvenskan har berättat om klockan, men det finaste sades av vår kantor när klockan hängdes upp:</p><blockquote><p>Den har väntat i hundra år på ett lager. Nu får den ringa över hamnen igen, varje söndag klockan tio.</p></blockquote>${PROSE}</article>`,
        'sv',
      ),
    ).toEqual([['person', null]]);
  });

  it('keeps an outlet named after the turn', () => {
    expect(
      quotes(
        `<article>${PROSE}<p>Sky News covered the closure, but the clearest explanation came from The Guardian:</p><blockquote><p>The timber gives out after thirty winters and there is no patching it once the heel post goes, engineers said.</p></blockquote>${PROSE}</article>`,
      ),
    ).toEqual([['outlet', 'The Guardian']]);
  });
});
