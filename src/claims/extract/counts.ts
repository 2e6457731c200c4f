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
 * before the noun it counts: in German a capitalised word that is no month, in English a plural.
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
  en: (word) => /^\p{Ll}{2,}s$/u.test(word) && !/^(?:was|is|has|its|this|does|as|us|his)$/u.test(word),
  de: (word) => /^\p{Lu}\p{Ll}+$/u.test(word) && !MONTH_NAMES.has(word),
};

/** Marks the four-digit numbers that count something as no year (see above). */
export function readCounts(text: string, atoms: NumericAtom[], lang: Lang): void {
  for (const atom of atoms) {
    if (!atom.fourDigits) continue;
    const before = text.slice(Math.max(0, atom.start - 16), atom.start);
    const next = /^\s+([\p{L}]+)/u.exec(text.slice(atom.end, atom.end + 30))?.[1];
    if (BOUND[lang].test(before) || (ESTIMATE[lang].test(before) && next !== undefined && COUNTED[lang](next))) atom.fourDigits = false;
  }
}
