// How a claim's source is named in lists and groups.
import type { Claim } from '../../utils/claims/types';

/** The group a claim is listed under on the current page: its outlet, or the blogger's own words. */
export function sourceGroup(claim: Pick<Claim, 'kind' | 'outlet' | 'publication'>): string {
  if (claim.outlet) return claim.outlet;
  if (claim.kind === 'commentary')
    return claim.publication ? `${claim.publication} (own words)` : 'The blogger (own words)';
  return 'Unnamed source';
}

export function groupBySource<T extends Pick<Claim, 'kind' | 'outlet' | 'publication'>>(
  claims: T[],
): Array<[string, T[]]> {
  const groups = new Map<string, T[]>();
  for (const claim of claims) {
    const key = sourceGroup(claim);
    const group = groups.get(key);
    if (group) group.push(claim);
    else groups.set(key, [claim]);
  }
  return [...groups];
}

export function parseTags(value: string): string[] {
  return value
    .split(',')
    .map((t) => t.trim())
    .filter(Boolean);
}
