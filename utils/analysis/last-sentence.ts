// Where a text's last sentence starts, found from the text's end. The expressions that say it directly
// (`text.search(/[^.!?]*$/)`) are tried from every position of the text, each try running on to the next stop:
// quadratic in a sentence's length, a quarter of a millisecond on a lead-in's 400 characters.

const WHITE_SPACE = /\s/;

/** A lower-case letter or a digit right after a full stop: the stop is inside a word ("seedtradejournal.co.uk", "3.5"),
 * no sentence's end. */
const IN_WORD = /[\p{Ll}\p{N}]/u;

/** The index after the last of `stops` in `text` before `end`, or 0 when there is none; with `inWords`, a full
 * stop inside a word is passed over. */
function afterLastStop(text: string, stops: string, end: number, inWords = false): number {
  for (let i = end - 1; i >= 0; i--)
    if (stops.includes(text[i]) && !(inWords && text[i] === '.' && IN_WORD.test(text[i + 1] ?? '')))
      return i + 1;
  return 0;
}

/**
 * Where the last sentence of `text` starts: after the last of `stops` (one character each). With
 * `endsOnStop`, a stop that ends the text (white space after it allowed) ends that sentence rather than
 * starting an empty one. The same index as `text.search(/[^S]*$/)`, or with `endsOnStop`
 * `text.search(/[^S]*[S]?\s*$/)`, where S is `stops`. With `inWords`, a stop inside a word (a domain's dots,
 * "via seedtradejournal.co.uk:") ends no sentence.
 */
export function lastSentenceStart(text: string, stops: string, endsOnStop = false, inWords = false): number {
  if (!endsOnStop) return afterLastStop(text, stops, text.length, inWords);
  let last = text.length - 1;
  while (last >= 0 && WHITE_SPACE.test(text[last])) last--;
  return afterLastStop(text, stops, last >= 0 && stops.includes(text[last]) ? last : text.length, inWords);
}

/** Sentence stops of languages written with Latin letters and of Chinese and Japanese. */
export const STOPS = '.!?';
export const STOPS_WITH_CJK = '.!?。！？';
