// A blogger's note that they translated a passage, closing its credit line after the source's name: "(L'essentiel,
// meine Übersetzung)", "— Le Soir, my translation". The passage is still the source's; the note is no part of its name.

import handOverWords from './data/hand-over-words.json';
import { alternation, madeOnFirstUse } from './lead-in-words';

/** A comma or a semicolon, the note (data/hand-over-words.json's `translatorsNotes`), then the line's end or the
 * closing bracket that ends it. */
const NOTE = madeOnFirstUse(
  () =>
    new RegExp(
      `\\s*[,;]\\s*${alternation({ any: handOverWords.translatorsNotes }, { left: true, right: true })}\\s*[.]?\\s*(?=[)\\]]?$)`,
      'iu',
    ),
);

/** A credit line without the translator's note closing it: "(L'essentiel, meine Übersetzung)" → "(L'essentiel)";
 * any other line as it is. */
export function withoutTranslatorsNote(line: string): string {
  if (!line.includes(',') && !line.includes(';')) return line;
  return line.replace(NOTE(), '');
}
