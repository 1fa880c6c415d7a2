// A sentence after a passage naming whose it was (utils/analysis/back-credit.ts), and its effect on the
// passages around it (attribute.ts).
import { describe, expect, it } from 'vitest';
import { analyzePage } from '../../utils/analysis/analyze';
import { readBackCredit } from '../../utils/analysis/back-credit';
import { defaultOutlets } from '../../utils/outlets/default-lookup';

const back = (text: string) => readBackCredit(text, defaultOutlets)?.outlet ?? null;
const BLOCK = (words: string) =>
  `<blockquote><p>${words} The figures were published on Tuesday and cover the whole of the last quarter.</p></blockquote>`;

function quotes(html: string) {
  const doc = document.implementation.createHTMLDocument('Estuary Letters');
  doc.body.innerHTML = `<article><p>Another week, another argument about the bridge and who pays for it.</p>${html}<p>More next week.</p></article>`;
  return analyzePage(doc, { url: 'https://estuary.example/p', outlets: defaultOutlets }).report.quotes;
}

describe('a sentence after a passage that credits it', () => {
  it('names the outlet of "That was X …", "That’s X …", "Those were X’s words"', () => {
    expect(back('That was FreightWaves on Tuesday, and the index moved the same way.')).toBe('FreightWaves');
    expect(back("That's the Daily Mirror in Colombo, not the London one.")).toBe('Daily Mirror');
    expect(back('That’s Reuters with the sums, and the sums are right.')).toBe('Reuters');
    expect(back("Those were the Financial Times's words.")).toBe('Financial Times');
    expect(back('This is from Bloomberg.')).toBe('Bloomberg');
  });

  it('names nothing in other sentences that open the same way', () => {
    expect(back('That was the last item before the break.')).toBeNull();
    expect(back('This is my view: a toll is a tax.')).toBeNull();
    expect(back('That was Maria on the phone, angry as ever.')).toBeNull();
    expect(back('Reuters had it first.')).toBeNull();
  });

  it('credits the passage above it only, when nothing before the passage names one', () => {
    const [first, second] = quotes(
      `${BLOCK('Tolls will rise by forty cents from March.')}<p>That was the Financial Times on Tuesday, and the ministry has not said no.</p>${BLOCK('Commuters would pay about two hundred euros more a year.')}<p>That's Reuters with the sums.</p>`,
    );
    expect(first.outlet).toBe('Financial Times');
    expect(second.outlet).toBe('Reuters');
    // A lead-in naming the source wins over a sentence after.
    const [led] = quotes(
      `<p>Bloomberg has the numbers:</p>${BLOCK('Tolls will rise.')}<p>That was Reuters, too.</p>`,
    );
    expect(led.outlet).toBe('Bloomberg');
  });
});

describe('a sentence after a passage that credits it, in French, German, Spanish and Italian', () => {
  it('names the outlet after the words pointing back', () => {
    expect(back("C'était Le Télégramme, mardi, et je confirme.")).toBe('Le Télégramme');
    expect(back('C’est Le Figaro qui le rapporte.')).toBe('Le Figaro');
    expect(back('Das war der Spiegel am Montag.')).toBe('Der Spiegel');
    expect(back('Eso era El País, ayer.')).toBe('El País');
  });
  it('names no person or lower-case phrase', () => {
    expect(back("C'est Marie qui me l'a dit.")).toBeNull();
    expect(back("C'était une belle journée.")).toBeNull();
  });
});
