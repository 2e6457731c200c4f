import type { Claim } from '../claim.js';
import { CURRENCIES } from '../vocabulary.js';

/**
 * A rate of exchange counts one currency per unit of another: "25 Kronen je Euro" = "25 per euro",
 * "1,08 Dollar pro Euro" = "1.08 dollars to the euro". English often leaves the first currency out,
 * so such a figure is read as the bare number, on both sides. Not a share of one currency ("42 Cent je
 * Euro" = "42 cents on the euro"), nor a price by weight ("7,25 Dollar je Pfund", so no pounds here).
 */
const PER_CURRENCY = /^[\s\u00a0]+(?:je|pro|per|to\s+the|to\s+one)[\s\u00a0]+(?:US-)?(Euro|Dollar|Franken|Yen|Rubel|Yuan|euros?|dollars?|francs?|yen|roubles?|rubles?|yuan)(?![\p{L}])/iu;

/** The code of a currency by its bare name, singular or plural, as the currencies' table writes it ("francs" → CHF). */
function codeOfName(name: string): string | undefined {
  const lower = name.toLowerCase();
  const written = (suffix: string) => suffix.toLowerCase() === lower || suffix.toLowerCase() === `${lower}s`;
  return CURRENCIES.find((currency) => currency.subunit === undefined && [...currency.suffixes.en, ...currency.suffixes.de].some(written))?.code;
}

export function withExchangeRates(text: string, claims: Claim[]): Claim[] {
  return claims.map((claim) => {
    if (claim.type !== 'amount') return claim;
    const per = PER_CURRENCY.exec(text.slice(claim.end, claim.end + 30));
    if (!per) return claim;
    const [figure, code] = claim.value.split(' ');
    if (code === codeOfName(per[1]!)) return claim;
    return { type: 'number', kind: 'number', start: claim.start, end: claim.end, value: figure! };
  });
}
