// Expressions over every language's words are built from only the words the tested texts can hold
// (`gatedPattern`, utils/analysis/lead-in-words.ts): a page in one script compiles none of the other scripts'
// words, and every text gets the answer the expression over all the words gives.
import { describe, expect, it, vi } from 'vitest';
import { accordingTo, toldBefore } from '../../utils/analysis/data/lead-in-words.json';
import ownVoice from '../../utils/analysis/data/own-voice.json';
import { TOLD_OTHER_SPLIT } from '../../utils/analysis/lead-in';
import { TOLD_BEFORE_SLOTS, toldBeforeOther } from '../../utils/analysis/lead-in-names';
import {
  alternation,
  type CaselessSplit,
  foldAscii,
  gatedPattern,
  gatedPatterns,
  type SlotWords,
} from '../../utils/analysis/lead-in-words';
import {
  boundedWordsSource,
  boundedWordsSplit,
  OTHER_DOCUMENT_NAMES,
  OTHER_SELF_REFERENCE,
  OTHER_SOMEONES_WORDS,
} from '../../utils/analysis/own-voice';
import {
  NAMED_BEFORE_QUOTE_OTHER_SLOTS,
  NAMED_BEFORE_QUOTE_OTHER_SPLIT,
  namedBeforeQuoteOtherSource,
} from '../../utils/analysis/passages';
import {
  AFTER_NAME_SLOTS,
  LEAD_AFTER,
  LEAD_AFTER_SPLIT,
  LEAD_BEFORE,
  LEAD_BEFORE_SLOTS,
  LEAD_BEFORE_SPLIT,
  leadAfterSource,
  leadBeforeSource,
} from '../../utils/analysis/source-words';

/** A made-up slot: words of plain Latin letters, with a diacritic, in Cyrillic and in Georgian. */
const SLOT: SlotWords = { aa: ['told to'], bb: ['podľa'], cc: ['по данным'], dd: ['ცნობით'] };

function spiedPattern() {
  const sources: string[] = [];
  const pattern = gatedPattern([SLOT], (words) => {
    const re = new RegExp(`(?<![\\p{L}])${alternation(words(SLOT), { right: true })}\\s*$`, 'iu');
    sources.push(re.source);
    return re;
  });
  return { pattern, sources };
}

describe('gatedPattern', () => {
  it('makes own-voice.ts’s expressions at their first test, after the lead-in ones the host warms first', () => {
    const made = gatedPatterns().length;
    expect(made).toBeGreaterThanOrEqual(4);
    expect(gatedPatterns()).toContain(LEAD_BEFORE);
    expect(OTHER_SELF_REFERENCE.test('Wie ich schrieb, ')).toBe(true);
    expect(gatedPatterns()).toHaveLength(made + 1);
    expect(OTHER_SELF_REFERENCE.test('Comme nous le disions ')).toBe(true);
    expect(gatedPatterns()).toHaveLength(made + 1);
  });

  it('builds nothing until first asked', () => {
    const build = vi.fn(() => /x/u);
    gatedPattern([SLOT], build);
    expect(build).not.toHaveBeenCalled();
  });

  it('on a page in plain Latin letters builds only the words of plain Latin letters', () => {
    const { pattern, sources } = spiedPattern();
    expect(pattern.test('The minister told to ')).toBe(true);
    expect(pattern.test('The minister said, as reported in ')).toBe(false);
    expect(sources).toHaveLength(1);
    expect(sources[0]).toContain('told');
    expect(sources[0]).not.toContain('podľa');
    expect(sources[0]).not.toContain('данным');
    expect(sources[0]).not.toContain('ცნობით');
  });

  it('finds a language’s words on a page in its script, and builds the others’ only when a text can hold them', () => {
    const { pattern, sources } = spiedPattern();
    expect(pattern.test('Как сообщают, по данным ')).toBe(true);
    expect(sources[0]).toContain('данным');
    expect(sources[0]).not.toContain('told');
    expect(sources[0]).not.toContain('ცნობით');
    // A later text in another script adds its words; the earlier ones still match.
    expect(pattern.test('Podľa ')).toBe(true);
    expect(pattern.test('BBC-ის ცნობით ')).toBe(true);
    expect(pattern.test('Как сообщают, по данным ')).toBe(true);
    expect(pattern.test('told to ')).toBe(true);
    expect(sources.at(-1)).toContain('ცნობით');
    // A text whose gates were all seen before builds nothing more.
    const built = sources.length;
    expect(pattern.test('Eine andere Zeile')).toBe(false);
    expect(sources).toHaveLength(built);
  });

  it('matches a gate character in either case, as the expression does', () => {
    const { pattern } = spiedPattern();
    expect(pattern.test('PODĽA ')).toBe(true);
    expect(pattern.test('ПО ДАННЫМ ')).toBe(true);
  });

  it('refuses a slot it was not given, and an expression without the u flag or with g', () => {
    expect(() =>
      gatedPattern([SLOT], (words) => new RegExp(alternation(words(toldBefore)), 'iu')).test('x'),
    ).toThrow(/not declared/);
    expect(() =>
      gatedPattern([SLOT], (words) => new RegExp(alternation(words(SLOT)), 'i')).test('x'),
    ).toThrow(/u flag/);
    expect(() =>
      gatedPattern([SLOT], (words) => new RegExp(alternation(words(SLOT)), 'gu')).test('x'),
    ).toThrow(/u flag/);
  });
});

/** Texts around every word of the slots: each word after and before Latin and Cyrillic words, at a word's edge
 * and inside a word, in capitals and capitalised. `alone` marks one text per language, its first word's (built
 * for alone below: a build per text costs milliseconds). */
function textsAround(
  slots: readonly SlotWords[],
  lead: 'before' | 'after' | 'name',
): { text: string; alone: boolean }[] {
  const texts = [
    '',
    'As the paper explained to the ',
    ' on Tuesday, the minister said that the plan would be ready by',
    'Here’s more from ',
    ' reports, with the latest:',
  ].map((text) => ({ text, alone: true }));
  const languages = new Set<string>();
  for (const slot of slots)
    for (const [language, words] of Object.entries(slot))
      words.forEach((word, index) => {
        const first = index === 0 && !languages.has(language);
        if (first) languages.add(language);
        const variants = [word, word.toUpperCase(), `${word[0].toUpperCase()}${word.slice(1)}`];
        for (const w of variants) {
          const around =
            lead === 'before'
              ? [`Yesterday ${w} `, `${w} `, `Вчера ${w} «`, `x${w} `, `${w} the `]
              : lead === 'name'
                ? [
                    `Yesterday, ${w} Reuters, `,
                    `${w} 2024 `,
                    `(${w} ТАСС `,
                    `x${w} Reuters `,
                    `${w} the paper. `,
                  ]
                : [` ${w}, `, `-ის ${w}`, `'a ${w} that`, ` ${w}x`, ` said ${w}`];
          around.forEach((text, at) => {
            texts.push({ text, alone: first && w === word && at === 0 });
          });
        }
      });
  return texts;
}

describe('the lead-in expressions built from the words a text can hold', () => {
  const cases: Array<{
    name: string;
    source: (words?: (slot: SlotWords) => SlotWords) => string;
    slots: readonly SlotWords[];
    shared: { test(text: string): boolean };
    lead: 'before' | 'after' | 'name';
  }> = [
    {
      name: 'LEAD_BEFORE',
      source: leadBeforeSource,
      slots: LEAD_BEFORE_SLOTS,
      shared: LEAD_BEFORE,
      lead: 'before',
    },
    {
      name: 'LEAD_AFTER',
      source: leadAfterSource,
      slots: AFTER_NAME_SLOTS,
      shared: LEAD_AFTER,
      lead: 'after',
    },
    {
      name: 'TOLD_OTHER (lead-in.ts)',
      source: (words) => `(?<![\\p{L}])(?:${toldBeforeOther(words)})\\s*[«„]?$`,
      slots: TOLD_BEFORE_SLOTS,
      shared: gatedPattern(
        TOLD_BEFORE_SLOTS,
        (words) => new RegExp(`(?<![\\p{L}])(?:${toldBeforeOther(words)})\\s*[«„]?$`, 'iu'),
      ),
      lead: 'before',
    },
    {
      name: 'NAMED_BEFORE_QUOTE_OTHER (passages.ts)',
      source: namedBeforeQuoteOtherSource,
      slots: NAMED_BEFORE_QUOTE_OTHER_SLOTS,
      shared: gatedPattern(
        NAMED_BEFORE_QUOTE_OTHER_SLOTS,
        (words) => new RegExp(namedBeforeQuoteOtherSource(words), 'iu'),
      ),
      lead: 'name',
    },
    ...(
      [
        ['OTHER_DOCUMENT_NAMES', ownVoice.documentWords, OTHER_DOCUMENT_NAMES],
        ['OTHER_SOMEONES_WORDS', ownVoice.someonesWords, OTHER_SOMEONES_WORDS],
        ['OTHER_SELF_REFERENCE', ownVoice.selfReference, OTHER_SELF_REFERENCE],
      ] as const
    ).map(([name, slot, shared]) => ({
      name: `${name} (own-voice.ts)`,
      source: (words?: (slot: SlotWords) => SlotWords) => boundedWordsSource(slot, words),
      slots: [slot],
      shared,
      lead: 'before' as const,
    })),
  ];

  for (const { name, source, slots, shared, lead } of cases)
    it(`${name} answers every text as the expression over all the words does`, () => {
      const full = new RegExp(source(), 'iu');
      const texts = textsAround(slots, lead);
      expect(texts.length).toBeGreaterThan(500);
      let matched = 0;
      for (const { text, alone } of texts) {
        const expected = full.test(text);
        if (expected) matched++;
        // One pattern for all the texts, as the analyser keeps it, growing as the texts' scripts come; and one
        // built for this text alone, from its own words only.
        expect(shared.test(text), text).toBe(expected);
        if (alone)
          expect(gatedPattern(slots, (words) => new RegExp(source(words), 'iu')).test(text), text).toBe(
            expected,
          );
      }
      // Many texts hold a word that matches (a fifth at least): the comparison is not of misses only.
      expect(matched).toBeGreaterThan(texts.length / 5);
      // Thousands of texts, and an expression built for each language: slow on a loaded machine.
    }, 120_000);
});

describe('foldAscii', () => {
  it('writes what an ASCII letter matches with the i and u flags as that letter, and nothing else', () => {
    expect(foldAscii('Reuters, Kyiv: \u017Fays \u212Aorea’s É İ ı Σ')).toBe(
      'reuters, kyiv: says korea’s É İ ı Σ',
    );
    const text = 'AP via the BBC';
    expect(foldAscii(text).length).toBe(text.length);
  });
});

describe('the lead-in expressions as two while a page’s words are of ASCII letters', () => {
  const cases: Array<{
    name: string;
    source: (words?: (slot: SlotWords) => SlotWords) => string;
    slots: readonly SlotWords[];
    split: CaselessSplit;
    lead: 'before' | 'after' | 'name';
    /** Texts beyond ASCII letters, tested too. */
    more?: string[];
  }> = [
    {
      name: 'LEAD_BEFORE',
      source: leadBeforeSource,
      slots: LEAD_BEFORE_SLOTS,
      split: LEAD_BEFORE_SPLIT,
      lead: 'before',
    },
    {
      name: 'LEAD_AFTER',
      source: leadAfterSource,
      slots: AFTER_NAME_SLOTS,
      split: LEAD_AFTER_SPLIT,
      lead: 'after',
    },
    {
      name: 'TOLD_OTHER (lead-in.ts)',
      source: (words) => `(?<![\\p{L}])(?:${toldBeforeOther(words)})\\s*[«„]?$`,
      slots: TOLD_BEFORE_SLOTS,
      split: TOLD_OTHER_SPLIT,
      lead: 'before',
    },
    {
      name: 'NAMED_BEFORE_QUOTE_OTHER (passages.ts)',
      source: namedBeforeQuoteOtherSource,
      slots: NAMED_BEFORE_QUOTE_OTHER_SLOTS,
      split: NAMED_BEFORE_QUOTE_OTHER_SPLIT,
      lead: 'name',
      // The name's first character in lower case, in a case of its own (ǅ), one the flag matches only through its
      // capital (ß, by ẞ), one it does not match (ĸ, ı, ŉ: no capital folds to them), a mark that folds to a
      // letter (U+0345), a digit of another script, a parenthesis, a stop.
      more: Object.values(accordingTo)
        .flat()
        .filter((word) => /^[ -~]+$/.test(word))
        .flatMap((word) =>
          ['reuters', 'ǅ', 'ßz', 'ĸ', 'ı', 'ŉ', '\u0345', '٣', '(AP)', '.AP', 'ᾈ'].map(
            (name) => ` ${word} ${name}, `,
          ),
        ),
    },
  ];

  for (const [name, slot] of [
    ['OTHER_DOCUMENT_NAMES', ownVoice.documentWords],
    ['OTHER_SOMEONES_WORDS', ownVoice.someonesWords],
    ['OTHER_SELF_REFERENCE', ownVoice.selfReference],
  ] as const)
    cases.push({
      name: `${name} (own-voice.ts)`,
      source: (words) => boundedWordsSource(slot, words),
      slots: [slot],
      split: boundedWordsSplit(slot),
      lead: 'before',
    });

  for (const { name, source, slots, split, lead, more = [] } of cases)
    it(`${name} answers every text of ASCII letters as the expression over all the words does`, () => {
      const full = new RegExp(source(), 'iu');
      let halves = 0;
      let wholes = 0;
      const pattern = gatedPattern(
        slots,
        (words) => {
          wholes++;
          return new RegExp(source(words), 'iu');
        },
        {
          fixed: split.fixed,
          caseless: (words) => {
            halves++;
            return split.caseless(words);
          },
          confirmed: split.confirmed,
        },
      );
      // The texts around the words of ASCII letters, also with the letters that match s and k with the i flag
      // only (the long s, the Kelvin sign), and after a mark that folds to a letter (U+0345).
      const texts = textsAround(slots, lead)
        .map(({ text }) => text)
        .filter((text) => /^[ -~’ʼ‘]*$/.test(text))
        .flatMap((text) => [text, text.replace(/s/g, 'ſ').replace(/K/g, '\u212A'), `\u0345${text}`])
        .concat(more);
      expect(texts.length).toBeGreaterThan(1000);
      // Beside the pattern for all the texts (which, past its first sets of held words, builds its caseless half
      // over all the words), one made anew every eight texts and asked every third: its caseless halves are built
      // by the words each text holds.
      const fresh = () => gatedPattern(slots, (words) => new RegExp(source(words), 'iu'), split);
      let few = fresh();
      let matched = 0;
      texts.forEach((text, i) => {
        const expected = full.test(text);
        if (expected) matched++;
        expect(pattern.test(text), text).toBe(expected);
        if (i % 3 !== 0) return;
        if (i % 24 === 0) few = fresh();
        expect(few.test(text), text).toBe(expected);
      });
      expect(matched).toBeGreaterThan(texts.length / 10);
      // Every answer came from the two halves: no text took in words beyond the first block's.
      expect(halves).toBeGreaterThan(0);
      // The whole expression only to confirm the caseless half's yes (or for the texts beyond ASCII letters).
      if (split.confirmed) expect(wholes).toBeGreaterThan(0);
      else expect(wholes).toBe(0);
    }, 120_000);

  it('builds the caseless half from the words whose longest run a text holds, once for each set of them', () => {
    const sources: string[] = [];
    const pattern = gatedPattern(LEAD_BEFORE_SLOTS, (words) => new RegExp(leadBeforeSource(words), 'iu'), {
      ...LEAD_BEFORE_SPLIT,
      caseless: (words) => {
        const re = LEAD_BEFORE_SPLIT.caseless(words);
        sources.push(re.source);
        return re;
      },
    });
    const data = Object.values(accordingTo).flat();
    expect(data).toContain('pasak');
    expect(pattern.test('PASAK ')).toBe(true);
    expect(sources).toHaveLength(1);
    expect(sources[0]).toContain('pasak');
    // Not a word the text cannot hold, however long the data's list.
    expect(sources[0].length).toBeLessThan(new RegExp(leadBeforeSource(), 'iu').source.length / 10);
    expect(pattern.test('  Pasak ')).toBe(true);
    expect(sources).toHaveLength(1);
    expect(pattern.test('The minister, at a press conference ')).toBe(false);
    expect(sources).toHaveLength(2);
    expect(sources[1]).not.toContain('pasak');
    // Past sixteen sets, one expression over all the words, built once.
    const others = Object.values(accordingTo)
      .flat()
      .filter((word) => /^[a-z]{5,}$/.test(word))
      .slice(0, 20);
    expect(others).toHaveLength(20);
    for (const word of others) expect(pattern.test(`${word} mm.`)).toBe(false);
    expect(sources).toHaveLength(17);
    expect(sources[16].length).toBeGreaterThan(new RegExp(leadBeforeSource(), 'iu').source.length / 2);
    expect(pattern.test('Yesterday, PASAK ')).toBe(true);
    expect(pattern.test('The minister, at a press conference ')).toBe(false);
    expect(sources).toHaveLength(17);
  });

  it('confirms the caseless half’s yes where the i flag decides', () => {
    const word = Object.values(accordingTo)
      .flat()
      .find((w) => /^[a-z]+$/.test(w))!;
    let wholes = 0;
    const pattern = gatedPattern(
      NAMED_BEFORE_QUOTE_OTHER_SLOTS,
      (words) => {
        wholes++;
        return new RegExp(namedBeforeQuoteOtherSource(words), 'iu');
      },
      NAMED_BEFORE_QUOTE_OTHER_SPLIT,
    );
    expect(pattern.test(`The minister spoke ${word} the press. `)).toBe(false);
    expect(wholes).toBe(0);
    // The caseless half says yes to both; the whole expression, with the i flag, to the lower-case letter only.
    expect(pattern.test(`Yesterday ${word} reuters, `)).toBe(true);
    expect(pattern.test(`Yesterday ${word} ĸ, `)).toBe(false);
    expect(wholes).toBe(1);
  });
});
