import type { Lang } from '../../core/types.js';
import { MONTHS } from '../vocabulary.js';
import type { NumericAtom } from './atom.js';

/**
 * Duden writes four-digit numbers without a separator ("2000 Beschwerden"), so a bare four-digit
 * number is a year only where it reads as one. After a word that bounds a quantity — "bis zu",
 * "mehr als", "weniger als", "mindestens", "höchstens", "knapp", "fast", "über", "unter" / "up to",
 * "more than", "fewer than", "at least", "nearly", "almost", "over", "under" — it is a count: a year
 * takes "bis", "seit", "ab", "um" instead. "rund", "etwa", "circa", "ungefähr" / "about", "around",
 * "roughly" date a year as well ("circa 1900 erbaut"), so after them the number is a count only
 * before the noun it counts: in German a capitalised word that is no month, in English a plural ("people" too).
 */
const BOUND: Record<Lang, RegExp> = {
  en: /(?:^|[^\p{L}])(?:up\s+to|more\s+than|fewer\s+than|less\s+than|at\s+least|at\s+most|nearly|almost|over|under)\s+$/iu,
  de: /(?:^|[^\p{L}])(?:bis\s+zu|mehr\s+als|weniger\s+als|mindestens|höchstens|knapp|fast|beinahe|über|unter)\s+$/iu,
};
const ESTIMATE: Record<Lang, RegExp> = {
  en: /(?:^|[^\p{L}])(?:about|around|roughly|approximately|some)\s+$/iu,
  de: /(?:^|[^\p{L}])(?:rund|etwa|circa|ca\.|ungefähr|zirka)\s+$/iu,
};
const MONTH_NAMES = new Set(MONTHS.de.flat());
const COUNTED: Record<Lang, (word: string) => boolean> = {
  en: (word) => (/^\p{Ll}{2,}s$/u.test(word) && !/^(?:was|is|has|its|this|does|as|us|his)$/u.test(word)) || /^(?:people|children|men|women|staff|police|cattle)$/u.test(word),
  de: (word) => /^\p{Lu}\p{Ll}+$/u.test(word) && !MONTH_NAMES.has(word),
};

/** Marks the four-digit numbers that count something as no year (see above). */
export function readCounts(text: string, atoms: NumericAtom[], lang: Lang): void {
  for (const atom of atoms) {
    if (!atom.fourDigits) continue;
    const before = text.slice(Math.max(0, atom.start - 16), atom.start);
    const next = wordAfter(text, atom);
    if (BOUND[lang].test(before) || (ESTIMATE[lang].test(before) && next !== undefined && COUNTED[lang](next))) atom.fourDigits = false;
  }
}

/**
 * Years before 1800 are dates only where a word of time says so: "since 1782", "the earthquake of 1755", "in
 * 1648" / "seit 1728", "im Jahr 1756", "das Erdbeben von 1755"; elsewhere such a number is as often a count
 * ("1500 Beschwerden"). Not before the noun it counts ("since 1500 people …", "von 1500 Mitgliedern"), and "of"
 * not after a word of measure ("a total of 1500"). After German "seit", "anno" and "im Jahr" only a unit of time
 * counts ("seit 1500 Jahren"): "seit 1627 Bier" is brewed since that year.
 */
const EARLY_YEAR_CUE: Record<Lang, RegExp> = {
  en: /(?:^|[^\p{L}])(?:(?:in|since|until|till|year|anno)|(?!(?:total|sum|number|maximum|minimum|average|height|depth|length|altitude|population|score|value|price|cost|area|capacity|distance)\s)\p{L}{3,}\s+of)\s+$/iu,
  de: /(?:^|[^\p{L}])\p{Lu}\p{Ll}{2,}\s+(?:von|aus)\s+$/u,
};
const EARLY_YEAR_TIME_CUE = /(?:^|[^\p{L}])(?:(?:im|des)\s+Jahre?s?|Jahre?|[Ss]eit|[Aa]nno)\s+$/u;
const UNIT_OF_TIME_DE = /^(?:Jahre?n?|Monaten?|Wochen|Tagen?|Stunden|Minuten|Sekunden|Generationen|Jahrzehnten?)$/u;
const EARLY_YEARS = { from: 1000, below: 1800 };

/** Marks the four-digit numbers before 1800 that a word of time makes years (see above). */
export function readEarlyYears(text: string, atoms: NumericAtom[], lang: Lang): void {
  for (const atom of atoms) {
    if (!atom.fourDigits || atom.n < EARLY_YEARS.from || atom.n >= EARLY_YEARS.below) continue;
    const before = text.slice(Math.max(0, atom.start - 24), atom.start);
    const next = wordAfter(text, atom);
    if (lang === 'de' && EARLY_YEAR_TIME_CUE.test(before)) atom.earlyYear = next === undefined || !UNIT_OF_TIME_DE.test(next);
    else if (EARLY_YEAR_CUE[lang].test(before)) atom.earlyYear = next === undefined || !COUNTED[lang](next);
  }
}

/** The word right after a number, what it may count. */
function wordAfter(text: string, atom: NumericAtom): string | undefined {
  return /^\s+([\p{L}]+)/u.exec(text.slice(atom.end, atom.end + 30))?.[1];
}
