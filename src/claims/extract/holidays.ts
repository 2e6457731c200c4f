import type { Lang } from '../../core/types.js';
import type { Claim } from '../claim.js';
import type { TakenSpans } from './spans.js';

/**
 * Feasts on a fixed day of the year, by name: "New Year's Eve" = "Silvester" = 31 December,
 * "Christmas Eve" = "Heiligabend", "Boxing Day" = "zweiter Weihnachtstag". German joins them to what
 * happens then ("Silvesterlauf" = "New Year's Eve run"). Read as the date they are, so that "Silvester"
 * agrees with "31 December" and "New Year's Eve" is no name ("New Year", "Eve"). Soft: a translation
 * says "at the turn of the year" or "Silvesterfeuerwerk" = "New Year fireworks", so a feast confirms
 * the other side's date but is never reported alone.
 */
const FEASTS: Record<Lang, Array<[RegExp, string]>> = {
  en: [
    [/New\s+Year['’]?s\s+Eve/gu, '--12-31'],
    [/New\s+Year['’]?s\s+Day/gu, '--01-01'],
    [/Christmas\s+Eve/gu, '--12-24'],
    [/Christmas\s+Day/gu, '--12-25'],
    [/Boxing\s+Day/gu, '--12-26'],
  ],
  de: [
    [/Silvester\p{Ll}*/gu, '--12-31'],
    [/Neujahr(?:s\p{Ll}*)?/gu, '--01-01'],
    [/Heilig(?:abend|en\s+Abend)\p{Ll}*/gu, '--12-24'],
    [/(?:[Ee]rste[nmr]?|1\.)\s+Weihnachts(?:feier)?tag(?:e?s)?/gu, '--12-25'],
    [/(?:[Zz]weite[nmr]?|2\.)\s+Weihnachts(?:feier)?tag(?:e?s)?/gu, '--12-26'],
  ],
};

const HINT = /Year|Christmas|Boxing|Silvester|Neujahr|Heilig|Weihnacht/u;

export function extractHolidays(text: string, lang: Lang, taken: TakenSpans): Claim[] {
  if (!HINT.test(text)) return [];
  const claims: Claim[] = [];
  for (const [pattern, value] of FEASTS[lang]) {
    for (const m of text.matchAll(pattern)) {
      const end = m.index + m[0].length;
      if ((m.index > 0 && /[\p{L}\p{N}]/u.test(text.charAt(m.index - 1))) || taken.overlaps(m.index, end)) continue;
      taken.take(m.index, end);
      claims.push({ type: 'date', kind: 'date', start: m.index, end, value, soft: true });
    }
  }
  return claims.sort((a, b) => a.start - b.start);
}
