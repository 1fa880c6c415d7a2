// Armenian punctuation: the colon written as a point ending a lead-in, the full stop "։" after a closing mark,
// the mark "՝" after a credit's label, and a dateline's colon (set-apart.ts, quoted-runs.ts, block-evidence.ts).
import { describe, expect, it } from 'vitest';
import { analyzePage } from '../../utils/analysis/analyze';
import { readCreditLine, readDateline } from '../../utils/analysis/block-evidence';
import { INTRODUCES } from '../../utils/analysis/set-apart';
import { defaultOutlets } from '../../utils/outlets/default-lookup';

function quotesOf(article: string) {
  const doc = document.implementation.createHTMLDocument('Դիլիջանի նոթեր');
  doc.documentElement.setAttribute('lang', 'hy');
  doc.body.innerHTML = `<article><p>Այս շաբաթ քաղաքում խոսում էին միայն նոր զբոսայգու մասին։</p>${article}</article>`;
  return analyzePage(doc, { url: 'https://dilijannotes.example/post', outlets: defaultOutlets }).report
    .quotes;
}

describe('the Armenian colon, written as a point', () => {
  it('hands over after an Armenian word, not after a Latin one nor a sentence ending in "։"', () => {
    expect(INTRODUCES.test('«Արմենպրեսը» հաղորդում է.')).toBe(true);
    expect(INTRODUCES.test('Ահա թե ինչ է ասում քաղաքապետը.')).toBe(true);
    expect(INTRODUCES.test('Զբոսայգին կբացվի գարնանը։')).toBe(false);
    expect(INTRODUCES.test('The park opens in spring.')).toBe(false);
  });
});

describe('a « » paragraph ending in the Armenian full stop after its closing mark', () => {
  it('is wholly quoted, a passage of the outlet that talked to someone', () => {
    const quotes = quotesOf(
      '<p>CivilNet-ի լրագրողը զրուցել է զբոսայգու պահակի հետ:</p><p>«Ամեն առավոտ ժամը վեցին եմ գալիս, և արդեն երրորդ շաբաթն է՝ ոչ մի բանվոր չեմ տեսել այստեղ։ Ասում են՝ նյութերը չեն բերել»։</p>',
    );
    expect(quotes).toHaveLength(1);
    expect(quotes[0].outlet).toBe('CivilNet');
  });
});

describe('Armenian credits and datelines', () => {
  it('reads a source label followed by the Armenian mark "՝"', () => {
    expect(readCreditLine('Աղբյուրը՝ CivilNet', null, defaultOutlets)?.outlet).toBe('CivilNet');
    expect(readCreditLine('Աղբյուր՝ Արմենպրես', null, defaultOutlets)?.outlet).toBe('Armenpress');
  });
  it('reads the agency after the date and a colon, known or an agency’s short name only', () => {
    const agency = (text: string) => readDateline(text, defaultOutlets)?.outlet ?? null;
    expect(
      agency('ԴԻԼԻՋԱՆ, 14 ՓԵՏՐՎԱՐԻ, ԱՐՄԵՆՊՐԵՍ: Քաղաքապետարանը հայտնում է, որ զբոսայգին կբացվի մայիսին։'),
    ).toBe('Armenpress');
    expect(agency('ԴԻԼԻՋԱՆ, 14 ՓԵՏՐՎԱՐԻ, ԱՆՈՒՇԸ ԳՐՈՒՄ Է: Զբոսայգին կբացվի մայիսին։')).toBeNull();
  });
});
