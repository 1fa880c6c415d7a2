// Norwegian bokmål's own-voice words (data/own-voice.json): a regulation and a decision, an owner and a neighbour.
import { describe, expect, it } from 'vitest';
import { analyzePage } from '../../utils/analysis/analyze';
import { OTHER_DOCUMENT_NAMES, someonesWordsOf } from '../../utils/analysis/own-voice';
import { defaultOutlets } from '../../utils/outlets/default-lookup';
import { page } from './analysis-page-helpers';

const analysed = (html: string, url: string, lang = 'en') =>
  analyzePage(page(html, lang), { url, outlets: defaultOutlets }).report;

describe('Norwegian bokmål (own-voice.json)', () => {
  it('reads a regulation and a council’s decision as documents, an owner and a neighbour as someone', () => {
    expect(OTHER_DOCUMENT_NAMES.test('det som gjelder er forskriften fra Sysselmesteren')).toBe(true);
    expect(OTHER_DOCUMENT_NAMES.test('vedtaket fra kommunestyret')).toBe(true);
    expect(someonesWordsOf('nb')?.test('Forrige eier skrev dette i serviceheftet')).toBe(true);
    expect(someonesWordsOf('nb')?.test('Naboen vår sa det slik')).toBe(true);
    expect(someonesWordsOf('nb')?.test('Kommunen skriver på nettsiden')).toBe(false);
  });

  it('sets aside the outlets named before the turn to a decision', () => {
    const quotes = analysed(
      '<article><p>Naustet ved sjøen har stått der siden 1957, og nå må det søkes godkjent på nytt.</p><p>Bergens Tidende hadde en sak om dette i vår, men det som avgjør saken er vedtaket fra kommunestyret:</p><blockquote><p>Eksisterende naust oppført før 1965 kan søkes godkjent dersom de ikke brukes til overnatting.</p></blockquote></article>',
      'https://fjellsiden.example/naust/',
      'nb',
    ).quotes;
    expect(quotes.map((q) => [q.kind, q.outlet])).toEqual([['document', null]]);
  });
});
