import type { Lang } from '../../core/types.js';
import type { Claim } from '../claim.js';

/**
 * A figure or a time said as a bound: "more than 1,300" = "über 1300" (at least), "almost 5 million"
 * = "knapp 5 Millionen" (at most), "shortly before midnight" = "kurz vor Mitternacht" (at most). Two
 * claims of one value bounded the other way round say different things ("shortly before" / "kurz nach
 * Mitternacht", "more than" / "weniger als 1000"); a bound on one side only does not (translators drop
 * and add "rund", "gut", "knapp"), nor an estimate ("about", "rund": no bound).
 */
const FIGURE_BOUNDS: Record<Lang, Array<[RegExp, Claim['bound']]>> = {
  en: [
    [/(?:just|slightly|a\s+little)\s+(?:over|above|more\s+than)\s+$/iu, 'min'],
    [/(?:just|slightly|a\s+little)\s+(?:under|below|less\s+than|fewer\s+than)\s+$/iu, 'max'],
    [/(?:more\s+than|over|at\s+least|upwards\s+of|in\s+excess\s+of|above|well\s+over)\s+$/iu, 'min'],
    [/(?:less\s+than|fewer\s+than|under|up\s+to|at\s+most|almost|nearly|below|no\s+more\s+than)\s+$/iu, 'max'],
  ],
  de: [
    [/knapp\s+(?:über|mehr\s+als)\s+$/iu, 'min'],
    [/(?:knapp\s+)?(?:unter|weniger\s+als)\s+$/iu, 'max'],
    [/(?:mehr\s+als|über|mindestens|gut|oberhalb\s+von)\s+$/iu, 'min'],
    [/(?:bis\s+zu|höchstens|knapp|fast|beinahe|nahezu|maximal)\s+$/iu, 'max'],
  ],
};

const TIME_BOUNDS: Record<Lang, Array<[RegExp, Claim['bound']]>> = {
  en: [
    [/(?:before|until|till|by)\s+$/iu, 'max'],
    [/(?:after|from|since)\s+$/iu, 'min'],
  ],
  de: [
    [/(?:vor|bis)\s+$/iu, 'max'],
    [/(?:nach|ab|seit)\s+$/iu, 'min'],
  ],
};

/**
 * A negation in the bound's clause makes it unreliable, so it is dropped: "nicht über 25 °C lagern" is
 * "store below 25 °C" (the bound turned round), "did not end until shortly before midnight" is "endete
 * erst kurz vor Mitternacht" (not turned), and where the negation stands differs between the languages
 * (German puts it last: "auf Systemen mit weniger als 780 MB nicht verwenden"). A bound is compared only
 * where neither side negates its clause.
 */
const NEGATION_WORD = /(?:^|[^\p{L}])(?:[Nn]ot|[Cc]annot|\p{Ll}+n['’]t|[Nn]icht|[Nn]o|[Nn]ever|[Nn]ie|[Kk]ein\p{Ll}*)(?![\p{L}])/u;
const CLAUSE_MARK = /[,;:.!?()]/u;

function inNegatedClause(text: string, start: number, end: number): boolean {
  let from = start;
  while (from > 0 && start - from < 160 && !CLAUSE_MARK.test(text.charAt(from - 1))) from--;
  let to = end;
  while (to < text.length && to - end < 160 && !(CLAUSE_MARK.test(text.charAt(to)) && !/\d/.test(text.charAt(to + 1)))) to++;
  return NEGATION_WORD.test(text.slice(from, start)) || NEGATION_WORD.test(text.slice(end, to));
}

const BOUNDED: ReadonlySet<string> = new Set(['number', 'amount', 'percentage', 'quantity']);

/** Each table's patterns, preceded by a word boundary. */
const atWordStart = (table: Array<[RegExp, Claim['bound']]>): Array<[RegExp, Claim['bound']]> =>
  table.map(([pattern, bound]) => [new RegExp(String.raw`(?:^|[^\p{L}])${pattern.source}`, 'iu'), bound]);
const FIGURES = { en: atWordStart(FIGURE_BOUNDS.en), de: atWordStart(FIGURE_BOUNDS.de) };
const TIMES = { en: atWordStart(TIME_BOUNDS.en), de: atWordStart(TIME_BOUNDS.de) };

export function withBounds(text: string, lang: Lang, claims: Claim[]): Claim[] {
  return claims.map((claim) => {
    const table = claim.type === 'time' ? TIMES[lang] : BOUNDED.has(claim.type) ? FIGURES[lang] : undefined;
    if (!table) return claim;
    const before = text.slice(Math.max(0, claim.start - 24), claim.start);
    const found = table.find(([pattern]) => pattern.test(before));
    if (!found) return claim;
    return inNegatedClause(text, claim.start, claim.end) ? claim : { ...claim, bound: found[1] };
  });
}

/** Whether two claims are bounded the other way round. */
export function boundsDisagree(a: Claim, b: Claim): boolean {
  return a.bound !== undefined && b.bound !== undefined && a.bound !== b.bound;
}
