// An outlet's services ("BBC Radio Cumbria" of the BBC) as outlets of their own, so that a passage a local
// station carried is credited to the station, as the page names it, and the table still keeps one entry (with
// its domains and handles) for the whole organisation.
import type { Outlet } from './types';

/** `outlets`, then an outlet for each service of each, in the table's order. A service has no domains, aliases
 * or handles of its own: a link to the organisation's site names the organisation. */
export function withServices(outlets: readonly Outlet[]): Outlet[] {
  const all = [...outlets];
  for (const outlet of outlets)
    for (const name of outlet.services ?? [])
      all.push({
        name,
        aliases: [],
        domains: [],
        kind: outlet.kind,
        country: outlet.country,
        partOf: outlet.name,
        ...(outlet.source ? { source: outlet.source } : {}),
      });
  return all;
}
