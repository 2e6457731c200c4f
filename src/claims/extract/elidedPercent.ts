import type { Claim } from '../claim.js';
import { setAgainst } from './elidedCurrency.js';

/**
 * A figure in a list of percentages, said without its sign because the list has said it: "the Conservatives are on
 * 31 percent, Labour on 30 and the Liberal Democrats on 12 percent" = "Die Konservativen kommen auf 31 Prozent,
 * Labour auf 30 …". Only where the figure stands after the same word as the percentage before it ("on 31 percent …
 * on 30", "auf 31 Prozent … auf 30") and ends its phrase: after another word, or before a noun, a figure counts
 * something else ("31 percent of 200 members", "auf 30 Sitze").
 */
export function withElidedPercent(text: string, claims: Claim[]): Claim[] {
  let last: Claim | undefined;
  return claims.map((claim) => {
    if (claim.type === 'percentage') {
      last = claim;
      return claim;
    }
    if (!last || claim.type !== 'number' || claim.kind !== 'number' || claim.soft || claim.start - last.end > REACH) return claim;
    const word = wordBefore(text, claim.start);
    if (word === undefined || word !== wordBefore(text, last.start) || !PHRASE_END.test(text.slice(claim.end, claim.end + 12))) return claim;
    const sign = last.value.replace(/^-?[\d.]+/u, '');
    return { ...claim, type: 'percentage', kind: 'percentage', value: `${claim.value}${sign}` };
  });
}

/** How far after the percentage the figure may stand. */
const REACH = 80;
const PHRASE_END = /^(?:\s*(?:[,.;:!?)–—]|$)|\s+(?:and|or|und|oder|sowie|while|während)(?![\p{L}]))/u;

function wordBefore(text: string, at: number): string | undefined {
  return /(\p{L}+)\s+$/u.exec(text.slice(Math.max(0, at - 24), at))?.[1]?.toLowerCase();
}

/**
 * A figure right before a percentage it is set against, without the sign the percentage says after its figure:
 * "71 statt wie üblich 85 Prozent" = "71 percent instead of the usual 85 percent", "12 oder 15 Prozent". Only where
 * nothing but the word that sets them against each other stands between (see withCurrencyAhead).
 */
export function withPercentAhead(text: string, claims: Claim[]): Claim[] {
  return claims.map((claim, k) => {
    const next = claims[k + 1];
    if (!next || !setAgainst(text, claim, next, 'percentage')) return claim;
    return { ...claim, type: 'percentage', kind: 'percentage', value: `${claim.value}${next.value.replace(/^-?[\d.]+/u, '')}` };
  });
}
