// The probe's pure part: the page a form and a name make, and how an analysis of it is scored.
import { CHROME, type Form, type NameClass, TRAP_CLASSES } from './probe-forms';

export const PROBE_URL = 'https://ferry-notes.example/2026/12/pier';

const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const para = (s: string) => `<p>${escapeHtml(s)}</p>`;

/** A blog post in the form's language: commentary, the anchor passage (Reuters, when asked for), the form's
 * lead-in with the probed passage and its credit line, and a closing remark. */
export function probePage(form: Form, name: string, anchor: boolean): string {
  const c = CHROME[form.lang];
  const dir = form.lang === 'ar' ? ' dir="rtl"' : '';
  return [
    `<!doctype html><html lang="${form.lang}"${dir}><head><title>${escapeHtml(c.title)}</title></head><body>`,
    `<header><h1>${escapeHtml(c.title)}</h1></header><main><article><h2>${escapeHtml(c.title)}</h2>`,
    para(c.opening),
    anchor ? `${para(c.anchorLeadIn)}<blockquote>${para(c.anchorPassage)}</blockquote>` : '',
    para(form.before(name)),
    `<blockquote>${para(c.passage)}</blockquote>`,
    form.after ? para(form.after(name)) : '',
    para(c.closing),
    '</article></main></body></html>',
  ].join('');
}

/** A name as compared: lower case, without quotation marks nor a leading article. */
export function comparable(name: string): string {
  return name
    .toLowerCase()
    .replace(/[«»"“”„'’]/g, '')
    .replace(/^(the|le|la|l|el|il|lo|het|de|die|der|das|o|a)\s+/u, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** What one page gave: 'hit' (the name as the outlet, or its words after a leading word of its kind, as
 * "إذاعة الواحة" named "الواحة"), 'other' (another outlet, or another part of the name),
 * 'none' (no outlet), or 'false' (a trap class's name given any outlet). */
export type Outcome = 'hit' | 'other' | 'none' | 'false';

export function outcome(cls: NameClass, name: string, outlet: string | null): Outcome {
  if (TRAP_CLASSES.includes(cls)) return outlet === null ? 'none' : 'false';
  if (outlet === null) return 'none';
  const [got, written] = [comparable(outlet), comparable(name)];
  return got === written || written.endsWith(` ${got}`) ? 'hit' : 'other';
}

/** Counts of outcomes by form and class, for one anchoring. */
export class Tally {
  readonly cells = new Map<string, Map<NameClass, { n: number; hit: number; false: number }>>();

  add(formId: string, cls: NameClass, result: Outcome): void {
    const row = this.cells.get(formId) ?? new Map();
    this.cells.set(formId, row);
    const cell = row.get(cls) ?? { n: 0, hit: 0, false: 0 };
    cell.n++;
    if (result === 'hit') cell.hit++;
    if (result === 'false') cell.false++;
    row.set(cls, cell);
  }

  /** Summed over forms: hits for the outlet classes, false outlets for the traps. */
  total(cls: NameClass): { n: number; count: number } {
    let n = 0;
    let count = 0;
    for (const row of this.cells.values()) {
      const cell = row.get(cls);
      if (!cell) continue;
      n += cell.n;
      count += TRAP_CLASSES.includes(cls) ? cell.false : cell.hit;
    }
    return { n, count };
  }

  /** One cell as printed: "3/4" (hits, or false outlets for a trap class). */
  cell(formId: string, cls: NameClass): string {
    const c = this.cells.get(formId)?.get(cls);
    if (!c) return '-';
    return `${TRAP_CLASSES.includes(cls) ? c.false : c.hit}/${c.n}`;
  }
}
