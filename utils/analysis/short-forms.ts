// "The Banner adds:" after "The Baltimore Banner's reporter has the numbers:": a lead-in naming an outlet by
// the last word of a name the same post gave in full. The table's short names cover outlets it knows; this
// covers those named in the page's own words.
import type { Evidence } from './types';

/** The outlet whose full name, given by an earlier passage of the post, ends with a capitalised word the
 * lead-in names ("the Banner", "Beat"). */
export function shortFormIn(
  leadIn: string,
  earlier: ReadonlyArray<{ outlet: string | null }>,
): { outlet: string; href: null; evidence: Evidence } | null {
  for (let i = earlier.length - 1; i >= 0; i--) {
    const name = earlier[i].outlet;
    if (!name?.includes(' ')) continue;
    const last = name.split(/\s+/).pop() ?? '';
    if (!/^\p{Lu}[\p{L}-]{2,}$/u.test(last)) continue;
    const escaped = last.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    if (new RegExp(`(?:^|\\s)(?:[Tt]he\\s+)?${escaped}(?=[’']s\\b|[\\s,:;.]|$)`, 'u').test(leadIn))
      return {
        outlet: name,
        href: null,
        evidence: { type: 'back-reference', value: leadIn.slice(0, 200), source: name },
      };
  }
  return null;
}
