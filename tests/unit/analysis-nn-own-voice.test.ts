// Norwegian Nynorsk's own-voice words (data/own-voice.json): a text's wording handed over ("lyder i utdrag"), a
// turn to a relative's words.
import { describe, expect, it } from 'vitest';
import { analyzePage } from '../../utils/analysis/analyze';
import { firstPersonOf, OTHER_DOCUMENT_NAMES, someonesWordsOf } from '../../utils/analysis/own-voice';
import { defaultOutlets } from '../../utils/outlets/default-lookup';
import { page } from './analysis-page-helpers';

const analysed = (html: string) =>
  analyzePage(page(html, 'nn'), { url: 'https://bygdesoge.example/kaia/', outlets: defaultOutlets }).report;

describe('Norwegian Nynorsk (own-voice.json)', () => {
  it('reads a text handed over by its wording and a relative as someone', () => {
    expect(OTHER_DOCUMENT_NAMES.test('Vedtaket frå heradsstyret lyder i utdrag:')).toBe(true);
    expect(OTHER_DOCUMENT_NAMES.test('Skrivet lyder slik:')).toBe(true);
    expect(someonesWordsOf('nn')?.test('det beste sa barnebarnet hans')).toBe(true);
    expect(someonesWordsOf('nn')?.test('Kommunen skriv på nettsida')).toBe(false);
    expect(firstPersonOf('nn')?.test('Eg las det i fjor')).toBe(true);
  });

  it('reads a letter’s wording as a document and, after a turn, a great-grandchild’s words as a person’s', () => {
    const quotes = analysed(
      '<article><p>Skrivet kom frå rutelaget i 1931 og handlar om den nye ferjekaia.</p><p>Skrivet lyder i utdrag:</p><p>«Ferjen vil fra 1ste Mai anløbe den nye Kai tre Gange ugentlig, og Rutelaget beder Dem sørge for at Godset er bragt ned til Kaien en Time før Ankomst, da Ferjen ikke kan vente.»</p><p>Fjordabladet og Vikebladet har skrive om skrivet, men det finaste sa oldebarnet til ferjemannen:</p><p>«Oldefar sa alltid at ferja kom når ho kom, uansett kva skrivet sa.»</p></article>',
    ).quotes;
    expect(quotes.map((q) => [q.kind, q.outlet])).toEqual([
      ['document', null],
      ['person', null],
    ]);
  });
});
