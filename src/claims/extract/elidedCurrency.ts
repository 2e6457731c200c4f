import type { Lang } from '../../core/types.js';
import { formatNumber, unitOf, type Claim } from '../claim.js';

/**
 * A sum in millions after an amount, without a currency of its own, is in the amount's currency:
 * "7.8 million euros, 1.3 million more than planned" = "7,8 Millionen Euro, 1,5 Millionen mehr",
 * "980 Mio. Euro – fast eine Milliarde". News leaves the currency out once the sentence has said it;
 * the other language may repeat it ("almost €1 billion"). A figure followed by what it counts
 * ("1.3 million residents", "1,5 Millionen Menschen") counts that instead.
 */
const SCALED = /(?:million|billion|trillion|bn|Mio|Mrd|Millionen|Million|Milliarden|Milliarde|Billionen|Billion)\.?$/u;

/** What may follow a sum whose currency is left out: the end of the clause, or a word of comparison or of time. */
const ELIDED_AFTER =
  /^(?:\s*(?:[,.;:!?)–—-]|$)|\s+(?:more|less|fewer|than|higher|lower|above|below|over|under|each|apiece|per|a|in|on|at|to|from|for|this|last|and|or|mehr|weniger|als|höher|niedriger|jeweils|pro|im|am|bis|auf|und|oder|zu|für|vom|von)(?![\p{L}\p{N}]))/u;

/** How far back in the sentence the amount may stand. */
const REACH = 100;

/** In German also the verb it puts last in its clause ("hat erst 4,6 Millionen ausgezahlt."); its nouns are capitalised. */
const GERMAN_CLAUSE_END_VERB = /^\s+\p{Ll}+(?=\s*(?:[,.;:!?)]|$))/u;

export function withElidedCurrency(text: string, claims: Claim[], lang: Lang): Claim[] {
  let last: Claim | undefined;
  return claims.map((claim) => {
    if (claim.type === 'amount') {
      last = claim;
      return claim;
    }
    if (!last || claim.type !== 'number' || claim.kind !== 'number' || claim.start - last.end > REACH) return claim;
    const after = text.slice(claim.end, claim.end + 24);
    if (!SCALED.test(text.slice(claim.start, claim.end)) || !(ELIDED_AFTER.test(after) || (lang === 'de' && GERMAN_CLAUSE_END_VERB.test(after)))) return claim;
    const currency = unitOf(last);
    return { ...claim, type: 'amount', kind: last.kind, value: `${claim.value} ${currency}`, ...(last.openCurrency ? { openCurrency: last.openCurrency } : {}) };
  });
}

/**
 * A figure right before an amount it is set against, without the currency the amount says after its figure: "für
 * 2,99 statt bisher 3,49 Euro" = "2.99 euros instead of 3.49 euros", "2,99 oder 3,49 Euro", "2.99 rather than 3.49
 * euros". Only where nothing but the word that sets them against each other stands between.
 */
export function withCurrencyAhead(text: string, claims: Claim[]): Claim[] {
  return claims.map((claim, k) => {
    const next = claims[k + 1];
    if (!next || !setAgainst(text, claim, next, 'amount')) return claim;
    return { ...claim, type: 'amount', kind: next.kind, value: `${claim.value} ${unitOf(next)}`, ...(next.openCurrency ? { openCurrency: next.openCurrency } : {}) };
  });
}
/**
 * Whether `claim` is a bare figure set against `next`, a figure of `type` with its unit after it ("2,99 statt bisher 3,49
 * Euro", "71 statt wie üblich bei 85 Prozent"): only the word that sets them against each other stands between.
 */
export function setAgainst(text: string, claim: Claim, next: Claim, type: Claim['type']): boolean {
  return next.type === type && claim.type === 'number' && claim.kind === 'number' && !claim.soft && /^\d/u.test(text.slice(next.start, next.end)) && SET_AGAINST.test(text.slice(claim.end, next.start));
}
/** The word that sets one figure against the next, with what the other figure was: "statt wie üblich bei", "instead of the usual". */
const SET_AGAINST = /^\s+(?:statt|anstatt|anstelle\s+von|oder|bzw\.|beziehungsweise|instead\s+of|rather\s+than|or)(?:\s+(?:bisher|zuvor|vorher|früher|previously|earlier|formerly|the\s+(?:usual|previous|planned|expected)|(?:wie\s+)?(?:üblich|sonst|bisher|geplant|erwartet)(?:\s+(?:bei|von|auf))?))?\s+$/u;

/** "3 euros 20 cents" = "3,20 €", "two pounds and 50 pence": the cents belong to the sum before them. */
const JOIN_CENTS = /^\s+(?:and\s+|und\s+)?$/u;
const CENTS = /\s(?:cents?|pence|Cent|Rappen)$/u;

export function withCents(text: string, claims: Claim[]): Claim[] {
  const joined: Claim[] = [];
  for (let i = 0; i < claims.length; i++) {
    const claim = claims[i]!;
    const cents = claims[i + 1];
    // The cents are read as a sum of their own ("20 cents" = 0.2), a hundredth of the amount's currency.
    if (claim.type === 'amount' && cents?.type === 'amount' && /^\d{1,2}\s/.test(text.slice(cents.start, cents.end)) && JOIN_CENTS.test(text.slice(claim.end, cents.start)) && CENTS.test(text.slice(cents.start, cents.end))) {
      const amount = Number(claim.value.slice(0, claim.value.indexOf(' ')));
      joined.push({ ...claim, end: cents.end, value: `${formatNumber(amount + Number(cents.value.slice(0, cents.value.indexOf(' '))))} ${unitOf(claim)}` });
      i++;
      continue;
    }
    joined.push(claim);
  }
  return joined;
}
