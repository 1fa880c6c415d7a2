// Passages of the twenty-sixth held-out set's traps (set-apart.ts, quoted-runs.ts): VitePress's and VuePress's
// custom block is a callout, a passage when a sentence hands it over; a short paragraph wholly quoted right after a
// sentence that is only a speaker and a verb of saying is that person's words.
import { describe, expect, it } from 'vitest';
import { analyzePage } from '../../utils/analysis/analyze';
import { saidLeadIn } from '../../utils/analysis/own-voice';
import { defaultOutlets } from '../../utils/outlets/default-lookup';
import { page } from './analysis-page-helpers';

const kinds = (body: string, lang = 'en') =>
  analyzePage(page(`<article class="page"><h1>A</h1>${body}</article>`, lang), {
    url: 'https://docs.club.example/guide/limits',
    outlets: defaultOutlets,
  }).report.quotes.map((q) => `${q.kind}:${q.text.trim().split(/\s+/).slice(-3).join(' ')}`);

const PROSE =
  '<p>The limits below apply to every account from the first of June, whichever plan the account is on today.</p>';
const BLOCK =
  '<div class="warning custom-block"><p class="custom-block-title">WARNING</p><p>Our export of two million rows stopped at the first million every time, and no error said why.</p></div>';

describe('a documentation generator’s custom block (isCalloutBox)', () => {
  it('is a passage when a sentence hands it over as someone’s words', () => {
    expect(kinds(`${PROSE}<p>One user described it well in the issue tracker:</p>${BLOCK}${PROSE}`)).toEqual([
      'person:error said why.',
    ]);
  });

  it('is the page’s own note when nothing hands it over', () => {
    expect(kinds(`${PROSE}<p>Before you start, check your plan.</p>${BLOCK}${PROSE}`)).toEqual([]);
  });
});

describe('a short quotation after a speaker and a verb of saying (shortQuotedAfterSaid)', () => {
  const QUOTED = '<p>“Een bakfiets zonder ketting is geen fiets, het is een cadeau.”</p>';
  it('is that person’s words, however short', () => {
    expect(
      kinds(`${PROSE}<p>Mijn buurvrouw had er een mening over. Zij zei:</p>${QUOTED}${PROSE}`, 'nl'),
    ).toEqual(['person:is een cadeau.”']);
  });

  it('not after a sentence that only hands over', () => {
    expect(
      kinds(`${PROSE}<p>Mijn buurvrouw had er een mening over, en dit is het:</p>${QUOTED}${PROSE}`, 'nl'),
    ).toEqual([]);
  });
});

describe('a sentence that is only a speaker and a verb of saying (saidLeadIn)', () => {
  it('in the languages of own-voice.json, with its colon', () => {
    for (const sentence of ['Zij zei:', 'Il a dit :', 'ela dizia sempre:', 'Hon sa:'])
      expect(saidLeadIn(sentence), sentence).toBe(true);
  });

  it('not without the colon, nor with more words', () => {
    expect(saidLeadIn('Zij zei')).toBe(false);
    expect(saidLeadIn('Zij zei dat het regende:')).toBe(false);
  });
});
