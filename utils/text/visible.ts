// Text from pages as we show and export it: without the invisible characters that change how text around
// them reads. Bidirectional embeddings, overrides and isolates (U+202A–U+202E, U+2066–U+2069) can make
// "txt.exe" read as "exe.txt"; zero-width spaces, word joiners, invisible operators, the byte-order mark and
// the Mongolian vowel separator hide inside words and names. They are removed. The zero-width joiner and
// non-joiner are kept where writing needs them: between two letters of a non-Latin script (Persian, the
// Indic scripts) and inside emoji sequences; elsewhere they are removed too.

const ALWAYS = /[\u202A-\u202E\u2066-\u2069\u200B\u2060-\u2064\uFEFF\u180E]/g;
const JOINERS = /[\u200C\u200D]/g;
const ANY = /[\u202A-\u202E\u2066-\u2069\u200B-\u200D\u2060-\u2064\uFEFF\u180E]/;
const SCRIPT_LETTER = /^[\p{L}\p{M}]$/u;
const PICTOGRAPH = /^(?:\p{Extended_Pictographic}|\p{Emoji_Modifier}|\uFE0F)$/u;

function codePointBefore(text: string, index: number): string {
  if (index <= 0) return '';
  const low = text.charCodeAt(index - 1);
  if (low >= 0xdc00 && low <= 0xdfff && index >= 2) return text.slice(index - 2, index);
  return text.slice(index - 1, index);
}

function codePointAt(text: string, index: number): string {
  const cp = text.codePointAt(index);
  return cp === undefined ? '' : String.fromCodePoint(cp);
}

function joinerNeeded(before: string, after: string): boolean {
  if (PICTOGRAPH.test(before) && (PICTOGRAPH.test(after) || /^[\u2640\u2642\u2695\u2696\u2708]$/.test(after)))
    return true;
  const nonLatin = (ch: string) => SCRIPT_LETTER.test(ch) && ch.charCodeAt(0) > 0x024f;
  return nonLatin(before) && nonLatin(after);
}

/** The text without bidirectional controls and stray zero-width characters (unchanged when it has none). */
export function visibleText(text: string): string {
  if (!ANY.test(text)) return text;
  const cleaned = text.replace(ALWAYS, '');
  return cleaned.replace(JOINERS, (joiner, offset: number, whole: string) =>
    joinerNeeded(codePointBefore(whole, offset), codePointAt(whole, offset + 1)) ? joiner : '',
  );
}

/** Null stays null. */
export function visibleOrNull(text: string | null): string | null {
  return text === null ? null : visibleText(text);
}
