// Writers named in a passage's lead-in, remembered with the outlet the passage was credited to, so that a
// later lead-in naming only the writer ("Wallace-Wells:", "Caspit goes on:") goes to the same outlet.
import type { Evidence } from './types';

/** Two to four capitalised words, hyphenated surnames and initials allowed: "David Wallace-Wells". */
const FULL_NAME =
  /\b\p{Lu}[\p{Ll}’'.]+(?:\s+(?:\p{Lu}\.\s*)?\p{Lu}[\p{Ll}’']+(?:-\p{Lu}[\p{Ll}’']+)?){1,3}\b/gu;

export class Writers {
  private readonly outletBySurname = new Map<string, string>();

  /** Records the people a lead-in names, credited to the outlet its passage was given. */
  remember(leadIn: string, outlet: string): void {
    const outletWords = new Set(outlet.toLowerCase().split(/\s+/));
    for (const m of leadIn.matchAll(FULL_NAME)) {
      const words = m[0].split(/\s+/);
      const surname = words[words.length - 1];
      if (outletWords.has(surname.toLowerCase())) continue;
      // A surname credited to two outlets says nothing.
      const known = this.outletBySurname.get(surname);
      this.outletBySurname.set(surname, known === undefined || known === outlet ? outlet : '');
    }
  }

  /** The outlet of a writer a short lead-in names by surname alone, if one was remembered. */
  outletFor(leadIn: string): { outlet: string; evidence: Evidence } | null {
    if (this.outletBySurname.size === 0 || leadIn.length > 160) return null;
    for (const m of leadIn.matchAll(/\p{Lu}[\p{Ll}’']+(?:-\p{Lu}[\p{Ll}’']+)?/gu)) {
      const outlet = this.outletBySurname.get(m[0]);
      if (outlet)
        return { outlet, evidence: { type: 'back-reference', value: leadIn.slice(0, 200), source: outlet } };
    }
    return null;
  }
}
