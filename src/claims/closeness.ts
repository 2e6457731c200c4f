import type { Claim } from './claim.js';
import { agreement } from './equality.js';

/**
 * How closely two claims of two independent reports can be the same fact, in [0, 1]. The claims
 * diff asks whether two values are equal (`agreement`); two reporters round, so the aligner also asks
 * whether one value is the other written less precisely: "74,468,000 iPhones" / "74,5 Millionen",
 * "more than 74 million" / "74,5 Millionen", "195 countries" / "fast 200 Staaten", "rallied more
 * than 5 percent" / "um 5,70 Prozent". Both sides are the claims extractor's language-neutral
 * values, so "$18 billion" / "18 Milliarden Dollar" and "6-3" / "6:3" are already equal there.
 */
export function claimCloseness(a: Claim, b: Claim): number {
  if (a.soft || b.soft || a.type === 'negation' || b.type === 'negation' || a.type === 'entity' || b.type === 'entity') return 0;
  // The diff takes a bare number for the same figure said with a unit or as a factor ("over 60" /
  // "über 60-Jährige"); two reports are weaker evidence, weighed below as an untyped figure.
  const how = bareAgainstCounted(a, b) || bareAgainstCounted(b, a) ? 'different' : agreement(a, b);
  if (how === 'same') return CLOSENESS.same;
  if (how === 'converted' || how === 'partial') return CLOSENESS.partial;
  if (a.type === 'date' || b.type === 'date') return 0;
  const x = numericValue(a);
  const y = numericValue(b);
  if (x === undefined || y === undefined || x.value === 0 || y.value === 0) return 0;
  // Different kinds of figure ("5 %" and "$5") never agree. A bare number stands for a duration or an
  // age ("Müller (25)" / "the 25-year-old") or a large amount ("18 Milliarden" / "$18 billion"), but "a
  // hall for 1000 visitors" is no "$1,000".
  const typed = (c: Claim) => c.type !== 'number';
  if (typed(a) && typed(b) && (a.type !== b.type || a.kind !== b.kind || x.unit !== y.unit)) return 0;
  if (typed(a) !== typed(b) && !bareMayMean(typed(a) ? a : b, Math.abs(x.value))) return 0;
  const relaxed = typed(a) !== typed(b) ? CLOSENESS.untyped : 1;
  if (x.value === y.value) return relaxed * CLOSENESS.same;
  if (!roundsTo(x, y)) return 0;
  // A small figure rounded ("5" / "5.7") is a weaker hint than a large one ("74,468,000" / "74.5 million").
  const telling = Math.max(Math.abs(x.value), Math.abs(y.value)) >= 100 || Math.min(x.digits, y.digits) >= 2;
  return relaxed * (telling ? CLOSENESS.rounded : CLOSENESS.roundedSmall);
}

export const CLOSENESS = { same: 1, partial: 0.8, rounded: 0.7, roundedSmall: 0.4, untyped: 0.6 } as const;

function bareAgainstCounted(bare: Claim, counted: Claim): boolean {
  return bare.type === 'number' && bare.kind === 'number' && (counted.type === 'quantity' || (counted.type === 'number' && counted.kind === 'factor'));
}

/** Whether a bare number of this size can be the typed claim written without its unit. */
function bareMayMean(typed: Claim, size: number): boolean {
  if (typed.type === 'quantity') return typed.kind === 'duration';
  if (typed.type === 'ordinal') return true;
  return typed.type === 'amount' && size >= 1e6;
}

interface Figure {
  value: number;
  /** Significant digits as written: "74 million" has 2, "74,468,000" 5, "5.7%" 2. */
  digits: number;
  unit: string;
}

/** The number a claim states, with its precision; undefined for dates, ranges and versions. */
export function numericValue(claim: Claim): Figure | undefined {
  if (claim.kind === 'version' || claim.type === 'range' || claim.type === 'time') return undefined;
  const m = /^#?(-?\d+(?:\.\d+)?)(.*)$/.exec(claim.value);
  if (!m) return undefined;
  return { value: Number(m[1]), digits: significantDigits(m[1]!), unit: m[2]!.trim() };
}

function significantDigits(written: string): number {
  const digits = written.replace('-', '');
  if (digits.includes('.')) return Math.max(1, digits.replace('.', '').replace(/^0+/, '').length);
  return Math.max(1, digits.replace(/^0+/, '').replace(/0+$/, '').length);
}

/** Whether the more precise figure, rounded or cut to the other's significant digits, is the other. */
function roundsTo(a: Figure, b: Figure): boolean {
  const [coarse, fine] = a.digits <= b.digits ? [a, b] : [b, a];
  if (coarse.digits === fine.digits) return false;
  const scale = Math.pow(10, Math.floor(Math.log10(Math.abs(fine.value))) - coarse.digits + 1);
  const near = (x: number) => Math.abs(x - coarse.value) <= 1e-9 * Math.abs(coarse.value);
  return near(Math.round(fine.value / scale) * scale) || near(Math.trunc(fine.value / scale) * scale);
}
