import { utcMinutes } from './extract/timeZones.js';
import { formatNumber, unitOf, type Claim } from './claim.js';
import { datesCompatible, weekdaysAgree } from './extract/dates.js';
import { isNamedFromNow, relativePeriodsAgree } from './extract/relativePeriods.js';
import { currencyFamily, measureFamily, unitBySymbol } from './vocabulary.js';
import { boundsDisagree } from './extract/bounds.js';

/**
 * Converted quantities agree within this relative tolerance: "5 miles" is 8.05 km and is
 * commonly written "8 km"; "60 miles" is often rounded to "100 km" (3.5% off).
 */
export const CONVERSION_TOLERANCE = 0.05;

export type Agreement = 'same' | 'converted' | 'partial' | 'different';

/** Whether two claims of one type say the same thing, and how. */
export function agreement(a: Claim, b: Claim): Agreement {
  // "shortly before" / "kurz nach Mitternacht", "more than" / "weniger als 1000".
  if (boundsDisagree(a, b)) return 'different';
  // A bare four-digit number is read as a year; "2,000 flights" = "2000 Flüge" all the same.
  if (isYearOrNumber(a) && isYearOrNumber(b) && a.type !== b.type) return a.value === b.value ? 'same' : 'different';
  // "its 50th anniversary" = "seines 50-jährigen Bestehens": the same number, counted differently.
  const ordinal = a.type === 'ordinal' ? a : b.type === 'ordinal' ? b : undefined;
  const other = ordinal === a ? b : a;
  if (ordinal && other !== ordinal && (other.type === 'number' || (other.type === 'quantity' && other.kind === 'duration'))) {
    // A soft ordinal ("first" as an adverb, see ordinals.ts) confirms an ordinal only, not the number.
    return ordinal.value.slice(1) === other.value.split(' ')[0] && !ordinal.soft ? 'partial' : 'different';
  }
  // "two doses" = "zweifach verabreicht", "over 60" = "über 60-Jährige": a bare number against the same
  // figure said as a factor or with a unit, which the other side leaves out.
  const bare = isBareNumber(a) ? a : isBareNumber(b) ? b : undefined;
  const counted = bare === a ? b : a;
  if (bare && counted !== bare && ((counted.type === 'number' && counted.kind === 'factor') || counted.type === 'quantity')) {
    return figureOf(counted) === bare.value ? 'partial' : 'different';
  }
  // Zero is zero in any unit: "a zero blood alcohol limit" = "eine Null-Promille-Grenze".
  if (bare && bare.value === '0' && counted.type === 'percentage') return Number.parseFloat(counted.value) === 0 ? 'partial' : 'different';
  // "a quarter of the risk" = "25 Prozent des Risikos": a share as a fraction and in percent.
  const share = a.kind === 'share' ? a : b.kind === 'share' ? b : undefined;
  const percent = share === a ? b : a;
  if (share && percent.type === 'percentage') {
    const inPct = inPercent(percent);
    return inPct !== undefined && Math.abs(Number(inPct) - 100 * Number(share.value)) < 0.5 ? 'converted' : 'different';
  }
  // "rose by a quarter" = "um 25 Prozent gestiegen", "doubled" = "um 100 Prozent gestiegen": one change,
  // as a multiple and in percent (to the percent's precision).
  const factor = a.kind === 'factor' ? a : b.kind === 'factor' ? b : undefined;
  const changed = factor === a ? b : a;
  if (factor && changed.change !== undefined) return Math.abs(100 * (changed.change - Number(figureOf(factor)))) < 0.5 ? 'converted' : 'different';
  if (a.type !== b.type) return 'different';
  // "0432 GMT" = "5.32 Uhr MEZ": zoned times compared in UTC, and told apart by it.
  if (a.type === 'time' && a.zone !== undefined && b.zone !== undefined && a.zone !== b.zone) return utcMinutes(a) === utcMinutes(b) ? 'converted' : 'different';
  if (a.value === b.value) return 'same';
  // "every 10 cycles" = "alle 10 Zyklen": one in N against its N, the same number counted differently.
  if (isOneIn(a, b) || isOneIn(b, a)) return 'partial';
  if (a.type === 'date' && (datesCompatible(a.value, b.value) || weekdaysAgree(a.value, b.value) || relativePeriodsAgree(a.value, b.value))) return 'partial';
  if (a.type === 'time' && (a.twelveHour || b.twelveHour) && twelveHoursApart(a.value, b.value)) return 'partial';
  if ((a.type === 'amount' || a.type === 'range') && (openAgrees(a, b) || openAgrees(b, a))) return 'partial';
  // "0.5 ‰" is "0.05 %": a share in per mille against the same share in percent.
  if (a.type === 'percentage' && inPercent(a) !== undefined && inPercent(a) === inPercent(b)) return 'converted';
  // "between 90 minutes and two hours" = "zwischen anderthalb und zwei Stunden": each end converted.
  if (a.type === 'range' && a.kind === b.kind && a.kind.startsWith('quantity:') && rangeConverts(a.value, b.value)) return 'converted';
  // Only a conversion rounds: "52 years" against "51 Jahre" is another figure, though within 5%.
  if (a.type === 'quantity' && a.kind === b.kind && a.base !== undefined && b.base !== undefined && unitOf(a) !== unitOf(b)) {
    const scale = Math.max(Math.abs(a.base), Math.abs(b.base));
    if (Math.abs(a.base - b.base) <= CONVERSION_TOLERANCE * scale) return 'converted';
  }
  return 'different';
}

/**
 * What two leftover claims of one type must share to pair into a conflict: their kind, but for
 * quantities the family of their dimension (see MEASURE_FAMILIES): "40 m²" against "40 m³" is a
 * unit swapped, "5 km" against "5 kg" two different measurements.
 */
export function pairingKind(claim: Claim): string {
  if (claim.type === 'date' && isNamedFromNow(claim.kind)) return 'named-from-now';
  return claim.type === 'quantity' ? measureFamily(claim.kind) : claim.kind;
}

/**
 * Two claims agree as `same` (see agreement) exactly when their keys are equal: the same type and
 * value, or a year and a bare four-digit number of the same value.
 */
export function sameKey(claim: Claim): string {
  return isYearOrNumber(claim) ? `four digits|${claim.value}` : `${claim.type}|${claim.value}`;
}

/**
 * Types whose claims can agree other than as `same`: `partial` (ordinals, dates, times on a 12-hour
 * clock, amounts in a currency that names no country) or `converted` (quantities).
 */
export const LOOSELY_AGREEING: Readonly<Record<string, readonly string[]>> = {
  ordinal: ['number', 'quantity'],
  number: ['ordinal', 'number', 'quantity', 'percentage'],
  quantity: ['ordinal', 'quantity', 'number'],
  date: ['date'],
  time: ['time'],
  amount: ['amount'],
  range: ['range'],
  percentage: ['percentage', 'number'],
};

/** A share in percent or per mille, as a percent figure ("5‰" → "0.5"); undefined for points. */
function inPercent(claim: Claim): string | undefined {
  const share = /^(-?\d+(?:\.\d+)?)([%‰])$/.exec(claim.value);
  if (!share) return undefined;
  return share[2] === '%' ? share[1] : formatNumber(Number(share[1]) / 10);
}

function isOneIn(share: Claim, count: Claim): boolean {
  return share.kind === 'share' && count.type === 'number' && count.kind === 'number' && Number(count.value) >= 2 && formatNumber(1 / Number(count.value)) === share.value;
}

/** A figure without unit or multiple; a share counts ("auf die Hälfte gesunken" is "halved", 0.5×). */
function isBareNumber(claim: Claim): boolean {
  return claim.type === 'number' && (claim.kind === 'number' || claim.kind === 'share');
}

/** The figure of a factor ("3×") or a quantity ("60 yr"). */
function figureOf(claim: Claim): string {
  return claim.value.replace(/×$/, '').split(' ')[0]!;
}


function twelveHoursApart(a: string, b: string): boolean {
  const minutes = (value: string) => Number(value.slice(0, 2)) * 60 + Number(value.slice(3, 5));
  return Math.abs(minutes(a) - minutes(b)) === 12 * 60;
}

/**
 * "5 dollars" agrees with "A$5", "5 to 7 dollars" with "A$5 to A$7": the same figures, each in a
 * currency of the family the open one names.
 */
function openAgrees(open: Claim, other: Claim): boolean {
  if (!open.openCurrency) return false;
  const ends = open.value.split('..');
  const otherEnds = other.value.split('..');
  return (
    ends.length === otherEnds.length &&
    ends.every((end, i) => {
      const [figure, code] = otherEnds[i]!.split(' ');
      return figure === end.split(' ')[0] && code !== undefined && (open.openCurrency === 'cent' || currencyFamily(code) === open.openCurrency);
    })
  );
}

function isYearOrNumber(claim: Claim): boolean {
  return (claim.type === 'date' || claim.type === 'number') && /^\d{4}$/.test(claim.value);
}

/**
 * Keys for finding a claim elsewhere in a document. Each claim is stored under its value; a full date
 * also under its day without the year, where only a yearless query ("April 29") looks. So "April 29"
 * finds "29. April 2021" and vice versa, but "29. April 2022" never finds "April 29, 2021". A bare
 * four-digit number and the same year find each other (see `agreement`).
 */
export function indexKeys(claim: Claim): string[] {
  // A bounded claim is found only by a query of the same bound or none ("more than 1,300" is no "weniger als 1300").
  return valueKeys(claim).map((key) => (claim.bound ? `${key}|${claim.bound}` : key));
}

function valueKeys(claim: Claim): string[] {
  const keys = [`${claim.type}|${claim.value}`];
  if (isYearOrNumber(claim)) keys.push(`four digits|${claim.value}`);
  const dated = /^\d{4}(-\d{2}(?:-\d{2})?)$/.exec(claim.value);
  if (claim.type === 'date' && dated) keys.push(`yearless date|-${dated[1]}`);
  // A part of a period ("early 2018", "Ende März") is found by the period said alone, and finds it (queryValueKeys),
  // but not another part of it.
  const part = PART.exec(claim.value);
  if (claim.type === 'date') keys.push(part ? `date|${part[1]}` : `whole period|${claim.value}`);
  return keys;
}

/** A date's value with the part of its period: "2018~start", "2026-03~end". */
const PART = /^(.+)~(?:start|mid|end)$/;

export function queryKeys(claim: Claim): string[] {
  return queryValueKeys(claim).flatMap((key) => (claim.bound ? [key, `${key}|${claim.bound}`] : [key, `${key}|min`, `${key}|max`]));
}

function queryValueKeys(claim: Claim): string[] {
  const keys = [`${claim.type}|${claim.value}`];
  if (isYearOrNumber(claim)) keys.push(`four digits|${claim.value}`);
  if (claim.type !== 'date') return keys;
  const part = PART.exec(claim.value);
  if (part) keys.push(`whole period|${part[1]}`);
  const dated = /^\d{4}(-\d{2}(?:-\d{2})?)$/.exec(claim.value);
  if (dated) keys.push(`date|-${dated[1]}`);
  else if (claim.value.startsWith('--')) keys.push(`yearless date|${claim.value}`);
  return keys;
}

/**
 * Whether two quantity ranges ("90 min..2 h", "1.5 h..2 h") have ends that convert into each other;
 * ends in the same unit must be equal (only a conversion rounds: "41 yr" is no "40 yr").
 */
function rangeConverts(a: string, b: string): boolean {
  const [x, y] = [a.split('..'), b.split('..')];
  if (x.length !== 2 || y.length !== 2) return false;
  return x.every((end, i) => {
    const other = y[i]!;
    if (end === other) return true;
    const [p, q] = [inBase(end), inBase(other)];
    return p !== undefined && q !== undefined && p.unit !== q.unit && Math.abs(p.base - q.base) <= CONVERSION_TOLERANCE * Math.max(Math.abs(p.base), Math.abs(q.base));
  });
}

/** A quantity written as "<number> <unit symbol>", in its unit's base, or undefined. */
function inBase(value: string): { base: number; unit: string } | undefined {
  const m = /^(-?[\d.]+) (\S+)$/.exec(value);
  const unit = m ? unitBySymbol(m[2]!) : undefined;
  return unit ? { base: Number(m![1]) * unit.factor, unit: unit.symbol } : undefined;
}
