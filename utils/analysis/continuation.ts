// A paragraph just after a blockquote that still carries the quote's words: it goes on with a speaker
// the quote named ("... Abdulrahman said." after "the Observatory's Rami Abdulrahman said" inside).
// Blogs often close a blockquote one paragraph too early; the reader should still see whose words they are.
import { FIRST_PERSON } from './source-words';

// A name's word starts at no capital that an earlier one in its run of letters could start (that one matches
// all the later one would and is tried first): a run of capitals is read once, not from each of its letters.
const NAME_BEFORE_SAID =
  /((?:\p{Lu}(?<!\p{Lu}[\p{L}’'-]*?\p{Lu})[\p{L}’'-]+\s+){0,3}\p{Lu}(?<!\p{Lu}[\p{L}’'-]*?\p{Lu})[\p{L}’'-]+),?\s+(?:said|says|told|added|stated)\b/gu;
const NAME_AFTER_SAID = /\b(?:said|says|told|added)\s+((?:\p{Lu}[\p{L}’'-]+\s+){0,3}\p{Lu}[\p{L}’'-]+)/gu;
const NOT_NAMES = new Set([
  'He',
  'She',
  'They',
  'It',
  'We',
  'I',
  'The',
  'This',
  'That',
  'There',
  'Officials',
  'Sources',
]);
const SAYS = /\b(?:said|says|told|added)\b/;

/** Surnames of people the passage quotes ("Abdulrahman" from "Rami Abdulrahman said"). */
export function quotedSurnames(passage: string): Set<string> {
  const names = new Set<string>();
  for (const pattern of [NAME_BEFORE_SAID, NAME_AFTER_SAID]) {
    pattern.lastIndex = 0;
    for (let m = pattern.exec(passage); m; m = pattern.exec(passage)) {
      const words = m[1].split(/\s+/);
      const surname = words[words.length - 1].replace(/[’']s$/, '');
      if (surname.length > 2 && !NOT_NAMES.has(surname)) names.add(surname);
    }
  }
  return names;
}

/**
 * True when `paragraph` reads as more of the passage: it quotes one of its speakers, in the third person.
 * The passage's speakers are only worked out when the paragraph could qualify.
 */
export function continuesQuote(paragraph: string, speakersOf: () => Set<string>): boolean {
  if (!SAYS.test(paragraph) || FIRST_PERSON.test(paragraph) || /[:：]\s*$/.test(paragraph)) return false;
  for (const surname of speakersOf()) {
    const s = surname.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    if (
      new RegExp(`\\b${s},?\\s+(?:said|says|told|added)\\b|\\b(?:said|says|told|added)\\s+${s}\\b`, 'u').test(
        paragraph,
      )
    )
      return true;
  }
  return false;
}
