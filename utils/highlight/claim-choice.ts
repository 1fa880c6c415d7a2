// Which claims the page paints. None until the reader asks (the passages and their sources come first); then
// the few most worth checking, then all. A function of the page and the reader's choice on it alone, so the
// page-readable highlight registry holds what any reader making the same choice gets (never what they saved).
import type { Claim } from '../claims/types';
import { visibleClaims } from './buckets';

export type ClaimsShown = 'none' | 'top' | 'all';

/** How many claims "the most check-worthy" shows. */
export const TOP_CLAIMS = 5;

export interface ClaimChoice {
  shown: ClaimsShown;
  minScore: number;
  showCommentary: boolean;
}

/**
 * The claims to paint, in the order given (page order): none; the `TOP_CLAIMS` highest scores (the earlier
 * claim first on a tie); or every claim over the reader's minimum score, the blogger's own only when asked for.
 */
export function chosenClaims<T extends Pick<Claim, 'kind' | 'score'>>(
  claims: readonly T[],
  choice: ClaimChoice,
): T[] {
  if (choice.shown === 'none') return [];
  const visible = visibleClaims(claims, choice);
  if (choice.shown === 'all' || visible.length <= TOP_CLAIMS) return visible;
  const top = new Set(
    visible
      .map((claim, i) => ({ claim, i }))
      .sort((a, b) => b.claim.score - a.claim.score || a.i - b.i)
      .slice(0, TOP_CLAIMS)
      .map(({ claim }) => claim),
  );
  return visible.filter((claim) => top.has(claim));
}
