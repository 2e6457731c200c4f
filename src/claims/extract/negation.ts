import type { Lang } from '../../core/types.js';
import type { Claim } from '../claim.js';

/**
 * Negation cues. A sentence's polarity is whether it has any; only that is compared, so
 * "not only" = "nicht nur" and "no longer" = "nicht mehr" agree without a list of idioms.
 * A contrastive "…, not X" / "(…, nicht X)" denies an alternative, not the statement, and is skipped.
 */
const CUES: Record<Lang, RegExp> = {
  en: /(?<![\p{L}\p{N}])(?:not|never|neither|nor|none|nobody|no-one|nothing|nowhere|without|cannot|no(?=\s+\p{Ll})|\p{L}+n['’]t)(?![\p{L}\p{N}])/giu,
  de: /(?<![\p{L}\p{N}])(?:nicht|nichts|nie|niemals|niemand|nirgends|nirgendwo|weder|ohne|keinerlei|kein(?:e[mnrs]?)?)(?![\p{L}\p{N}])/giu,
};

const CONTRAST = /[,(]\s*$/;

export function extractNegation(text: string, lang: Lang): Claim[] {
  const claims: Claim[] = [];
  for (const m of text.matchAll(CUES[lang])) {
    if (CONTRAST.test(text.slice(Math.max(0, m.index - 3), m.index))) continue;
    claims.push({ type: 'negation', kind: 'negation', start: m.index, end: m.index + m[0].length, value: 'negated' });
  }
  return claims;
}
