import type { Claim } from '../claim.js';
import type { TakenSpans } from './spans.js';

/**
 * A ruler's or pope's number after the name, in Roman numerals: "Henry VIII" = "Heinrich VIII.",
 * "Louis XIV" = "Ludwig XIV.", "Pope Leo XIV" = "Papst Leo XIV.", "World War II" = "Zweiter Weltkrieg".
 * An ordinal claim, so "Louis XIV" / "Ludwig XV." conflict; the name before it is translated (see
 * regnalNameWritten). Two letters at least: a single "I", "V" or "X" is as often a word or a label.
 */
const REGNAL = /(?<=(?:^|[^\p{L}])\p{Lu}\p{Ll}+ )(?=[IVXL]{2,7}(?:\.|(?![\p{L}\p{N}])))(L?X{0,3}(?:IX|IV|V?I{0,3}))\.?(?![\p{L}\p{N}])/gu;

export function extractRegnalNumbers(text: string, taken: TakenSpans): Claim[] {
  if (!/[IVX]{2}/.test(text)) return [];
  const claims: Claim[] = [];
  for (const m of text.matchAll(REGNAL)) {
    const n = romanValue(m[1]!);
    const end = m.index + m[1]!.length + (text.charAt(m.index + m[1]!.length) === '.' ? 1 : 0);
    if (n < 2 || taken.overlaps(m.index, end)) continue;
    taken.take(m.index, end);
    claims.push({ type: 'ordinal', kind: 'ordinal', start: m.index, end, value: `#${n}` });
  }
  return claims;
}

const ROMAN: Readonly<Record<string, number>> = { I: 1, V: 5, X: 10, L: 50 };

export function romanValue(numeral: string): number {
  let total = 0;
  for (let k = 0; k < numeral.length; k++) {
    const value = ROMAN[numeral[k]!]!;
    const next = ROMAN[numeral[k + 1] ?? ''] ?? 0;
    total += value < next ? -value : value;
  }
  return total;
}
