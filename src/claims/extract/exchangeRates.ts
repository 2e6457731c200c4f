import type { Claim } from '../claim.js';

/**
 * A rate of exchange counts one currency per unit of another: "25 Kronen je Euro" = "25 per euro",
 * "1,08 Dollar pro Euro" = "1.08 dollars to the euro". English often leaves the first currency out,
 * so such a figure is read as the bare number, on both sides. Not a share of one currency ("42 Cent je
 * Euro" = "42 cents on the euro"), nor a price by weight ("7,25 Dollar je Pfund", so no pounds here).
 */
const PER_CURRENCY = /^[\s\u00a0]+(?:je|pro|per|to\s+the|to\s+one)[\s\u00a0]+(?:US-)?(Euro|Dollar|Franken|Yen|Rubel|Yuan|euros?|dollars?|francs?|yen|roubles?|rubles?|yuan)(?![\p{L}])/iu;

const CODES: Record<string, string> = { euro: 'EUR', dollar: 'USD', franken: 'CHF', franc: 'CHF', yen: 'JPY', rubel: 'RUB', rouble: 'RUB', ruble: 'RUB', yuan: 'CNY' };

export function withExchangeRates(text: string, claims: Claim[]): Claim[] {
  return claims.map((claim) => {
    if (claim.type !== 'amount') return claim;
    const per = PER_CURRENCY.exec(text.slice(claim.end, claim.end + 30));
    if (!per) return claim;
    const [figure, code] = claim.value.split(' ');
    if (code === CODES[per[1]!.toLowerCase().replace(/s$/, '')]) return claim;
    return { type: 'number', kind: 'number', start: claim.start, end: claim.end, value: figure! };
  });
}
