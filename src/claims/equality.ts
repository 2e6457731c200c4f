import type { Claim } from './claim.js';
import { datesCompatible } from './extract/dates.js';

/**
 * Converted quantities agree within this relative tolerance: "5 miles" is 8.05 km and is
 * commonly written "8 km"; "60 miles" is often rounded to "100 km" (3.5% off).
 */
export const CONVERSION_TOLERANCE = 0.05;

export type Agreement = 'same' | 'converted' | 'partial' | 'different';

/** Whether two claims of one type say the same thing, and how. */
export function agreement(a: Claim, b: Claim): Agreement {
  if (a.type !== b.type) return 'different';
  if (a.value === b.value) return 'same';
  if (a.type === 'date' && datesCompatible(a.value, b.value)) return 'partial';
  if (a.type === 'quantity' && a.kind === b.kind && a.base !== undefined && b.base !== undefined) {
    const scale = Math.max(Math.abs(a.base), Math.abs(b.base));
    if (Math.abs(a.base - b.base) <= CONVERSION_TOLERANCE * scale) return 'converted';
  }
  return 'different';
}

/** Keys under which a claim can be found elsewhere in a document: its value, and a dated value without its year. */
export function lookupKeys(claim: Claim): string[] {
  const keys = [`${claim.type}|${claim.value}`];
  if (claim.type === 'date') {
    const m = /^\d{4}(-\d{2}(?:-\d{2})?)$/.exec(claim.value);
    if (m) keys.push(`date|-${m[1]}`);
  }
  return keys;
}
