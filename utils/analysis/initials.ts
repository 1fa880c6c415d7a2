// "VN tillägger:" after "Västra Nyland skriver:", "NOB also notes:" after "Northern Ontario Business had the
// financing:": a lead-in naming a newsroom by the initials of a name an earlier passage of the same post was
// credited to. Readers and bloggers shorten a paper's name so once they have written it in full; the page need
// not spell the initials out ("Belmora National Radio (BNR)" is defined-acronyms.ts).
import { foldDiacritics } from '../outlets/normalise';
import { isCountryName } from './country-names';
import countryInitials from './data/country-initials.json';
import type { Evidence } from './types';

/** Articles a name may open on, which its initials may leave out ("The Des Moines Register" is DMR). */
const ARTICLES = /^(?:the|le|la|les|l['’]|el|il|lo|die|der|das|de|het|o|a|os|as)$/i;
/** Linking words inside a name, which its initials may leave out ("Voice of the Valley" is VV). */
const LINKS =
  /^(?:of|the|and|&|de|du|des|di|del|della|da|do|dos|das|van|von|y|i|e|et|og|och|und|für|for|on)$/i;

/** The ways a name's initials are written: every word's first letter, and without its opening article, its
 * linking words, or both ("Les Nouvelles calédoniennes" is LNC or NC; "The Des Moines Register" TDMR or DMR).
 * Two letters at least; none for a name of one word. */
export function initialsOf(name: string): Set<string> {
  const words = foldDiacritics(name)
    .replace(/^l['’]/i, "l' ")
    .split(/[\s\u2010\u2011-]+/)
    .filter((w) => /^[\p{L}\p{N}&]/u.test(w));
  const out = new Set<string>();
  if (words.length < 2) return out;
  const letters = (kept: string[]) =>
    kept
      .filter((w) => /^[\p{L}\p{N}]/u.test(w))
      .map((w) => w.charAt(0).toUpperCase())
      .join('');
  const withoutArticle = ARTICLES.test(words[0]) ? words.slice(1) : words;
  for (const kept of [
    words,
    withoutArticle,
    words.filter((w, i) => i === 0 || !LINKS.test(w)),
    withoutArticle.filter((w, i) => i === 0 || !LINKS.test(w)),
  ]) {
    const spelled = letters(kept);
    if (spelled.length >= 2) out.add(spelled);
  }
  return out;
}

/** The nearest earlier outlet of the post whose initials these capitals are ("VN"). */
function nearestSpelled(capitals: string, earlier: ReadonlyArray<{ outlet: string | null }>): string | null {
  const folded = foldDiacritics(capitals);
  for (let i = earlier.length - 1; i >= 0; i--) {
    const name = earlier[i].outlet;
    if (name && name !== capitals && initialsOf(name).has(folded)) return name;
  }
  return null;
}

const back = (outlet: string, leadIn: string): { outlet: string; href: null; evidence: Evidence } => ({
  outlet,
  href: null,
  evidence: { type: 'back-reference', value: leadIn.slice(0, 200), source: outlet },
});

const COUNTRY_INITIALS: ReadonlySet<string> = new Set(countryInitials.initials);

/** Capitals of two to five letters, perhaps after "the" ("The DC adds:"): how initials are written. */
const CAPITALS = /^(?:the\s+)?(\p{Lu}{2,5})$/iu;

/**
 * The earlier outlet whose initials a lead-in's source was named by, where the lead-in read those capitals as a
 * newsroom of their own ("KEB adds:" after "The Kirkholm Evening Bugle ran the numbers:"): `said` is the words
 * that named the source, `outlet` the name they were read as.
 */
export function initialsBack(
  said: string,
  outlet: string,
  leadIn: string,
  earlier: ReadonlyArray<{ outlet: string | null }>,
): { outlet: string; href: null; evidence: Evidence } | null {
  const capitals = CAPITALS.exec(said.trim())?.[1];
  if (!capitals || capitals !== capitals.toUpperCase()) return null;
  const name = nearestSpelled(capitals, earlier);
  return name && name !== outlet ? back(name, leadIn) : null;
}

/** A lead-in's last sentence opening on capitals, perhaps after "And" or "The", and handing over with a colon in
 * a few words: "VN tillägger:", "NOB also notes:", "Et LNC précise :". */
const OPENS_ON_CAPITALS =
  /(?:^|[.!?]\s+)(?:(?:and|but|then|also|et|und|y|e|och|og|en|und)\s+)?(?:the\s+)?(\p{Lu}{2,5})\s+(?:[\p{L}\p{M}'’-]+\s+){0,3}[\p{L}\p{M}'’-]+\s*[:：]\s*$/iu;

/**
 * The earlier outlet of the post that a lead-in no rule read names by its initials, as the subject of a short
 * hand-over ("VN tillägger:"). Capitals that stand for a country ("US officials said:") are no initials.
 */
export function initialsOpening(
  leadIn: string,
  earlier: ReadonlyArray<{ outlet: string | null }>,
): { outlet: string; href: null; evidence: Evidence } | null {
  if (earlier.length === 0) return null;
  const capitals = OPENS_ON_CAPITALS.exec(leadIn.trim())?.[1];
  if (
    !capitals ||
    capitals !== capitals.toUpperCase() ||
    COUNTRY_INITIALS.has(capitals) ||
    isCountryName(capitals)
  )
    return null;
  const name = nearestSpelled(capitals, earlier);
  return name ? back(name, leadIn) : null;
}
