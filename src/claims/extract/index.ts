import type { Lang } from '../../core/types.js';
import type { Claim } from '../claim.js';
import { extractDates } from './dates.js';
import { findNumericAtoms } from './numeric.js';
import { claimsFromAtoms } from './ranges.js';
import { TakenSpans } from './spans.js';
import { extractTimes } from './times.js';

/**
 * Every claim one sentence makes, in text order. Extractors run from the most specific form to
 * the most general, each skipping text an earlier one claimed: times, dates, then numbers with
 * their qualifiers (amounts, percentages, quantities, ordinals, years) and ranges of them.
 */
export function extractClaims(text: string, lang: Lang): Claim[] {
  const taken = new TakenSpans();
  const claims: Claim[] = [...extractTimes(text, lang, taken), ...extractDates(text, lang, taken)];
  claims.push(...claimsFromAtoms(text, findNumericAtoms(text, lang, taken)));
  return claims.sort((a, b) => a.start - b.start || a.end - b.end);
}
