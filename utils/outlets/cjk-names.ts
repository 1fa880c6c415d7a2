// Outlet names written in Chinese characters, kana or Hangul ("日本経済新聞", "한겨레"). The lookup's words end at
// spaces and punctuation, which Japanese and Chinese do not write and Korean writes only between phrases
// ("한겨레는": the name and its particle), so such names are found by their characters instead.
import type { Outlet } from './types';

/** Han, kana and Hangul: the scripts written without a space after a name. */
export const CJK_CHAR = /[\u3040-\u30ff\u3400-\u9fff\uf900-\ufaff\uac00-\ud7af]/;
const HANGUL = /[\uac00-\ud7af]/;

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

/** The names among `names` written wholly in these scripts, longest first (so "한겨레신문" wins over "한겨레"). */
export function cjkNames(names: readonly CjkName[]): CjkName[] {
  return names
    .filter((n) => n.written.length >= 2 && [...n.written].every((c) => CJK_CHAR.test(c)))
    .sort((a, b) => b.written.length - a.written.length);
}

/**
 * Where the names occur in `text`. A Korean name stands at a phrase's start and ends at one's end or before a
 * particle; a Japanese or Chinese name may stand anywhere, as those scripts run on. Overlaps go to the
 * longest name. Linear in the text for each name.
 */
export function findCjkNames(text: string, names: readonly CjkName[]): CjkMention[] {
  if (names.length === 0 || !CJK_CHAR.test(text)) return [];
  const found: CjkMention[] = [];
  const taken = new Uint8Array(text.length);
  for (const { written, outlet } of names) {
    const korean = HANGUL.test(written);
    for (let at = text.indexOf(written); at >= 0; at = text.indexOf(written, at + 1)) {
      const end = at + written.length;
      if (taken[at] || taken[end - 1]) continue;
      if (korean) {
        if (at > 0 && HANGUL.test(text[at - 1])) continue;
        const rest = text.slice(end, end + 3);
        if (HANGUL.test(rest.charAt(0)) && !KOREAN_PARTICLES.test(rest)) continue;
      }
      taken.fill(1, at, end);
      found.push({ outlet, start: at, end });
    }
  }
  return found.sort((a, b) => a.start - b.start);
}
