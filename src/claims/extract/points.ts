import { formatNumber, type Claim } from '../claim.js';

/**
 * Beside a percentage, "points" are percentage points: "turnout was 68.4 percent, almost five points
 * higher" = "fast fünf Prozentpunkte höher". News leaves out "percentage" once the sentence has said
 * it; without a percentage near, points are a score ("scored five points").
 */
const POINTS_AFTER = /^[\s\u00a0]+(?:points?|Punkte[n]?|Punkt)(?![\p{L}\p{N}])/u;

export function pointsBesidePercent(text: string, claims: Claim[]): Claim[] {
  if (!claims.some((claim) => claim.type === 'percentage' && claim.value.endsWith('%'))) return claims;
  return claims.map((claim) => {
    // An index closes "at 19,384 points": a level, not percentage points.
    if (claim.type !== 'number' || claim.kind !== 'number' || Math.abs(Number(claim.value)) >= 100) return claim;
    const points = POINTS_AFTER.exec(text.slice(claim.end, claim.end + 12));
    if (!points) return claim;
    return { type: 'percentage', kind: 'percentage', start: claim.start, end: claim.end + points[0].length, value: `${formatNumber(Number(claim.value))} pp` };
  });
}
