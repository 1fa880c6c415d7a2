// An outlet's services ("BBC Radio Cumbria" of the BBC) as outlets of their own, so that a passage a local
// station carried is credited to the station, as the page names it, and the table still keeps one entry (with
// its domains and handles) for the whole organisation.
import { nameKey } from './normalise';
import type { Outlet } from './types';

/** A station's name with its network's name left off, as listeners say it: "Radio Cambridgeshire" for "BBC
 * Radio Cambridgeshire", "Radio Brisbane" for "ABC Radio Brisbane". Only "Radio" and a name of its own, so that
 * "BBC Scotland" never shortens to "Scotland"; null otherwise. */
export function stationShortName(service: string, network: Outlet): string | null {
  for (const prefix of [network.name, ...network.aliases]) {
    if (!service.startsWith(`${prefix} `)) continue;
    const rest = service.slice(prefix.length + 1);
    if (/^Radio \p{Lu}[\p{L}&' -]*$/u.test(rest) && !/^Radio (?:\d|One\b|Two\b)/u.test(rest)) return rest;
  }
  return null;
}

/** A name folded for comparing with an address's folder: lower case, no spaces, hyphens or underscores. */
const folded = (s: string): string => s.toLowerCase().replace(/[\s_-]+/g, '');

/** The service of `network` whose story a link's address files under a folder of its own name without the
 * network's, in the first two folders of its path: "itv.com/news/border/2026-12-04/…" is ITV Border,
 * "itv.com/news/tyne-tees/…" ITV Tyne Tees (regional newsrooms on the network's one site). Null when no folder
 * so names one, or the address has no path. */
export function serviceInPath(network: Outlet, address: string): string | null {
  if (!network.services) return null;
  const path = /^(?:[a-z][a-z0-9+.-]*:)?\/{0,2}[^/?#]+\/([^?#]*)/i.exec(address.trim())?.[1];
  if (!path) return null;
  const folders = path.split('/', 2).map(folded);
  for (const service of network.services)
    for (const prefix of [network.name, ...network.aliases]) {
      if (!service.startsWith(`${prefix} `)) continue;
      const own = folded(service.slice(prefix.length + 1));
      if (own.length >= 3 && folders.includes(own)) return service;
    }
  return null;
}

/** `outlets`, then an outlet for each service of each, in the table's order. A service has no domains or handles
 * of its own (a link to the organisation's site names the organisation); its aliases are its name without the
 * network's (stationShortName) when no outlet of the table is written so, and the names `serviceAliases` gives it. */
export function withServices(outlets: readonly Outlet[]): Outlet[] {
  const all = [...outlets];
  let written: Set<string> | null = null;
  for (const outlet of outlets)
    for (const name of outlet.services ?? []) {
      const short = stationShortName(name, outlet);
      written ??= short ? new Set(outlets.flatMap((o) => [o.name, ...o.aliases].map(nameKey))) : null;
      all.push({
        name,
        aliases: [
          ...(short && !written?.has(nameKey(short)) ? [short] : []),
          ...(outlet.serviceAliases?.[name] ?? []),
        ],
        domains: [],
        kind: outlet.kind,
        country: outlet.country,
        partOf: outlet.name,
        ...(outlet.source ? { source: outlet.source } : {}),
      });
    }
  return all;
}
