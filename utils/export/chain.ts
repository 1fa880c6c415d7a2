// The chain of attribution as one line: "Publication ← Outlet ← Speaker".
import type { ClaimRecord } from '../storage/types';

export function speakerName(claim: Pick<ClaimRecord, 'speaker'>): string | null {
  const s = claim.speaker;
  if (!s) return null;
  return s.name ?? (s.mention ? `${s.mention} (unnamed)` : null);
}

export function attributionChain(claim: Pick<ClaimRecord, 'publication' | 'outlet' | 'speaker'>): string {
  const links = [claim.publication, claim.outlet, speakerName(claim)].filter((x): x is string => !!x);
  return links.join(' ← ');
}

export function isoDate(ms: number | null | undefined): string {
  return ms == null ? '' : new Date(ms).toISOString();
}
