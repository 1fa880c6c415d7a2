// The country of the outlets a page quotes, for a page that says nothing of its own country: a blog that
// quotes three papers of one country is read from there, so a name several outlets share ("NBC", "The
// Guardian") means that country's outlet.
import type { OutletLookup } from '../outlets/types';
import { mostCounted } from './page-country';

/** How many distinct outlets of one country the page must name before that country counts as the page's. */
const MIN_OUTLETS = 2;

/**
 * The country of most of the distinct outlets `text` names (by name or domain) and `hosts` link to, when at
 * least two are of it and no other country has as many; null otherwise. Outlets of no one country (`INT`)
 * are not counted.
 */
export function countryOfNamedOutlets(
  lookup: OutletLookup,
  text: string,
  hosts: readonly string[],
): string | null {
  const seen = new Set<string>();
  const counts = new Map<string, number>();
  const count = (name: string, country: string) => {
    if (seen.has(name) || country === 'INT') return;
    seen.add(name);
    counts.set(country, (counts.get(country) ?? 0) + 1);
  };
  for (const m of lookup.mentions(text)) count(m.outlet.name, m.outlet.country);
  for (const host of hosts) {
    const outlet = lookup.byHost(host);
    if (outlet) count(outlet.name, outlet.country);
  }
  const best = mostCounted(counts);
  return best && best.n >= MIN_OUTLETS ? best.country : null;
}

/** The hosts of an element's links, as written (relative links give none). */
export function linkHosts(root: Element | null): string[] {
  const hosts: string[] = [];
  for (const a of root?.querySelectorAll('a[href]') ?? []) {
    const host = /^(?:https?:)?\/\/([^/?#:]+)/i.exec(a.getAttribute('href') ?? '')?.[1];
    if (host) hosts.push(host.toLowerCase());
  }
  return hosts;
}
