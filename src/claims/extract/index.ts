import { extractEraYears } from './eras.js';
import type { Lang } from '../../core/types.js';
import type { Claim } from '../claim.js';
import { extractBoth } from './both.js';
import { extractDates, extractWeekdays, withYearParts } from './dates.js';
import { extractRelativePeriods } from './relativePeriods.js';
import { extractPeriods, withCenturies } from './periods.js';
import { extractHolidays } from './holidays.js';
import { extractRegnalNumbers } from './regnal.js';
import { extractRoadNumbers } from './roads.js';
import { extractNumberedKinds } from './kinds.js';
import { extractWeekdayAbbreviations } from './weekdayAbbreviations.js';
import { extractEntities } from './entities.js';
import { NO_NAMES, type NameContext } from './names.js';
import { extractNegation } from './negation.js';
import { extractNegativeWords } from './negativeWords.js';
import { findNumericAtoms } from './numeric.js';
import { softenAlways, extractClockDurations, extractDaysAway, extractDaysFromToday, extractPartHours, joinDurations } from './durations.js';
import { pointsBesidePercent } from './points.js';
import { withCents, withCurrencyAhead, withElidedCurrency } from './elidedCurrency.js';
import { withElidedPercent, withPercentAhead } from './elidedPercent.js';
import { withExchangeRates } from './exchangeRates.js';
import { withPercentChanges } from './changes.js';
import { withBounds } from './bounds.js';
import { withBareHours } from './bareHours.js';
import { withTimeZones } from './timeZones.js';
import { claimsFromAtoms } from './ranges.js';
import { TakenSpans } from './spans.js';
import { extractTimes } from './times.js';
import { extractVersions } from './versions.js';
import { takeAddresses } from './links.js';
import { NO_MARKS, type MarkedSpans } from './markedText.js';

export interface ExtractOptions {
  /** Whether to find negation cues (default true); the aligner reads only figures and names. */
  negation?: boolean;
  /**
   * Which names to find: all (default), or only the gazetteer's, whose spellings differ between the
   * languages (Austria / Österreich, White House / Weißes Haus) — the aligner matches names written
   * alike by their words.
   */
  names?: 'all' | 'gazetteer';
}

/**
 * Every claim one sentence makes, in text order. Extractors run from the most specific form to
 * the most general, each skipping text an earlier one claimed: times, dates, weekdays, versions, numbers with their
 * qualifiers (amounts, percentages, quantities, ordinals, years) and ranges of them, then named
 * entities. Negation cues, and words that carry a negation (soft claims, see negativeWords.ts), are
 * found independently (they are words, not spans of other claims).
 * Addresses (see links.ts), the number of a numbered heading, and the interface labels, keys and code
 * the document's markup marks (see markedText.ts) are taken first: they hold no claims, no
 * negation either.
 */
export function extractClaims(text: string, lang: Lang, names: NameContext = NO_NAMES, marks: MarkedSpans = NO_MARKS, options: ExtractOptions = {}): Claim[] {
  const labels = new TakenSpans(marks.labels);
  const taken = new TakenSpans(marks.labels);
  takeAddresses(text, taken);
  takeSectionNumber(text, taken);
  const claims: Claim[] = [...extractEraYears(text, lang, taken), ...extractClockDurations(text, taken), ...extractTimes(text, lang, taken), ...extractPeriods(text, lang, taken), ...extractDates(text, lang, taken), ...extractHolidays(text, lang, taken), ...extractNumberedKinds(text, lang, taken), ...extractRegnalNumbers(text, taken), ...extractRoadNumbers(text, taken), ...extractWeekdays(text, lang, taken), ...extractWeekdayAbbreviations(text, lang, taken), ...extractVersions(text, taken), ...extractDaysAway(text, lang, taken), ...extractDaysFromToday(text, lang, taken), ...extractRelativePeriods(text, lang, taken), ...extractPartHours(text, taken)];
  const read = withPercentChanges(text, lang, pointsBesidePercent(text, joinDurations(text, claimsFromAtoms(text, findNumericAtoms(text, lang, taken)))));
  const numeric = withYearParts(text, lang, softenAlways(text, withExchangeRates(text, withCents(text, withPercentAhead(text, withElidedPercent(text, withCurrencyAhead(text, withElidedCurrency(text, read, lang))))))));
  // A soft number leaves its word to the names: "Nullmodem" opens with a number and is a name all the same.
  for (const claim of numeric) if (!(claim.soft && claim.type === 'number')) taken.take(claim.start, claim.end);
  numeric.push(...extractBoth(text, lang, taken));
  const negation = options.negation === false ? [] : [...extractNegation(text, lang), ...extractNegativeWords(text, lang)].filter((cue) => !labels.overlaps(cue.start, cue.end));
  // concat, not push(...): a document on one line may make more claims than a call takes arguments.
  return withBounds(text, lang, withTimeZones(text, withBareHours(text, lang, claims.concat(withCenturies(text, numeric))))).concat(extractEntities(text, lang, taken, names, marks.links, options.names === 'gazetteer'), negation).sort((a, b) => a.start - b.start || a.end - b.end);
}

/**
 * The number of a numbered heading ("5.6. Uploading a package", "4.2.6. Selecting the packages") is
 * the document's structure, not a claim: read as a date ("5.6." = 5 June) or a number, it would match
 * its translation's number trivially or conflict with a renumbered one. Two levels need the final
 * dot ("3.5 Millionen" is a number), three or more do not.
 */
function takeSectionNumber(text: string, taken: TakenSpans): void {
  const heading = /^[^\p{L}\p{N}]*?(\d{1,3}\.\d{1,3}\.|\d{1,3}(?:\.\d{1,3}){2,}\.?)(?=\s+[^\s\d])/u.exec(text);
  if (heading) taken.take(heading.index + heading[0].length - heading[1]!.length, heading.index + heading[0].length);
}
