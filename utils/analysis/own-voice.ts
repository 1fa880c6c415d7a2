// Words by which a page speaks in someone's own voice, in the languages of data/own-voice.json (English is in
// source-words.ts): a speaker's words of themselves, a lead-in's turn to someone's words, a writer pointing
// back at their own. First-person words are read in the page's own language only: "ma" is French "my" and
// Italian "but", "ons" Afrikaans "we"; the other slots, longer words, are read in every language, as the
// lead-in words are.

import ownVoice from './data/own-voice.json';
import {
  alternation,
  type CaselessSplit,
  caselessAlternation,
  gatedPattern,
  type LazyPattern,
  madeOnFirstUse,
  type SlotWords,
} from './lead-in-words';

/** The page's language: the primary subtag of `<html lang>` ("cy" for "cy-GB"), lower case, or null. */
export function pageLanguage(doc: Document): string | null {
  const lang = doc.documentElement?.getAttribute('lang') ?? '';
  const primary = /^\s*([a-z]{2,3})(?:[-_]|\s*$)/i.exec(lang);
  return primary ? primary[1].toLowerCase() : null;
}

const {
  but,
  butWithin,
  documentWords,
  englishLookalikes,
  firstPerson,
  fromComments,
  greetings,
  saidLead,
  secondPerson,
  selfReference,
  selfReferenceAround,
  someonesWords,
} = ownVoice;

/** A slot read in one language only, as an expression bounded by letters of any script, built once. */
function perLanguage(slot: SlotWords): (language: string | null) => RegExp | null {
  const cache = new Map<string, RegExp | null>();
  return (language) => {
    if (!language) return null;
    let found = cache.get(language);
    if (found === undefined) {
      const words = slot[language];
      found = words
        ? new RegExp(alternation({ [language]: words }, { left: true, right: true }), 'iu')
        : null;
      cache.set(language, found);
    }
    return found;
  };
}

/** The words a speaker uses of themselves in a language other than English, bounded by letters of any
 * script; null for a language the data lacks. */
export const firstPersonOf: (language: string | null) => RegExp | null = perLanguage(firstPerson);

/** The English first-person words that are other words in the page's language (Italian "I", the plural article),
 * lower case; none for a language the data lacks or no language. */
export const englishLookalikesOf = (language: string | null): readonly string[] =>
  (language && (englishLookalikes as Record<string, string[]>)[language]) || [];

/** The words by which a text speaks to someone ("vous", "dein"), in the page's language only: "tu" is Italian
 * "you" and Latin "and", "u" Dutch "you". */
export const secondPersonOf: (language: string | null) => RegExp | null = perLanguage(secondPerson);

/** The words by which a letter opens ("Liebe", "Мила"), in the page's language only: "cara" is Italian "dear"
 * and Spanish "face", "beste" Dutch "dear" and German "best". */
export const greetingOf: (language: string | null) => RegExp | null = perLanguage(greetings);

/** Someone's own words or the people who say them ("Bréif", "естелігі") in the page's language only: read in a
 * lead-in with no turn, where a short word of one language may be another's. */
export const someonesWordsOf: (language: string | null) => RegExp | null = perLanguage(someonesWords);

/** The words by which a lead-in turns ("…, ond …"), as a piece of an expression, bounded by letters. */
export const OTHER_BUT = alternation(but, { left: true, right: true });

/** The words by which a clause after a comma turns from inside it ("…, entscheidend ist aber …"), as a piece
 * of an expression, bounded by letters. */
export const OTHER_BUT_WITHIN = alternation(butWithin, { left: true, right: true });

/** A slot's words bounded by letters of any script, read with the i flag, as a source; `words` picking the slot's
 * words (all of them by default). */
export const boundedWordsSource = (
  slot: SlotWords,
  words: (slot: SlotWords) => SlotWords = (all) => all,
): string => alternation(words(slot), { left: true, right: true });

/** `boundedWordsSource` as two while a page's words are of ASCII letters: none written out, and the slot's words
 * in lower case without the i flag (`[\p{L}\p{M}]`, their edges, matches the same with it or without). */
export function boundedWordsSplit(slot: SlotWords): CaselessSplit {
  return {
    fixed: { test: () => false },
    caseless: (words) => new RegExp(caselessAlternation(words(slot), { left: true, right: true }), 'u'),
  };
}

/** A slot's words bounded by letters of any script, read with the i flag, built from the words the texts it reads
 * can hold (`gatedPattern`): a page in one script compiles none of the others' words. The `gatedPattern` is made
 * at the first test, not as the module loads: the analyser's host warms those made before its first page asks,
 * in the order made, and the lead-in expressions every outlet mention reads come first. */
function boundedWords(slot: SlotWords): LazyPattern {
  const pattern = madeOnFirstUse(() =>
    gatedPattern(
      [slot],
      (words) => new RegExp(boundedWordsSource(slot, words), 'iu'),
      boundedWordsSplit(slot),
    ),
  );
  return { test: (text) => pattern().test(text) };
}

/** The `saidLead` sentences of every language, lower case, apostrophes straightened. */
let saidSentences: ReadonlySet<string> | null = null;

/** Whether a lead-in's sentence is only a speaker and a verb of saying, in a language other than English ("Zij
 * zei:", "Ela dizia sempre :"): it hands over to that person's words. Read as a whole sentence, its colon aside. */
export function saidLeadIn(sentence: string): boolean {
  if (!/[:：]\s*$/.test(sentence)) return false;
  const words = sentence
    .trim()
    .replace(/\s*[:：]$/, '')
    .replace(/[’‘]/g, "'")
    .replace(/\s+/g, ' ')
    .toLowerCase();
  if (words.length > 40) return false;
  saidSentences ??= new Set(Object.values(saidLead as SlotWords).flat());
  return saidSentences.has(words);
}

/** An official or written text a lead-in hands over: "der Wortlaut der Kundmachung", "l'arrêté du maire". */
export const OTHER_DOCUMENT_NAMES = boundedWords(documentWords);

/** Someone's own words or the people who say them, after a turn: "geiriau un o'r rhieni", "die woorde van". */
export const OTHER_SOMEONES_WORDS = boundedWords(someonesWords);

/** A lead-in placing the words it hands over in a page's comments: "в комментариях к прошлому посту Михаил написал",
 * "nos comentários, a Rita lembrou": a reader's. */
export const FROM_COMMENTS = boundedWords(fromComments);

const SELF_REFERENCE_WORDS = boundedWords(selfReference);

/** A word that names whom a letter went to, never a gap's word of a writer pointing back: "Wie ich dem Stadtrat
 * schrieb" is a letter sent, as "I wrote to the council" is. */
const RECIPIENT = '(?:an|dem|den|ihm|ihr|ihnen|dir|euch|aan|hem|haar|lui|leur)';

/** An opening in Han script: a language written without spaces between its words. */
const UNSPACED_OPENING = /^\p{Script=Han}/u;

/** Up to eight characters of a time or a date and the adverbs that go with one, in Chinese: "在九月就",
 * "去年也", "上个月已经", "之前". */
const TIME_GAP =
  '[\\p{Nd}零〇一二三四五六七八九十百年月日号號周週星期前后後上下去今昨早次初底中旬天季春夏秋冬时時候那这這个個在就已经經曾也都还還之以]{0,8}?';

/** `selfReferenceAround` as one expression: the opening, one to five words, the verb ("Wie ich im Frühjahr
 * schrieb"), built on first use; each entry is short, so a text is read once per entry. */
const SELF_REFERENCE_AROUND = madeOnFirstUse(() => {
  const literal = (words: string) =>
    words
      .replace(/[/\\^$*+?.()|[\]{}]/g, '\\$&')
      .replace(/'/g, "['’]")
      .replace(/\s+/g, '\\s+');
  const all = Object.values(selfReferenceAround as Record<string, string[]>)
    .flat()
    .map((entry) => entry.split(' … '));
  const spaced = all
    .filter(([opening]) => !UNSPACED_OPENING.test(opening))
    .map(
      ([opening, verb]) =>
        `${literal(opening)}(?:\\s+(?!${RECIPIENT}(?![\\p{L}\\p{M}]))[\\p{L}\\p{M}\\p{N}'’.-]+){1,5}?\\s+${literal(verb)}`,
    );
  // Chinese writes no space between words: only words of time stand between the pronoun and the verb ("我在九月
  // 就写过：", "我去年也说过"), so that "我朋友写过" (a friend's) is no writer pointing back; the verb ends the
  // clause, so that "我写过信给…" (a letter sent) is none either.
  const unspaced = all
    .filter(([opening]) => UNSPACED_OPENING.test(opening))
    .map(([opening, verb]) => `${literal(opening)}${TIME_GAP}${literal(verb)}(?=[：:，,。\\s]|$)`);
  return new RegExp(
    `(?<![\\p{L}\\p{M}])(?:${spaced.join('|')})(?![\\p{L}\\p{M}])${unspaced.length ? `|${unspaced.join('|')}` : ''}`,
    'iu',
  );
});

/** The openings of `selfReferenceAround` alone, as plain literals: a text holding none of them cannot match
 * SELF_REFERENCE_AROUND, whose Unicode classes cost milliseconds to compile, so most pages never build it. */
const SELF_REFERENCE_OPENINGS = madeOnFirstUse(
  () =>
    new RegExp(
      Object.values(selfReferenceAround as Record<string, string[]>)
        .flat()
        .map((entry) =>
          entry
            .split(' … ')[0]
            .replace(/[/\\^$*+?.()|[\]{}]/g, '\\$&')
            .replace(/'/g, "['’]")
            .replace(/\s+/g, '\\s+'),
        )
        .join('|'),
      'i',
    ),
);

/** A writer pointing back at their own earlier words: "Fel y dywedais yn fy llythyr", "Wie ich schrieb", "Wie
 * ich im Frühjahr schrieb". */
export const OTHER_SELF_REFERENCE: { test: (text: string) => boolean } = {
  test: (text) =>
    SELF_REFERENCE_WORDS.test(text) ||
    (SELF_REFERENCE_OPENINGS().test(text) && SELF_REFERENCE_AROUND().test(text)),
};
