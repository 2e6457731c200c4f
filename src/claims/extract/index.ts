import type { Lang } from '../../core/types.js';
import type { Claim } from '../claim.js';
import { extractDates } from './dates.js';
import { extractEntities } from './entities.js';
import { NO_NAMES, type NameContext } from './names.js';
import { extractNegation } from './negation.js';
import { extractNegativeWords } from './negativeWords.js';
import { findNumericAtoms } from './numeric.js';
import { claimsFromAtoms } from './ranges.js';
import { TakenSpans } from './spans.js';
import { extractTimes } from './times.js';
import { takeAddresses } from './links.js';

/**
 * Every claim one sentence makes, in text order. Extractors run from the most specific form to
 * the most general, each skipping text an earlier one claimed: times, dates, numbers with their
 * qualifiers (amounts, percentages, quantities, ordinals, years) and ranges of them, then named
 * entities. Negation cues, and words that carry a negation (soft claims, see negativeWords.ts), are
 * found independently (they are words, not spans of other claims).
 * Addresses (see links.ts) and `interfaceSpans` — the interface labels, keys and code the document's
 * markup marks (see interfaceText.ts) — are taken first: they hold no claims, no negation either.
 */
export function extractClaims(text: string, lang: Lang, names: NameContext = NO_NAMES, interfaceSpans: ReadonlyArray<[number, number]> = []): Claim[] {
  const labels = new TakenSpans(interfaceSpans);
  const taken = new TakenSpans(interfaceSpans);
  takeAddresses(text, taken);
  const claims: Claim[] = [...extractTimes(text, lang, taken), ...extractDates(text, lang, taken)];
  const numeric = claimsFromAtoms(text, findNumericAtoms(text, lang, taken));
  for (const claim of numeric) taken.take(claim.start, claim.end);
  const negation = [...extractNegation(text, lang), ...extractNegativeWords(text, lang)].filter((cue) => !labels.overlaps(cue.start, cue.end));
  claims.push(...numeric, ...extractEntities(text, lang, taken, names), ...negation);
  return claims.sort((a, b) => a.start - b.start || a.end - b.end);
}
