import type { Lang } from '../../core/types.js';
import type { NumericAtom } from './atom.js';

/**
 * An inexact quantity said by its order of magnitude: "dozens of", "hundreds of", "thousands of",
 * "tens of thousands of", "hundreds of thousands of", "millions of" = "Dutzende", "Hunderte",
 * "Tausende", "Zehntausende", "Hunderttausende", "Millionen" (Duden: also written small, "hunderte";
 * in the dative "zu Tausenden"; "Abertausende" is thousands upon thousands). A few of a round number
 * says the same: "several thousand" = "mehrere tausend" = "thousands", "einige hunderttausend" =
 * "hundreds of thousands"; and "tens of" things are dozens. The claim is the magnitude (`value` its
 * English name): it matches the same magnitude and conflicts with another.
 */
const EN_FEW = String.raw`(?:several|a\s+few)\s+`;
const DE_FEW = String.raw`(?:einige[nmr]?|mehrere[nr]?|wenige[nr]?|ein\s+paar|etliche[nr]?)\s+`;
/**
 * English takes the plural as a magnitude before "of", a verb or an auxiliary ("dozens were injured"), or at the
 * end of a clause ("by the thousands."): "the thousands separator" is none. A few of a round number is followed by what
 * it counts ("several thousand people").
 */
const EN_AFTER = String.raw`(?=\s+of(?![\p{L}])|\s+\p{Ll}+ed(?![\p{L}])|\s+(?:were|are|was|is|have|had|has|will|would|could|may|might)(?![\p{L}])|\s*[.,;:!?)]|\s*$)`;
function plural(source: string): string {
  return `(?:${source})${EN_AFTER}`;
}
/** German "Millionen" alone counts only where no number, and no word for a few, stands before it ("5 Millionen", "mehrere Millionen"). */
const DE_ALONE = String.raw`(?<!(?:\d|[\p{L}]*(?:ein|zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|zwölf|zig|ßig|hundert|tausend|mehrere|einige|wenige|paar|viele|etliche)|Mio\.|Mrd\.)\s+)`;
const MAGNITUDES: Array<{ value: string; n: number; en: string; de: string }> = [
  { value: 'dozens', n: 12, en: plural(String.raw`dozens|tens(?=\s+of\s+(?!thousands|millions))`), de: 'dutzende' },
  { value: 'hundreds', n: 1e2, en: `${plural('hundreds')}|${EN_FEW}hundred`, de: `(?:aber)?hunderte|${DE_FEW}hundert` },
  { value: 'thousands', n: 1e3, en: `${plural('thousands')}|${EN_FEW}thousand`, de: `(?:aber)?tausende|${DE_FEW}tausend` },
  { value: 'tens of thousands', n: 1e4, en: plural(String.raw`tens\s+of\s+thousands`), de: `zehntausende|${DE_FEW}zehntausend` },
  { value: 'hundreds of thousands', n: 1e5, en: `${plural(String.raw`hundreds\s+of\s+thousands`)}|${EN_FEW}${String.raw`hundred\s+thousand`}`, de: `hunderttausende|${DE_FEW}hunderttausend` },
  { value: 'millions', n: 1e6, en: `${plural('millions')}|${EN_FEW}million`, de: `${DE_ALONE}Millionen|${DE_FEW}Millionen` },
  { value: 'tens of millions', n: 1e7, en: plural(String.raw`tens\s+of\s+millions`), de: String.raw`zig\s+Millionen` },
  { value: 'hundreds of millions', n: 1e8, en: plural(String.raw`hundreds\s+of\s+millions`), de: String.raw`hunderte\s+(?:von\s+)?Millionen` },
  { value: 'billions', n: 1e9, en: `${plural('billions')}|${EN_FEW}billion`, de: `${DE_ALONE}Milliarden|${DE_FEW}Milliarden` },
];


// No look-behind first, so that the engine skips to a word of the patterns; the word boundary before is checked on the match.
const PATTERN: Record<Lang, RegExp> = {
  en: new RegExp(String.raw`(?:${largestFirst('en')})(?![\p{L}\p{N}])`, 'giu'),
  de: new RegExp(String.raw`(?:${largestFirst('de')})(?:n|(?<genitive>r))?(?![\p{L}\p{N}])`, 'giu'),
};
const HINT: Record<Lang, RegExp> = { en: /dozens|hundred|thousand|million|billion|tens\s+of/i, de: /dutzende|hundert|tausend|millionen|milliarden/i };

/** Each magnitude's pattern as a named alternative, the largest first ("hundreds of thousands" before "hundreds"). */
function largestFirst(lang: Lang): string {
  return MAGNITUDES.map((m, i) => ({ i, source: m[lang] }))
    .sort((a, b) => MAGNITUDES[b.i]!.n - MAGNITUDES[a.i]!.n)
    .map(({ i, source }) => `(?<m${i}>${source})`)
    .join('|');
}

/**
 * The genitive plural "Tausender" of "die Server Tausender Kunden" (Duden: "das Schicksal Tausender"): no
 * article or number before it, a noun or "von" after it. "ein Tausender", "mit zwei Hundertern" are notes of money.
 */
function isGenitiveMagnitude(text: string, start: number, end: number): boolean {
  const before = /(\p{L}+|\d+)\s+$/u.exec(text.slice(Math.max(0, start - 30), start))?.[1];
  if (before !== undefined && /^(?:ein|eine[mnrs]?|der|den|dem|des|die|das|zwei|drei|vier|fünf|zehn|mehrere[nr]?|einige[nr]?|viele[nr]?|\d+)$/iu.test(before)) return false;
  return /^\s+(?:\p{Lu}|von\s)/u.test(text.slice(end, end + 6));
}

export function findMagnitudeAtoms(text: string, lang: Lang): NumericAtom[] {
  if (!HINT[lang].test(text)) return [];
  const atoms: NumericAtom[] = [];
  for (const m of text.matchAll(PATTERN[lang])) {
    if (m.index > 0 && /[\p{L}\p{N}]/u.test(text.charAt(m.index - 1))) continue;
    const i = MAGNITUDES.findIndex((_, k) => m.groups?.[`m${k}`] !== undefined);
    // German "Millionen" is a noun, written with a capital; "millionen" is no word.
    if (lang === 'de' && MAGNITUDES[i]!.n >= 1e6 && !/Milli/u.test(m[0])) continue;
    if (m.groups?.genitive !== undefined && !isGenitiveMagnitude(text, m.index, m.index + m[0].length)) continue;
    atoms.push({ start: m.index, end: m.index + m[0].length, n: MAGNITUDES[i]!.n, fourDigits: false, magnitude: MAGNITUDES[i]!.value });
  }
  return atoms;
}
