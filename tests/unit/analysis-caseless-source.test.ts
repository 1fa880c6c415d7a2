// An expression read with the i flag written for one read without it over the text as `foldAscii` writes it
// (`caselessSource`, utils/analysis/lead-in-words.ts), as `LEAD_AFTER`'s fixed words of ASCII letters are read
// (utils/analysis/source-words.ts): both must match the same texts.
import { describe, expect, it } from 'vitest';
import { but, butWithin } from '../../utils/analysis/data/own-voice.json';
import { CONTRAST_SOURCE, contrast } from '../../utils/analysis/lead-in';
import { caselessSource, foldAscii } from '../../utils/analysis/lead-in-words';
import { LEAD_AFTER_LIST, leadAfterWordsSource } from '../../utils/analysis/source-words';

/** Every code point but the surrogates, as a string. */
function* everyCharacter(): Generator<string> {
  for (let cp = 0; cp <= 0x10ffff; cp++) if (cp < 0xd800 || cp > 0xdfff) yield String.fromCodePoint(cp);
}

describe('caselessSource', () => {
  it('writes ASCII letters in lower case, a letter beyond ASCII in both its cases, and keeps the escapes', () => {
    expect(caselessSource(String.raw`^(?:Reports?|g[öx]re|göre|ı)\s+\w(?![\p{L}\p{N}_])`)).toBe(
      String.raw`^(?:reports?|g[öÖx]re|g[öÖ]re|ı)\s+\w(?![\p{L}\p{N}_])`,
    );
    expect(caselessSource(String.raw`[\p{L}\u200c’'-]+\u200D`)).toBe(String.raw`[\p{L}\u200c’'-]+\u200D`);
  });

  it('matches a letter where the i flag does, over every character', () => {
    for (const letter of ['ç', 'ğ', 'ı', 'ö', 'ş', 'ü', 'Ç', 'Ö', 'é', 'ł', 'ж', 'Ж', 'A', 'k', 's']) {
      const flagged = new RegExp(`^${letter}$`, 'iu');
      const caseless = new RegExp(`^${caselessSource(letter)}$`, 'u');
      const classed = new RegExp(`^${caselessSource(`[${letter}]`)}$`, 'u');
      for (const c of everyCharacter()) {
        const expected = flagged.test(c);
        if (caseless.test(foldAscii(c)) !== expected || classed.test(foldAscii(c)) !== expected)
          expect.fail(`${letter} against U+${c.codePointAt(0)!.toString(16)}`);
      }
    }
  });

  it('refuses what it cannot write without the flag', () => {
    for (const source of [
      String.raw`\p{Lu}`,
      String.raw`(a)\1`,
      String.raw`\u00e7`,
      '(?<name>a)',
      '[à-ÿ]',
      '[A-z]',
      'ß',
      'σ',
      'ſ',
      'ǅ',
      '𐐨',
    ])
      expect(() => caselessSource(source), source).toThrow(/caselessSource/);
  });
});

describe('LEAD_AFTER’s fixed words of ASCII letters without the i flag', () => {
  it('match every text where the expression read with the flag does', () => {
    const ascii = LEAD_AFTER_LIST.filter(
      (word) => ![...word].some((c) => c > '\u007f' && c.toLowerCase() !== c.toUpperCase()),
    );
    expect(ascii.length).toBeGreaterThan(50);
    const flagged = new RegExp(leadAfterWordsSource(ascii), 'iu');
    const caseless = new RegExp(caselessSource(leadAfterWordsSource(ascii)), 'u');
    const plain = ascii.filter((word) => /^[\p{L} ]+$/u.test(word));
    const written = [
      'has the details',
      'got some of the latest numbers',
      'had all the story',
      'gets an explainer',
      'with the',
      'caught up with',
      'caught a few of',
      'talked to',
      'spoke with',
      'sums it up',
      'laid this all out',
      'walked us through',
      'picks that up',
      'were first',
      'covered it',
      'ran the',
      'got this first',
      'a parlé avec',
      's’est entretenu avec',
      "s'est entretenu avec",
      'puts it',
      'breaks down',
      'write-up',
      'reports',
    ];
    const openings = [
      '',
      '’s ',
      "'s ",
      "'dan ",
      '’DAN ',
      "'ları ",
      ':n ',
      ' has ',
      ' on Tuesday ',
      ' late Friday ',
      '-Bericht ',
      ', ',
      ' ',
      '  ALSO ',
    ];
    const ends = ['', ' that', ':', 'x', 'ed', ' X', '_', '1', 'é', ' göre', ' haberinde'];
    let matched = 0;
    let texts = 0;
    for (const word of [...plain, ...written])
      for (const opening of openings)
        for (const end of ends) {
          const base = `${opening}${word}${end}`;
          for (const text of [
            base,
            base.toUpperCase(),
            base.replace(/s/g, 'ſ').replace(/k/g, '\u212A'),
            `x${base}`,
          ]) {
            texts++;
            const expected = flagged.test(text);
            if (expected) matched++;
            if (caseless.test(foldAscii(text)) !== expected) expect.fail(text);
          }
        }
    // The Turkish case ending before its words: "'nın haberinde", "'NIN haberinde", "'ın haberine".
    for (const text of [
      '’nın haberinde',
      "'NIN haberinde",
      "'ın haberinde",
      "'dan haberinde",
      "'çöğşü haberinde",
      "'ÇÖĞŞÜ haberinde",
      "'İN haberinde",
      "'in göre haberinde",
    ]) {
      texts++;
      expect(caseless.test(foldAscii(text)), text).toBe(flagged.test(text));
    }
    expect(texts).toBeGreaterThan(10_000);
    expect(matched).toBeGreaterThan(texts / 10);
  }, 120_000);
});

describe('the turns of a lead-in (`contrast`, lead-in.ts) without the i flag', () => {
  it('match where the expression read with the flag does, with the same lengths', () => {
    const flagged = new RegExp(CONTRAST_SOURCE, 'giu');
    const turns = [
      ...new Set([
        ...Object.values(but).flat(),
        ...Object.values(butWithin).flat(),
        'but',
        'yet',
        'aber',
        'mais',
        'pero',
      ]),
    ];
    expect(turns.length).toBeGreaterThan(40);
    const texts: string[] = [];
    for (const turn of turns)
      for (const w of [turn, turn.toUpperCase(), `${turn[0].toUpperCase()}${turn.slice(1)}`])
        texts.push(
          `Reuters had it, ${w} the Guardian has more:`,
          `The Times ran it. ${w}, here is the letter:`,
          `Die Zeitung berichtete, am besten hat es ${w} unser Mitglied beschrieben:`,
          `Ha scritto; ${w}\u200c ${w} allora:`,
          `x${w} y, ${w}z; the end`,
        );
    texts.push(
      'It ran but here’s the email:',
      'It ran BUT THIS is it:',
      'It ran but hereafter',
      'Noted; then',
    );
    const all = texts.flatMap((text) => [text, text.replace(/s/g, 'ſ').replace(/K/g, '\u212A')]);
    let turned = 0;
    for (const text of all) {
      const expected = [...text.matchAll(flagged)].map((m) => [m.index, m[0].length]);
      if (expected.length > 0) turned++;
      expect(
        [...foldAscii(text).matchAll(contrast())].map((m) => [m.index, m[0].length]),
        text,
      ).toEqual(expected);
    }
    expect(turned).toBeGreaterThan(all.length / 2);
  });
});

describe('foldAscii', () => {
  // What it writes, character by character: the ASCII capitals, the long s and the Kelvin sign folded.
  const byCharacter = (text: string) =>
    [...text]
      .map((c) => (c === '\u017F' ? 's' : c === '\u212A' ? 'k' : /^[A-Z]$/.test(c) ? c.toLowerCase() : c))
      .join('');

  it('folds only what an ASCII letter matches, whatever else the text holds', () => {
    for (const text of [
      'Here’s Reuters with the latest:',
      'REUTERS',
      'Él dijo: «Según El País»',
      'İstanbul’da HABERTÜRK',
      'Maſs \u212Aelvin',
      'Ωmega ΣΑΣ and Ärger',
      'plain lower case',
      '',
    ])
      expect(foldAscii(text), text).toBe(byCharacter(text));
  });

  it('folds every character as the character alone folds', () => {
    for (const c of everyCharacter()) {
      const text = `A${c}b`;
      if (foldAscii(text) !== byCharacter(text)) expect.fail(`U+${c.codePointAt(0)!.toString(16)}`);
    }
  });
});
