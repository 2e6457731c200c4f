import type { Lang } from '../../core/types.js';
import type { Claim } from '../claim.js';
import type { TakenSpans } from './spans.js';

/**
 * "both" / "beide" count two: "the two countries" = "die beiden Länder", "both candidates" = "the two
 * candidates". A soft claim: it confirms a "two" on the other side and is never reported alone, since
 * "both" mostly says "also" and the other language often leaves it out.
 */
const BOTH: Record<Lang, RegExp> = {
  en: /(?<![\p{L}\p{N}])both(?![\p{L}\p{N}])/giu,
  de: /(?<![\p{L}\p{N}])beide[mnrs]?(?![\p{L}\p{N}])/giu,
};

export function extractBoth(text: string, lang: Lang, taken: TakenSpans): Claim[] {
  const claims: Claim[] = [];
  for (const m of text.matchAll(BOTH[lang])) {
    const end = m.index + m[0].length;
    if (taken.overlaps(m.index, end)) continue;
    claims.push({ type: 'number', kind: 'number', start: m.index, end, value: '2', soft: true });
  }
  return claims;
}
