import type { ClaimType } from '../core/claims.js';

/**
 * One claim found in one sentence, before comparison. `value` is language-neutral and is what
 * equality means ("7500000000 USD", "2021-04-29", "14:30"); `kind` says what the claim is about
 * (a currency, a unit's dimension, an entity category), and two claims are only ever paired into
 * a conflict when type and kind agree — "5 km" never conflicts with "5 kg".
 */
export interface Claim {
  type: ClaimType;
  /** Offsets into the sentence text. */
  start: number;
  end: number;
  value: string;
  kind: string;
  /**
   * A number for claims whose equality allows conversion between units ("5 mi" ≈ "8 km"):
   * the value in the dimension's base unit. Absent when only `value` equality counts.
   */
  base?: number;
  /**
   * Weak evidence: an adjective such as "deutsche" for Germany. It confirms an equal claim on the
   * other side but is never reported on its own (one side only) nor paired into a conflict.
   */
  soft?: boolean;
  /**
   * A time read off a 12-hour clock with nothing saying which half of the day ("halb acht", "7:30",
   * "eight o'clock"): it also agrees with the same time twelve hours on ("19:30 Uhr").
   */
  twelveHour?: boolean;
  /**
   * An amount whose currency names no country ("dollars", "Dollar", "$"): `value` takes the usual
   * reading (USD), and the amount also agrees with the same figure in any currency of this family ("A$").
   */
  openCurrency?: string;
  /**
   * A percentage said as a change ("rose by 25%", "ist um 25 Prozent gesunken"): the multiple of the
   * old value it makes (1.25, 0.75), so it agrees with the same change said as a factor or a fraction
   * ("rose by a quarter", "doubled" = "um 100 Prozent gestiegen").
   */
  change?: number;
  /**
   * Compared with a claim of its kind on the other side (a match or a conflict), but never reported
   * alone: an ordinal after "a" / "ein" ("a second term" / "eine dritte Amtszeit"), which is as often
   * "another" ("a second attempt" = "ein weiterer Versuch").
   */
  unreported?: boolean;
  /**
   * A share said as a part of a counted whole ("9 of the 16 states", "99 von 100 Bezirken"): the part and the whole,
   * which the other side may say as two figures without making them one ("neun der 16 Bundesländer").
   */
  count?: readonly [number, number];
  /** A time's zone, as minutes ahead of UTC ("MEZ" 60, "GMT" 0): two zoned times are compared in UTC. */
  zone?: number;
  /** A figure or time said as a lower bound ("more than", "über", "shortly after") or an upper one ("almost", "knapp", "kurz vor"); see bounds.ts. */
  bound?: 'min' | 'max';
}

/** The unit symbol of a quantity's value ("75 min" → "min"). */
export function unitOf(claim: Claim): string {
  return claim.value.slice(claim.value.indexOf(' ') + 1);
}

/** Prints a number without exponent or float noise: 7.5e9 → "7500000000", 0.1+0.2 → "0.3". */
export function formatNumber(value: number): string {
  const rounded = Number(value.toPrecision(12));
  if (Number.isInteger(rounded) && Math.abs(rounded) < 1e21) return BigInt(rounded).toString();
  return String(rounded);
}
