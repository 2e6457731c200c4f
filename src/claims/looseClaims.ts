import type { Claim } from './claim.js';

/**
 * Claims said loosely: a day next to today ("today", "heute", "yesterday"), a week, month or year named
 * from now ("last week", "im kommenden Jahr"), a season without its year ("in winter"), and those
 * marked `unreported` ("a second term"). They conflict with another of their
 * kind in the linked sentence ("tomorrow" / "heute"), but alone they are no finding: translators say
 * them otherwise ("today" = "heutzutage", "derzeit"; "in winter" = "in der kalten Jahreszeit"; "a
 * second attempt" = "ein weiterer Versuch"), and "heute" often means "nowadays".
 */
export function isNeverAlone(claim: Claim): boolean {
  // Days counted ("vorgestern", "three days ago") are said so on both sides.
  return claim.unreported === true || (claim.type === 'date' && ((claim.kind === 'relative-day' && /^day -?[01]$/.test(claim.value)) || claim.kind === 'relative-period' || /^--S\d$/.test(claim.value)));
}
