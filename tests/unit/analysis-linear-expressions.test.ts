// Expressions bounded so that their time grows linearly with the text (a hostile page's long run of capitals,
// of capitalised words or of quotation marks): each still reads what it read, on real sentences and on those
// long runs. Results only; the timings are in the commits that bounded them.
import { describe, expect, it } from 'vitest';
import { parseHtml } from '../../cli/parse';
import { walkArticle } from '../../utils/analysis/article-text';
import { NAME_AFTER_SAID, NOT_NAMES, quotedSurnames } from '../../utils/analysis/continuation';
import { type LeadInContext, readLeadIn } from '../../utils/analysis/lead-in';
import { unknownOutlet } from '../../utils/analysis/lead-in-names';
import { namesInProse, outletsInProse, shortFormIn } from '../../utils/analysis/short-forms';
import { NEWS_COMPOUND } from '../../utils/analysis/source-words';
import { scoreSentence } from '../../utils/claims/score';
import { defaultOutlets } from '../../utils/outlets/default-lookup';

const capitals = 'A'.repeat(5000);
const words = 'Word '.repeat(1000);

describe('the names the lead-in patterns read (name-source NAME)', () => {
  it('reads the names it read, where it read them', () => {
    expect(unknownOutlet('Dana Whitlock of the Tri-Valley Bugle reports:')).toEqual({
      name: 'Tri-Valley Bugle',
      start: 17,
      end: 37,
    });
    expect(unknownOutlet('The Harbour Mercury had the story:')).toEqual({
      name: 'Harbour Mercury',
      start: 0,
      end: 19,
    });
    expect(unknownOutlet('KXLT’s crew talked to two drivers:')).toEqual({ name: 'KXLT', start: 0, end: 6 });
    expect(unknownOutlet('As the Harbour Mercury puts it:')).toEqual({
      name: 'Harbour Mercury',
      start: 3,
      end: 22,
    });
    expect(unknownOutlet('More from Gull Point Weekly Harbour Review:')).toEqual({
      name: 'Gull Point Weekly Harbour Review',
      start: 10,
      end: 42,
    });
  });
  it('starts a name at the first capital of its run of letters', () => {
    expect(unknownOutlet('MacLeod Gazette had the story:')).toEqual({
      name: 'MacLeod Gazette',
      start: 0,
      end: 15,
    });
    expect(unknownOutlet('eHarbour Mercury had the story:')).toEqual({
      name: 'Harbour Mercury',
      start: 1,
      end: 16,
    });
  });
  it('reads no name in long runs of capitals or of capitalised words, as before', () => {
    expect(unknownOutlet(`${capitals} had the story:`)).toBe(null);
    expect(unknownOutlet(`Credit to ${capitals}:`)).toBe(null);
    expect(unknownOutlet(`${words}had the story:`)).toBe(null);
    expect(unknownOutlet(`${capitals} ${words}`)).toBe(null);
    expect(unknownOutlet(`${'ab’'.repeat(2000)} had the story:`)).toBe(null);
  });
});

describe('the names a post gives in its own prose, and the word before a short name (short-forms)', () => {
  it('reads the same names, from the same first capital', () => {
    const html = `<article><p>I had missed the Portland Mercury piece on Friday, and the Harbour Valley Courier too.</p><p>xHarbour Courier and ${capitals} Gazette, ${words}Times.</p><p>NORTHERN Ledger said.</p></article>`;
    const root = parseHtml(html).document.querySelector('article') as Element;
    const named = outletsInProse(namesInProse(walkArticle(root), new Set()))(0, 99).map((n) => n.outlet);
    expect(named).toEqual([
      'Portland Mercury',
      'Harbour Valley Courier',
      `Harbour Courier and ${capitals} Gazette`,
      'NORTHERN Ledger',
    ]);
  });
  it('keeps the news outlets among the names one reading of the prose gave, in its order', () => {
    const asked: Array<[number, number]> = [];
    const names = (post: number, before: number) => {
      asked.push([post, before]);
      return ['Portland Mercury', 'Courier Lane Bakery', 'Harbour Valley Courier', 'Mercury Lane'];
    };
    const outlets = outletsInProse(names);
    expect(outlets(1, 7).map((n) => n.outlet)).toEqual(['Portland Mercury', 'Harbour Valley Courier']);
    expect(outlets(2, 3).map((n) => n.outlet)).toEqual(['Portland Mercury', 'Harbour Valley Courier']);
    expect(asked).toEqual([
      [1, 7],
      [2, 3],
    ]);
  });
  it('reads the capitalised word before a short name as before', () => {
    const banner = [{ outlet: 'Baltimore Banner' }];
    expect(shortFormIn('The Banner adds:', banner)?.outlet).toBe('Baltimore Banner');
    expect(shortFormIn('Inside Higher Ed reports:', [{ outlet: 'Times Higher' }])).toBe(null);
    expect(shortFormIn('And the Higher adds:', [{ outlet: 'Times Higher' }])?.outlet).toBe('Times Higher');
    expect(shortFormIn('McBride Banner adds:', banner)).toBe(null);
    expect(shortFormIn(`${capitals} Banner adds:`, banner)).toBe(null);
    expect(shortFormIn(`${'ab’'.repeat(1000)} Banner adds:`, banner)?.outlet).toBe('Baltimore Banner');
  });
});

describe('the names a claim is scored on (claims/score PROPER)', () => {
  const names = (sentence: string) =>
    scoreSentence(sentence, { attributed: false, reported: true }).reasons.find((r) => r.includes('named'));
  it('reads the same names', () => {
    expect(names('“Hello there,” said Dana Whitlock of the Harbour Mercury on Monday.')).toBe(
      '+0.15 named people, places or organisations: Dana Whitlock, Harbour Mercury, Monday',
    );
    expect(names('The Royal Navy seized two ships in the Gulf of Oman, officials said.')).toBe(
      '+0.15 named people, places or organisations: Royal Navy, Gulf of Oman',
    );
    expect(names('(There were 12 killed.) The Army said.')).toBe(
      '+0.15 named people, places or organisations: Army',
    );
  });
  it('reads a long run of quotation marks as before', () => {
    expect(names(`“${'“'.repeat(3000)}Harbour Mercury reported 40 deaths.`)).toBe(
      '+0.15 named people, places or organisations: Mercury',
    );
  });
});

describe('a letter by the possessive (lead-in LETTER_FROM)', () => {
  const context: LeadInContext = {
    outlets: defaultOutlets,
    publication: 'Carrow Point Rowing Club',
    publicationHost: 'carrowpoint.example',
    earlierOutlets: () => [],
    isSurname: () => false,
  };
  const read = (text: string) => {
    const reading = readLeadIn(text, [], context);
    return reading ? `${reading.kind}:${reading.outlet}` : 'none';
  };
  it('reads the same writers of letters', () => {
    expect(read('It came in a letter from a neighbour:')).toBe('person:null');
    expect(read('The vicar’s letter, in full:')).toBe('document:null');
    expect(read('Her grand-daughter’s letter, in full:')).toBe('person:null');
    expect(read('In the O’Brien’s letter, in full:')).toBe('document:null');
  });
  it('reads a long run of letters before the possessive as before', () => {
    expect(read(`${'a'.repeat(3000)}’s letter, in full:`)).toBe('document:null');
  });
});

describe('a title written as one word ending on a news word (source-words NEWS_COMPOUND)', () => {
  it('reads the same words', () => {
    for (const word of ['Kauppalehti', 'the Aftenposten', 'xyzzeitung', 'Dagbladet', 'ab-Weekblad'])
      expect(NEWS_COMPOUND.test(word)).toBe(true);
    expect(NEWS_COMPOUND.test('Zeitung')).toBe(false);
    expect(NEWS_COMPOUND.test('Dagbladet i dag')).toBe(false);
  });
  it('reads German and Dutch compounds on a messenger, the news or a review', () => {
    for (const word of ['Inselbote', 'Hafennachrichten', 'Inselrundschau', 'Kustkoerier'])
      expect(NEWS_COMPOUND.test(word)).toBe(true);
    expect(NEWS_COMPOUND.test('Bote')).toBe(false);
  });
  it('reads a compound whose first part is two letters', () => {
    for (const word of ['Øyposten', 'Øyavisa']) expect(NEWS_COMPOUND.test(word)).toBe(true);
    expect(NEWS_COMPOUND.test('Øposten')).toBe(false);
  });
  it('reads a long run of letters as before', () => {
    expect(NEWS_COMPOUND.test(`${'a'.repeat(3000)}posten`)).toBe(true);
    expect(NEWS_COMPOUND.test('a'.repeat(3000))).toBe(false);
  });
});

describe('the surnames a passage quotes (continuation NAME_BEFORE_SAID)', () => {
  const surnames = (text: string) => [...quotedSurnames(text)];
  it('reads the same surnames', () => {
    expect(surnames('The Observatory’s Rami Abdulrahman said the strikes went on.')).toEqual(['Abdulrahman']);
    expect(surnames('said Dana Whitlock, and McBride added more.')).toEqual(['McBride', 'Whitlock']);
    expect(surnames('xAbdulrahman Rami said it.')).toEqual(['Rami']);
    expect(surnames('ABC News Correspondent said no.')).toEqual(['Correspondent']);
  });
  it('reads a long run of capitals as before', () => {
    expect(surnames(`${'A'.repeat(3000)} said so.`)).toEqual(['A'.repeat(3000)]);
  });
});

describe('a writer before her paper (lead-in-names PERSON_SHAPE)', () => {
  it('reads the same papers after the same writers', () => {
    expect(unknownOutlet('Dana Whitlock of Gull Point reports:')).toEqual({
      name: 'Gull Point',
      start: 17,
      end: 27,
      tentative: true,
    });
    expect(unknownOutlet('By Dana Whitlock, Gull Point')).toEqual({
      name: 'Gull Point',
      start: 18,
      end: 28,
      tentative: true,
    });
    expect(unknownOutlet('xDana Whitlock of Gull Point reports:')).toEqual({
      name: 'Gull Point',
      start: 18,
      end: 28,
      tentative: true,
    });
    expect(unknownOutlet('McDana Whitlock of Gull Point reports:')).toBe(null);
  });
  it('reads a long run of capitals before the writer’s surname as before', () => {
    expect(unknownOutlet(`${capitals} Whitlock of Gull Point reports:`)).toBe(null);
    expect(unknownOutlet(`By ${capitals} Whitlock, Gull Point`)).toBe(null);
  });
});

describe('the white space between the words of a name in the post’s prose (short-forms LONG_NAME)', () => {
  const named = (prose: string) => {
    const root = parseHtml(`<article><pre>${prose}</pre></article>`).document.querySelector(
      'article',
    ) as Element;
    return outletsInProse(namesInProse(walkArticle(root), new Set()))(0, 99).map((n) => n.outlet);
  };
  it('reads the same names across linking words and runs of spaces', () => {
    expect(named('I read the Bank of  England Gazette and the Ledger  of   Harbour   Times.')).toEqual([
      'Bank of  England Gazette',
    ]);
    expect(named('We saw the Harbour  &  Valley Courier and Lake of Pines Gazette today.')).toEqual([
      'Harbour  &  Valley Courier and Lake of Pines Gazette',
    ]);
    const spaces = ' '.repeat(3000);
    expect(named(`The Harbour${spaces}Times and the Harbour${spaces}of${spaces}x`)).toEqual([
      `Harbour${spaces}Times`,
    ]);
  });
});

describe('the surnames a passage quotes, read back from each verb (continuation quotedSurnames)', () => {
  // The whole-passage reading the function replaces: an expression tried from every capital of the passage.
  const NAME_BEFORE_SAID =
    /((?:\p{Lu}(?<!\p{Lu}[\p{L}’'-]*?\p{Lu})[\p{L}’'-]+\s+){0,3}\p{Lu}(?<!\p{Lu}[\p{L}’'-]*?\p{Lu})[\p{L}’'-]+),?\s+(?:said|says|told|added|stated)\b/gu;
  const whole = (passage: string) => {
    const names = new Set<string>();
    for (const pattern of [NAME_BEFORE_SAID, NAME_AFTER_SAID])
      for (const m of passage.matchAll(pattern)) {
        const surname = m[1]
          .split(/\s+/)
          .at(-1)!
          .replace(/[’']s$/, '');
        if (surname.length > 2 && !NOT_NAMES.has(surname)) names.add(surname);
      }
    return [...names];
  };

  it('reads what the whole-passage expression reads', () => {
    const pieces = [
      'Rami ',
      'Abdulrahman ',
      'said ',
      'told ',
      'the ',
      'McBride, ',
      'O’Neill ',
      'ABC ',
      'x',
      '. ',
      'Said ',
      'stated ',
      'added ',
      `${'Long'.repeat(60)} `,
      'Dana-Lee ',
      '\n',
      'Minister ',
      'officials ',
      ', ',
      '𐐀𐐨 ',
      'xY ',
      'Q ',
      '-',
      'says ',
    ];
    // Marsaglia's xorshift: enough to vary the texts, the same texts on every run.
    let state = 11;
    const next = () => {
      state ^= state << 13;
      state ^= state >>> 17;
      state ^= state << 5;
      return state >>> 0;
    };
    for (let n = 0; n < 1000; n++) {
      let text = '';
      const length = next() % 40;
      for (let i = 0; i < length; i++) text += pieces[next() % pieces.length];
      expect([...quotedSurnames(text)], JSON.stringify(text)).toEqual(whole(text));
    }
  });

  it('reads a long name, and astral letters as letters', () => {
    const text = `Rami ${'Abdulrahman'.repeat(30)} said it. ${'Filler words here. '.repeat(20)}Dana Whitlock said so.`;
    expect([...quotedSurnames(text)]).toEqual(whole(text));
    expect(whole(text)).toEqual(['Abdulrahman'.repeat(30), 'Whitlock']);
    const astral = 'Ana 𐐀𐐨𐐩 said it, and x𐐀bc said more, as did Wa𐐀 said.';
    expect([...quotedSurnames(astral)]).toEqual(whole(astral));
  });
});
