// Words by which a lead-in says the passage is a document, in the languages of data/document-words.json
// (English is in source-words.ts): a text a body issues ("comunicato", "em nota"), or a letter a body wrote
// ("la lettera del comitato"). Read only when the lead-in names no source: they say what the passage is, not
// who reported it.

import { bodies, documents, letters, releaseWires } from './data/document-words.json';
import { alternation, lazyPattern } from './lead-in-words';

const bounded = { left: true, right: true } as const;

/** A text a body issues, named in the lead-in: "Em nota, a Prefeitura informou:", "il comunicato dice:". */
export const OTHER_DOCUMENTS = lazyPattern(() => new RegExp(alternation(documents, bounded), 'iu'));

/** A letter, then within three words a body that wrote it: "la lettera del comitato di quartiere", "a carta
 * da prefeitura", "der Brief des Vereins"; or the body, then within four words the letter it wrote, as a
 * sentence's subject ("UMasipala … wasibhalela le ncwadi", "the municipality … wrote us this letter"). A letter
 * of a person's is that person's words. */
export const OTHER_LETTER_FROM_BODY = lazyPattern(
  () =>
    new RegExp(
      `${alternation(letters, bounded)}(?:\\s+[\\p{L}'’]+){0,3}?\\s+(?:[\\p{L}]+['’])?${alternation(bodies, bounded)}|${alternation(bodies, bounded)}(?:\\s+[\\p{L}'’-]+){0,4}?\\s+${alternation(letters, bounded)}`,
      'iu',
    ),
);

/** Whether a dateline's name is a press-release distributor's ("PRNewswire", "GLOBE NEWSWIRE"): the passage under
 * it is the release, a document, whoever sent it out. */
export function isReleaseWire(name: string): boolean {
  return releaseWires.includes(name.toLowerCase().replace(/\s+/g, ' ').trim());
}
