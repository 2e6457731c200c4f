import type { Claim } from '../claim.js';
import type { TakenSpans } from './spans.js';

/**
 * A number of three or more dotted parts is a version or a section ("kernel 5.10.2", "see 4.2.6"),
 * one claim written alike in both languages. Read as numbers, "5.10.2" was the decimal 5.1 and
 * matched "5.10.3". Runs after dates ("29.04.2021" is a date) and before numbers.
 */
export function extractVersions(text: string, taken: TakenSpans): Claim[] {
  const claims: Claim[] = [];
  for (const m of text.matchAll(VERSION)) {
    const end = m.index + m[0].length;
    // "1.000.000" is a German million, grouped in thousands.
    if (GROUPED.test(m[0]) || taken.overlaps(m.index, end)) continue;
    taken.take(m.index, end);
    claims.push({ type: 'number', kind: 'version', start: m.index, end, value: m[0] });
  }
  return claims;
}

const GROUPED = /^\d{1,3}(?:\.\d{3})+$/;
const VERSION = /(?<![\p{L}\p{N}.,])\d{1,4}(?:\.\d{1,4}){2,}(?![\p{N}]|[.,]\d)/gu;
