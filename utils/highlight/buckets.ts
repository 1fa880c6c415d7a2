// Check-worthiness in three strengths of highlight, so the claims most worth checking stand out.
import type { Claim } from '../claims/types';

export type ClaimStyle = 'low' | 'mid' | 'high' | 'commentary';

/** Scores at or above these start the next bucket (BASE 0.3 in utils/claims/score.ts is "nothing special"). */
export const BUCKET_LIMITS = { mid: 0.45, high: 0.7 } as const;

export function bucketOf(score: number): 'low' | 'mid' | 'high' {
  if (score >= BUCKET_LIMITS.high) return 'high';
  if (score >= BUCKET_LIMITS.mid) return 'mid';
  return 'low';
}

/** The blogger's own sentences always get the quiet commentary style, whatever their score. */
export function claimStyleOf(claim: Pick<Claim, 'kind' | 'score'>): ClaimStyle {
  return claim.kind === 'commentary' ? 'commentary' : bucketOf(claim.score);
}

/** The claims the page shows: at least the reader's minimum score, commentary only when asked for. */
export function visibleClaims<T extends Pick<Claim, 'kind' | 'score'>>(
  claims: readonly T[],
  options: { minScore: number; showCommentary: boolean },
): T[] {
  return claims.filter(
    (c) => c.score >= options.minScore && (options.showCommentary || c.kind !== 'commentary'),
  );
}
