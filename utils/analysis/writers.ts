// Writers named in a passage's lead-in, remembered with the outlet the passage was credited to, so that a
// later lead-in that is the writer speaking again ("Wallace-Wells:", "Caspit goes on:") goes to the same
// outlet. Only a name in a writer's place is remembered ("documents David Wallace-Wells in …", "Jane Marlow
// writes"), not anyone the lead-in mentions ("reports that Donald Trump was furious").
import type { Evidence } from './types';

const NAME =
  "\\p{Lu}[\\p{Ll}’'.]+(?:\\s+(?:\\p{Lu}\\.\\s*)?\\p{Lu}[\\p{Ll}’']+(?:-\\p{Lu}[\\p{Ll}’']+)?){1,3}";
const VERBS =
  'writes|wrote|documents|documented|reports|reported|notes|noted|argues|argued|explains|explained|observes|observed|adds|added|has more|puts it';
const WRITER_PLACES = [
  // "documents David Wallace-Wells", "by Jane Marlow", "columnist Jane Marlow"
  new RegExp(`\\b(?:${VERBS}|by|columnist|correspondent|reporter|editor|writer|critic)\\s+(${NAME})`, 'gu'),
  // "Jane Marlow writes", "Jane Marlow, the paper's harbour reporter, notes"
  new RegExp(`(${NAME})(?:,[^,]{1,60},)?\\s+(?:${VERBS})\\b`, 'gu'),
];
/** A lead-in short enough to be the writer speaking again. */
const MAX_WORDS = 8;

export class Writers {
  private readonly outletBySurname = new Map<string, string>();

  /** Records the writers a lead-in names, credited to the outlet its passage was given. */
  remember(leadIn: string, outlet: string): void {
    const outletWords = new Set(outlet.toLowerCase().split(/\s+/));
    for (const pattern of WRITER_PLACES)
      for (const m of leadIn.matchAll(pattern)) {
        const words = m[1].split(/\s+/);
        const surname = words[words.length - 1];
        if (outletWords.has(surname.toLowerCase())) continue;
        // A surname credited to two outlets says nothing.
        const known = this.outletBySurname.get(surname);
        this.outletBySurname.set(surname, known === undefined || known === outlet ? outlet : '');
      }
  }

  /** The outlet of a remembered writer when a short lead-in opens with them ("Wallace-Wells:", "Marlow
   * again:", "Jane Marlow goes on:"). */
  outletFor(leadIn: string): { outlet: string; evidence: Evidence } | null {
    if (this.outletBySurname.size === 0) return null;
    const words = leadIn.trim().split(/\s+/);
    if (words.length > MAX_WORDS) return null;
    for (const word of words.slice(0, 2)) {
      const outlet = this.outletBySurname.get(word.replace(/[:,.’']+$|[’']s$/gu, ''));
      if (outlet)
        return { outlet, evidence: { type: 'back-reference', value: leadIn.slice(0, 200), source: outlet } };
    }
    return null;
  }
}
