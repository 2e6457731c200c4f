import type { Lang } from '../../core/types.js';
import type { Claim } from '../claim.js';
import type { TakenSpans } from './spans.js';

/**
 * Years counted from the start of the era, as style guides write them: "260 AD", "AD 79", "9 BC", "500 BCE"
 * (Chicago, Oxford), "260 n. Chr.", "9 v. Chr.", "500 v. u. Z." (Duden). A year before the era is another
 * year than the same number after it: the value carries the era ("-0009" for 9 BC, "0260" for AD 260),
 * and a year of the era with four digits is the plain year a date names ("AD 1066" = "1066"). The marker
 * is taken either way, so that "BC" and "AD" never read as names, after a century too ("the 5th century BC").
 */
const BEFORE = String.raw`B\.\s?C\.(?:\s?E\.)?|BCE?|v\.\s?(?:Chr\.|u\.\s?Z\.)|vor\s+(?:Christus|unserer\s+Zeitrechnung)`;
const AFTER = String.raw`A\.\s?D\.|AD|C\.E\.|CE|n\.\s?(?:Chr\.|u\.\s?Z\.)|nach\s+Christus`;
const MARKER = String.raw`(?:(${BEFORE})|${AFTER})`;

const ERA_YEAR: Record<Lang, RegExp> = {
  en: new RegExp(String.raw`(?<![\p{L}\p{N}.,])(?:(\d{1,4})\s*${MARKER}|(?:A\.\s?D\.|AD)\s+(\d{1,4}))(?![\p{L}\p{N}])`, 'gu'),
  de: new RegExp(String.raw`(?<![\p{L}\p{N}.,])(\d{1,4})\s*${MARKER}(?![\p{L}\p{N}])`, 'gu'),
};

/** An era marker without its year, after a century or a range's first year ("the 5th century BC", "300 and 100 BC"). */
const LONE_MARKER = new RegExp(String.raw`(?<![\p{L}])${MARKER}(?![\p{L}])`, 'gu');

export function extractEraYears(text: string, lang: Lang, taken: TakenSpans): Claim[] {
  const claims: Claim[] = [];
  if (!/BC|B\.C|AD|A\.D|CE|C\.E|Chr|u\.\s?Z|Christus|Zeitrechnung/.test(text)) return claims;
  for (const m of text.matchAll(ERA_YEAR[lang])) {
    const end = m.index + m[0].length;
    if (taken.overlaps(m.index, end)) continue;
    const year = Number(m[1] ?? m[3]);
    if (year === 0) continue;
    taken.take(m.index, end);
    const padded = String(year).padStart(4, '0');
    claims.push({ type: 'date', kind: 'date', start: m.index, end, value: m[2] !== undefined ? `-${padded}` : padded });
  }
  for (const m of text.matchAll(LONE_MARKER)) {
    const end = m.index + m[0].length;
    if (!taken.overlaps(m.index, end) && /\d\S*\s+(?:\p{L}+\s+)?$/u.test(text.slice(Math.max(0, m.index - 24), m.index))) taken.take(m.index, end);
  }
  return claims;
}
