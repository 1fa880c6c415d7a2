// Expressions over the languages' words are built on first use, not when their module loads: the content
// script's pre-check imports them on every page, and most pages never ask.
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  lazyPattern,
  madeOnFirstUse,
  unicodeExpression,
  unicodePattern,
} from '../../utils/analysis/lead-in-words';

/** A fresh module graph whose lead-in-words.ts counts the calls of `alternation` (each builds a word list's
 * alternation), calling the real one. */
function spyOnAlternation() {
  vi.resetModules();
  const alternation = vi.fn();
  vi.doMock('../../utils/analysis/lead-in-words', async (importOriginal) => {
    const original = await importOriginal<typeof import('../../utils/analysis/lead-in-words')>();
    alternation.mockImplementation(original.alternation);
    return { ...original, alternation };
  });
  return alternation;
}

describe('lazyPattern', () => {
  it('builds its expression on the first test only, then answers as the expression does', () => {
    const build = vi.fn(() => /reported:\s*$/i);
    const pattern = lazyPattern(build);
    expect(build).not.toHaveBeenCalled();
    expect(pattern.test('Reuters reported: ')).toBe(true);
    expect(pattern.test('Reuters reported the rest.')).toBe(false);
    expect(pattern.test('BBC REPORTED:')).toBe(true);
    expect(build).toHaveBeenCalledTimes(1);
  });
});

describe('unicodePattern', () => {
  it('makes its expression from the source on the first test, with the flags given', () => {
    // A source that is no expression throws only when it is made: not before the first test.
    const broken = unicodePattern(String.raw`\p{NoSuchProperty}`);
    expect(() => broken.test('a')).toThrow(SyntaxError);
    const capital = unicodePattern(String.raw`^\p{Lu}`);
    expect(capital.test('Émile')).toBe(true);
    expect(capital.test('émile')).toBe(false);
    const said = unicodePattern(String.raw`(?<!\p{L})said:\s*$`, 'iu');
    expect(said.test('Ólafur SAID: ')).toBe(true);
    expect(said.test('Ólafur unsaid:')).toBe(false);
  });
});

describe('unicodeExpression', () => {
  it('makes one expression on the first ask, shared by every caller', () => {
    const broken = unicodeExpression(String.raw`\p{NoSuchProperty}`);
    expect(() => broken()).toThrow(SyntaxError);
    const words = unicodeExpression(String.raw`\p{L}{2,}`, 'gu');
    expect(words()).toBe(words());
    expect(words().flags).toBe('gu');
    // `match` with the g flag starts from 0 each time: the shared expression answers the same twice.
    expect('Łódź, 3 grudnia: żaden'.match(words())).toEqual(['Łódź', 'grudnia', 'żaden']);
    expect('Łódź, 3 grudnia: żaden'.match(words())).toEqual(['Łódź', 'grudnia', 'żaden']);
  });
});

describe('the content script’s modules', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
    vi.resetModules();
  });

  // Making an expression over Unicode's properties costs a tenth of a millisecond or more; the content script loads
  // these modules on every page, most of which never ask.
  it('make no expression over Unicode’s properties as they load, only when one is first used', async () => {
    vi.resetModules();
    const made: string[] = [];
    vi.stubGlobal(
      'RegExp',
      new Proxy(RegExp, {
        construct(target, args: [string | RegExp, string?]) {
          made.push(String(args[0] instanceof RegExp ? args[0].source : args[0]));
          return Reflect.construct(target, args) as RegExp;
        },
      }),
    );
    await import('../../utils/highlight/precheck');
    const { SPEECH_DASH } = await import('../../utils/analysis/set-apart');
    expect(made.filter((source) => source.includes('\\p{'))).toEqual([]);
    expect(SPEECH_DASH.test('– Vi har inte råd')).toBe(true);
    expect(made.filter((source) => source.includes('\\p{'))).toHaveLength(1);
  });
});

describe('madeOnFirstUse', () => {
  it('makes its value on the first ask only, then gives the same value', () => {
    const make = vi.fn(() => [/Reuters/u]);
    const list = madeOnFirstUse(make);
    expect(make).not.toHaveBeenCalled();
    const first = list();
    expect(list()).toBe(first);
    expect(make).toHaveBeenCalledTimes(1);
  });

  it('keeps a value that is undefined without making it again', () => {
    const make = vi.fn(() => undefined);
    const value = madeOnFirstUse(make);
    value();
    value();
    expect(make).toHaveBeenCalledTimes(1);
  });
});

describe('the lists of unknown-name expressions of utils/analysis/lead-in-names.ts', () => {
  afterEach(() => {
    vi.doUnmock('../../utils/analysis/lead-in-words');
    vi.resetModules();
  });

  it('are not built when the module loads, and are built once when first used', async () => {
    vi.resetModules();
    const made = vi.fn();
    vi.doMock('../../utils/analysis/lead-in-words', async (importOriginal) => {
      const original = await importOriginal<typeof import('../../utils/analysis/lead-in-words')>();
      return {
        ...original,
        madeOnFirstUse: <T>(make: () => T) =>
          original.madeOnFirstUse(() => {
            made();
            return make();
          }),
      };
    });
    const { bareAttribution, unknownOutlet } = await import('../../utils/analysis/lead-in-names');
    expect(made).not.toHaveBeenCalled();
    // "Podľa denníka Pravda" names a newsroom by the word for the paper (OTHER_LANGUAGE_PATTERNS).
    expect(unknownOutlet('Podľa denníka Pravda, vláda schválila návrh')?.name).toBe('Pravda');
    // Two lists (UNKNOWN_PATTERNS, OTHER_LANGUAGE_PATTERNS), the two word alternations only the second reads, and
    // the pieces of the data's words it reads (the words for the paper and the expression that sets them aside,
    // "according to", the reporting verbs before a name and after it, the news words in lower case, the verbs of
    // a newsroom interviewing someone), and the "X's <writer>" reading an unknown name's byline asks
    // (POSSESSED_WRITER and its job words, WRITER_JOBS).
    expect(made).toHaveBeenCalledTimes(14);
    bareAttribution('From the Dunmore Herald:', () => false);
    bareAttribution('From the Dunmore Herald:', () => false);
    // BARE_LEAD_INS and the name they read.
    expect(made).toHaveBeenCalledTimes(16);
  });
});

describe('the hand-over expressions of utils/analysis/set-apart.ts', () => {
  afterEach(() => {
    vi.doUnmock('../../utils/analysis/lead-in-words');
    vi.resetModules();
  });

  it('are not built when the module loads, and are built once when first used', async () => {
    const alternation = spyOnAlternation();
    const { BREAKS_OFF, INTRODUCES } = await import('../../utils/analysis/set-apart');
    expect(alternation).not.toHaveBeenCalled();
    // "что" and "kwamba" are Russian's and Swahili's "that", in data/lead-in-words.json only.
    expect(INTRODUCES.test('Как пишет «Коммерсантъ», что')).toBe(true);
    expect(INTRODUCES.test('Как пишет «Коммерсантъ»')).toBe(false);
    expect(BREAKS_OFF.test('Gazeti la Mwananchi limeripoti kwamba')).toBe(true);
    expect(alternation).toHaveBeenCalledTimes(2);
  });
});

describe('the pieces of utils/analysis/lead-in-names.ts built from the data’s words', () => {
  afterEach(() => {
    vi.doUnmock('../../utils/analysis/lead-in-words');
    vi.resetModules();
  });

  // The analyser's host evaluates the module before its first page can be answered; most pages read none of them.
  it('are not built when the module loads, only when an expression reading them is first used', async () => {
    const alternation = spyOnAlternation();
    const { accordingTo, interviewed, mediaNouns, newsWords, reportsAfter, reportsBefore } = await import(
      '../../utils/analysis/data/lead-in-words.json'
    );
    const read = [accordingTo, interviewed, mediaNouns, newsWords, reportsAfter, reportsBefore];
    const { HANDING_OVER_WORD } = await import('../../utils/analysis/lead-in-names');
    const built = () => alternation.mock.calls.map(([slot]) => slot).filter((slot) => read.includes(slot));
    expect(built()).toEqual([]);
    // "Podľa" is Slovak's "according to", and "Kako piše" Croatian's "as … writes", in data/lead-in-words.json only.
    expect(HANDING_OVER_WORD.test('Podľa')).toBe(true);
    expect(HANDING_OVER_WORD.test('Kako piše')).toBe(true);
    expect(HANDING_OVER_WORD.test('Harbour')).toBe(false);
    expect(built()).toEqual([accordingTo, reportsBefore]);
  });
});

describe('the self hand-overs with words before the verb (utils/analysis/own-voice.ts)', () => {
  it('build their expression only for a text that holds one of their openings', async () => {
    vi.resetModules();
    const sources: string[] = [];
    vi.doMock('../../utils/analysis/lead-in-words', async (importOriginal) => {
      const original = await importOriginal<typeof import('../../utils/analysis/lead-in-words')>();
      return {
        ...original,
        madeOnFirstUse: <T>(make: () => T) =>
          original.madeOnFirstUse(() => {
            const made = make();
            if (made instanceof RegExp) sources.push(made.source);
            return made;
          }),
      };
    });
    const { OTHER_SELF_REFERENCE } = await import('../../utils/analysis/own-voice');
    // The expression with the gap between opening and verb is the one that reads Unicode letters.
    const around = () => sources.filter((s) => s.includes('\\p{L}\\p{M}\\p{N}')).length;
    expect(OTHER_SELF_REFERENCE.test('Reuters reported on Tuesday that the council voted:')).toBe(false);
    expect(around()).toBe(0);
    expect(OTHER_SELF_REFERENCE.test('Wie ich im Frühjahr schrieb:')).toBe(true);
    expect(around()).toBe(1);
  });
});
