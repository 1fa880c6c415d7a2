// The names a report gives outlets on a page in a language in which they have an official name of their own
// (Outlet.names): "Keystone-ATS" on a French or Italian page, where the table's name is "Keystone-SDA". The
// analysis works with the table's names throughout and says them in the page's language at the end.
import type { OutletLookup } from '../outlets/types';
import type { FoundQuote } from './types';

/** `name` as a page in `language` says it: its outlet's name in that language when `name` is an outlet's table
 * name and the outlet has one, else `name` unchanged (a name the page gave an outlet the table lacks, a
 * person's). */
export function nameInLanguage(
  name: string | null,
  outlets: Pick<OutletLookup, 'byName'>,
  language: string | null,
): string | null {
  if (name === null || language === null) return name;
  const outlet = outlets.byName(name);
  if (outlet === null || outlet.name !== name) return name;
  return outlet.names?.[language] ?? name;
}

/** Gives the quotes' outlets, and the sources their evidence points to, as a page in `language` names them. */
export function quotesInLanguage(
  quotes: FoundQuote[],
  outlets: Pick<OutletLookup, 'byName'>,
  language: string | null,
): void {
  if (language === null) return;
  for (const q of quotes) {
    q.outlet = nameInLanguage(q.outlet, outlets, language);
    for (const e of q.evidence) e.source = nameInLanguage(e.source, outlets, language);
  }
}
