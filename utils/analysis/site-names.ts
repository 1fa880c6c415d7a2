// The name a page gives a site. An outlet the table lacks is known at first only by its link's domain
// ("canarymedia.com"); when the page's own words spell that domain's name ("Canary Media", "PC World" for
// pcworld.com), the reader is shown those words. Nothing is guessed: the letters must be the domain's, and
// a short domain needs the page to write it in capitals ("JN" for jn.pt).

import { looksLikeOutletName } from './name-source';

/** Whether an outlet name is a bare domain, as the analyser gives for sites the table lacks. */
export const isDomainName = (name: string): boolean => /^(?:[a-z0-9-]+\.)+[a-z]{2,}$/.test(name);

/** Capitalised runs of up to four words: "Canary Media", "PC World's", "The Narwhal". */
const RUN = /\p{Lu}[\p{L}\p{N}&’'.-]*(?:[ \u00a0]+(?:\p{Lu}|\d)[\p{L}\p{N}&’'.-]*){0,3}/gu;

const letters = (words: string): string =>
  words
    .replace(/[’']s$/u, '')
    .toLowerCase()
    .normalize('NFD')
    .replace(/[^a-z0-9]/g, '');

/** The domain's own name: its first label without hyphens ("canary-media.org" → "canarymedia"). */
function labelOf(domain: string): string {
  return domain.split('.')[0].replace(/-/g, '');
}

/** A domain's label is at most 63 characters: longer phrases cannot spell one. */
const MAX_LABEL = 63;

/**
 * The page's words for domains, looked up by their letters. `text` is what the page says (its article's
 * text); it is read once, however many domains are then asked for. For each domain the first match wins.
 * Words of a run are tried from each start, so "According To Canary Media" still finds it; a leading "The"
 * is kept when the run has it ("The Narwhal" for thenarwhal.ca or narwhal.ca).
 */
export function pageNames(text: string): (domain: string) => string | null {
  // The first phrase spelling each run of letters, and the first written in capitals (for short domains).
  const any = new Map<string, string>();
  const capitals = new Map<string, string>();
  const note = (key: string, phrase: string) => {
    if (!any.has(key)) any.set(key, phrase);
    if (!capitals.has(key) && phrase === phrase.toUpperCase()) capitals.set(key, phrase);
  };
  for (const m of text.matchAll(RUN)) {
    const words = m[0].replace(/[.’'-]+$/u, '').split(/[ \u00a0]+/);
    for (let from = 0; from < words.length; from++) {
      for (let to = from + 1; to <= words.length; to++) {
        // "Mining" in "Mining Weekly" is a word of another name, not mining.com's: a phrase the run goes on from
        // with a newsroom's word is no name of its own.
        if (to < words.length && looksLikeOutletName(words[to])) continue;
        const phrase = words.slice(from, to).join(' ');
        const bare = letters(phrase.replace(/^The\s+/, ''));
        if (bare.length > MAX_LABEL) break;
        const name = phrase.replace(/[’']s$/u, '');
        note(letters(phrase), name);
        note(bare, name);
      }
    }
  }
  return (domain) => {
    // A name written as the domain, with capitals ("Licensing.biz", "AmeliaRueda.com"), is the brand as the page
    // writes it, before a word that spells only its first label ("Licensing").
    const written = any.get(letters(domain.replace(/^www\./, '')));
    if (written?.includes('.')) return written;
    const label = labelOf(domain);
    if (label.length < 2) return null;
    // A short domain needs the page to write it in capitals ("JN" for jn.pt, not "Jn").
    return (label.length <= 3 ? capitals : any).get(label) ?? null;
  };
}

/** Whether `name` spells the domain's own name ("BNN Bloomberg" for bnnbloomberg.ca; "The Narwhal" for
 * narwhal.ca), for domains of more than three letters: shorter ones are too easily spelled by chance. */
export function spellsDomain(name: string, domain: string): boolean {
  const label = labelOf(domain);
  return label.length > 3 && (letters(name) === label || letters(name.replace(/^The\s+/, '')) === label);
}

/** The page's words for `domain`, or null (see pageNames). */
export function pageNameFor(domain: string, text: string): string | null {
  return pageNames(text)(domain);
}
