/**
 * English "pounds" is a weight or the British currency. It is money where the sentence names a price
 * before the figure — a verb or noun of paying ("costs 159 pounds", "paid 40 pounds", "the fine is 80
 * pounds", "a fee of 25 pounds", "sold for 3 pounds") — unless a substance follows, which only a
 * weight measures ("5 pounds of flour").
 */
const PRICE_BEFORE =
  /(?:^|[^\p{L}])(?:costs?|costing|paid|pays?|paying|prices?|priced(?:\s+at)?|fees?|fines?|fined|charges?|charged|for|worth|rent|salary|wages?|spent|spends?|spending|sold|bought|earns?|earned|earning)(?:\s+(?:is|was|are|were|of|at|just|only|about|around|some|nearly|almost|over|under|up\s+to|more\s+than|less\s+than|at\s+least))*\s+$/iu;

/** Whether the figure at `start`, whose unit of weight ends at `end`, is a price instead. */
export function isPrice(text: string, start: number, end: number): boolean {
  return PRICE_BEFORE.test(text.slice(Math.max(0, start - 40), start)) && !/^\s+of(?![\p{L}])/u.test(text.slice(end, end + 4));
}
