import type { Unit } from '../vocabulary.js';

/**
 * A number with what qualifies it: "$7.5 billion", "7,5 Mrd. Dollar", "5 %", "12 Meilen", "zwölf".
 * Turned into claims by `atomClaim`, or merged into ranges first.
 */
export interface NumericAtom {
  start: number;
  end: number;
  /** The number with its scale word applied. */
  n: number;
  /** True for a bare four-digit integer: a year when nothing qualifies it. */
  fourDigits: boolean;
  /** A four-digit number before 1800 that a word of time makes a year ("since 1782"; counts.ts). */
  earlyYear?: boolean;
  scale?: number;
  currency?: string;
  /** Hundredths of `currency` ("85 Cent", "10p"): `n` is already divided by it; a bare figure that takes the currency takes it too. */
  subunit?: number;
  unit?: Unit;
  percent?: boolean;
  /** Percentage points (factor 1) or basis points (0.01). */
  points?: number;
  /** Per mille ("0,5 Promille"): a share of its own unit. */
  perMille?: boolean;
  ordinal?: boolean;
  /** A multiple: "tripled", "fünfmal", "zweifach". */
  factor?: boolean;
  /** The currency's family when its name leaves the country open ("dollars"; see `Currency.open`). */
  openCurrency?: string;
  /** An order of magnitude said without a figure ("hundreds of", "Tausende"): its English name. */
  magnitude?: string;
  /** A fraction of a whole ("a third of", "jeder dritte", "one in three"): it pairs only with another share. */
  share?: boolean;
  /** A share said as a part of a counted whole ("9 of the 16 states"): the part and the whole (see Claim.count). */
  count?: readonly [number, number];
  /** A vague amount ("half of", "die Hälfte"): it confirms an equal claim but is never reported alone. */
  soft?: boolean;
  /** An ordinal after "a" / "ein" ("a second term"): it may conflict with another, but is never reported alone (see Claim.unreported). */
  unreported?: boolean;
}
