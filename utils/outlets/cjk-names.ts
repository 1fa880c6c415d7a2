// Outlet names written in Chinese characters, kana or Hangul ("日本経済新聞", "한겨레"), and in the scripts of
// Southeast Asia that run words together (Thai "ไทยรัฐ", Lao, Khmer, Burmese). The lookup's words end at spaces
// and punctuation, which Japanese, Chinese and these scripts do not write between words and Korean writes only
// between phrases ("한겨레는": the name and its particle), so such names are found by their characters instead.
import type { Outlet } from './types';

/** Han, kana, Hangul, Thai, Lao, Burmese and Khmer: the scripts written without a space after a name. */
export const CJK_CHAR =
  /[\u3040-\u30ff\u3400-\u9fff\uf900-\ufaff\uac00-\ud7af\u0e00-\u0eff\u1000-\u109f\u1780-\u17ff]/;
const HANGUL = /[\uac00-\ud7af]/;
/** Thai, Lao, Burmese and Khmer write a syllable as a letter with marks around it. */
const SYLLABIC = /[\u0e00-\u0eff\u1000-\u109f\u1780-\u17ff]/;
/** Thai and Lao vowels written before the letter they follow in speech ("เ", "ໂ"): part of the next syllable. */
const LEADING_VOWEL = /[\u0e40-\u0e44\u0ec0-\u0ec4]/;
const MARK = /\p{M}/u;

/** Korean particles a name may carry ("한겨레는", "조선일보에 따르면", "KBS의"): the name ends before them. */
const KOREAN_PARTICLES = /^(?:은|는|이|가|을|를|에|에서|에게|의|와|과|도|로|으로|만|께서|측)/;

export interface CjkName {
  written: string;
  outlet: Outlet;
}

export interface CjkMention {
  outlet: Outlet;
  start: number;
  end: number;
}

/** A Latin letter or a digit, which a name in these scripts may hold ("香港01", "TVB新聞"). */
const ASCII_ALNUM = /[A-Za-z0-9]/;

/** The names among `names` written in these scripts, perhaps with Latin letters or digits beside them ("香港01"),
 * longest first (so "한겨레신문" wins over "한겨레"): the lookup's words would not end where such a name meets
 * the characters after it ("香港01報道"). */
export function cjkNames(names: readonly CjkName[]): CjkName[] {
  return names
    .filter((n) => {
      const chars = [...n.written];
      return (
        chars.length >= 2 &&
        chars.some((c) => CJK_CHAR.test(c)) &&
        chars.every((c) => CJK_CHAR.test(c) || ASCII_ALNUM.test(c))
      );
    })
    .sort((a, b) => b.written.length - a.written.length);
}

/**
 * Where the names occur in `text`. A Korean name stands at a phrase's start and ends at one's end or before a
 * particle; a Japanese or Chinese name may stand anywhere, as those scripts run on; a Thai, Lao, Burmese or
 * Khmer one too, but never cutting a syllable (a mark after it, a leading vowel before it). Overlaps go to the
 * longest name. Linear in the text for each name.
 */
export function findCjkNames(text: string, names: readonly CjkName[]): CjkMention[] {
  if (names.length === 0 || !CJK_CHAR.test(text)) return [];
  const found: CjkMention[] = [];
  const taken = new Uint8Array(text.length);
  for (const { written, outlet } of names) {
    const korean = HANGUL.test(written);
    const syllabic = SYLLABIC.test(written);
    for (let at = text.indexOf(written); at >= 0; at = text.indexOf(written, at + 1)) {
      const end = at + written.length;
      if (taken[at] || taken[end - 1]) continue;
      if (korean) {
        if (at > 0 && HANGUL.test(text[at - 1])) continue;
        const rest = text.slice(end, end + 3);
        if (HANGUL.test(rest.charAt(0)) && !KOREAN_PARTICLES.test(rest)) continue;
      }
      if (syllabic && (MARK.test(text.charAt(end)) || LEADING_VOWEL.test(text.charAt(at - 1)))) continue;
      // Latin letters or digits at a name's edge end there: "香港01" is not the start of "香港012".
      if (ASCII_ALNUM.test(written.charAt(0)) && ASCII_ALNUM.test(text.charAt(at - 1))) continue;
      if (ASCII_ALNUM.test(written.charAt(written.length - 1)) && ASCII_ALNUM.test(text.charAt(end)))
        continue;
      taken.fill(1, at, end);
      found.push({ outlet, start: at, end });
    }
  }
  return found.sort((a, b) => a.start - b.start);
}
