// The country a page says it is from, for the names several outlets share ("The Express": the UK's Daily
// Express, or the Trinidad Express on a page from Trinidad and Tobago). Read from data (./data/page-country.json),
// never from a list of places.
import pageCountryData from './data/page-country.json';

const { currencies, genericTlds, tldCountries } = pageCountryData;

const GENERIC: ReadonlySet<string> = new Set(genericTlds);
const RENAMED: Readonly<Record<string, string>> = tldCountries;
const CURRENCY: Readonly<Record<string, string>> = currencies;

/** A country's dollar before an amount: the sign, perhaps a space, a digit; not inside a longer word. */
const AMOUNT = new RegExp(
  `(?<![\\p{L}\\p{N}$])(${Object.keys(CURRENCY)
    .map((sign) => sign.replace(/\$/g, '\\$'))
    .join('|')}) ?\\d`,
  'gu',
);

/** How much of the page's text is read for amounts: enough for any post. */
const TEXT_MAX = 100_000;

/** The country of a host's country-code top-level domain ("harbour.co.tt" → TT), or null. */
export function countryOfHost(host: string | null): string | null {
  const tld = /\.([a-z]{2})\.?$/i.exec(host ?? '')?.[1]?.toLowerCase();
  if (!tld || GENERIC.has(tld)) return null;
  return Object.hasOwn(RENAMED, tld) ? RENAMED[tld] : tld.toUpperCase();
}

/** The country whose dollar the text writes its amounts in most often ("TT$9,000"), or null (none, or a tie). */
export function countryOfAmounts(text: string): string | null {
  const counts = new Map<string, number>();
  for (const m of text.slice(0, TEXT_MAX).matchAll(AMOUNT)) {
    const country = CURRENCY[m[1]];
    counts.set(country, (counts.get(country) ?? 0) + 1);
  }
  return mostCounted(counts)?.country ?? null;
}

/** The country counted most, with its count; null when none is counted or two tie. */
export function mostCounted(counts: ReadonlyMap<string, number>): { country: string; n: number } | null {
  let best: string | null = null;
  let most = 0;
  let tied = false;
  for (const [country, n] of counts) {
    if (n > most) [best, most, tied] = [country, n, false];
    else if (n === most) tied = true;
  }
  return tied || best === null ? null : { country: best, n: most };
}

/**
 * The country the page says it is from: its address's country-code domain, else the dollar its text writes
 * amounts in (`text` is read only when the address says nothing). Null when it says neither.
 */
export function pageCountry(host: string | null, text: () => string): string | null {
  const fromHost = countryOfHost(host);
  if (fromHost) return fromHost;
  const words = text();
  return words.includes('$') ? countryOfAmounts(words) : null;
}
