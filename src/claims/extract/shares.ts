import type { Lang } from '../../core/types.js';
import { ORDINAL_WORD_SOURCE, SPELLED_SOURCE, parseDigits, parseOrdinalWord, parseSpelled } from '../numerals.js';
import { UNITS } from '../vocabulary.js';
import type { NumericAtom } from './atom.js';

/**
 * A share said as a proportion of a count or as every n-th member of a group, the same claim as the
 * fraction: "one in three" = "one out of every three" = "every third resident" = "ein Drittel" =
 * "jeder dritte Einwohner" (1/3); "every other household" = "jeder zweite Haushalt" = half; "two out
 * of three" = "zwei Drittel". Each match is a finished atom, a share.
 */
const EN_NUMERATORS: Record<string, number> = { one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9 };
const SCALES = 'thousand|million|billion|Tausend|Million|Millionen|Milliarde|Milliarden';

// Each pattern starts with a word, not a look-behind, so that the engine skips to it; the word
// boundary before is checked on the match.
const AFTER = String.raw`(?![\p{L}\p{N}])`;
/** "received two warnings in 2023 and one in 2024": a year after "in" is when, unless what it counts follows ("one in 2000 people"). */
const NOT_A_YEAR = String.raw`(?!(?:1[89]|20)\d\d(?![\d]|[,.]\d)(?!\s+(?!(?:and|or|but|when|while|after|before|to|for|with|at|on|in|by|from|as|the|was|were|is|are|had|has)(?![\p{L}]))\p{Ll}{3,}))`;
/**
 * "one in three", "one out of every five", "1 in 3", "2 out of 3", "94 of every 100", "4 in 10"; not
 * "one in ten thousand" read as a tenth. A figure other than 1 before "in" is mostly a count ("2 in 3
 * steps"), save one in ten, a hundred or a thousand, as polls say it.
 */
const EN_PROPORTION = new RegExp(
  String.raw`(${Object.keys(EN_NUMERATORS).join('|')}|1(?=\s+in)|\d{1,3}(?=\s+in\s+(?:10|100|1,000)(?![\d,.]))|\d{1,3}(?=\s+(?:out|of\s+every)))\s+(?:in|out\s+of|of(?=\s+every))\s+(?:every\s+)?(${SPELLED_SOURCE.en}|\d{1,3}(?:,\d{3})+|${NOT_A_YEAR}\d+)(?![.,]?\d|[-\u2010]\p{L})${AFTER}(?!\s+(?:${SCALES})(?![\p{L}]))`,
  'giu',
);
/**
 * "every third resident", "every other day", "every 10th voter", before the noun it counts ("every
 * third party" is any other party); "every 50 boots" = "jeden 50. Start", but not an interval ("every
 * 5 minutes", see INTERVALS).
 */
const EN_EVERY = new RegExp(
  String.raw`every\s+(?:(other|${ORDINAL_WORD_SOURCE.en}|\d{1,3}(?:st|nd|rd|th))${AFTER}(?=\s+\p{L})(?!\s+(?:part(?:y|ies)|of|or|and|to|in|on|at|for|until|while|when|counts|matters)(?![\p{L}]))|(\d{1,4}|${SPELLED_SOURCE.en})${AFTER}(?=\s+(\p{Ll}+s)(?![\p{L}])))`,
  'giu',
);
/** "jeder dritte Einwohner", "jede zweite Frau", "jeden fünften Tag", "jeder Zehnte", "jeder 10. Deutsche"; not "jedem Dritten", the law's "any third party" (see THIRD_PARTY). */
const DE_EVERY = new RegExp(String.raw`jede[mnrs]?\s+(${ORDINAL_WORD_SOURCE.de}|\d{1,3}\.(?=\s+\p{L}))${AFTER}`, 'giu');

/**
 * "neun von zehn Patienten", "9 von 10 Zahnärzten" = "nine in ten", "9 out of 10": German says a
 * proportion with "von", before the plural noun or group it counts. After a noun the pair numbers a
 * place in a series ("Seite 3 von 10", "Teil 2 von 3"), no share; and "einer von" / "eines von" picks
 * one ("eines von fünf möglichen Argumenten" = "one of five"), where German says a proportion of one
 * with "jeder Dritte".
 */
const DE_PROPORTION = new RegExp(
  String.raw`(${SPELLED_SOURCE.de}|\d{1,3})\s+von\s+(${SPELLED_SOURCE.de}|\d{1,3}(?:\.\d{3})*)${AFTER}(?=\s+(?:\p{Lu}|der\s|aller\s|allen\s))`,
  'giu',
);

/**
 * "97 of 103 votes", "three of five members", "9 of 15 test shots", "9 of the 16 states" = "97 von 103 Stimmen": a
 * proportion in English too, before the plural noun it counts (one word may stand before it) or with the noun left
 * out ("115 of 200 in the Senate"); after a word of a series it is a place ("page 3 of 10", "step 2 of 5").
 */
const EN_OF = new RegExp(
  String.raw`(${SPELLED_SOURCE.en}|\d{1,3})\s+of\s+(?:the\s+|its\s+|their\s+)?(${SPELLED_SOURCE.en}|\d{1,3}(?:,\d{3})*)${AFTER}(?=\s+(?:\p{Ll}{3,}\s+)?\p{Ll}{2,}s(?![\p{L}])|\s+(?:in|at|on|across|from|nationwide)\s|\s*[,;:)])`,
  'giu',
);
const SERIES_BEFORE = /(?<![\p{L}])(?:page|part|chapter|step|episode|volume|game|match|round|stage|day|week|item|slide|question|figure|table|section|issue|number|no\.)\s+$/iu;

/**
 * "99 der 100 Bezirke", "3 der 27 befragten Stadtwerke": the genitive says the same proportion as "von", before the
 * noun it counts ("Nach Auszählung von 99 der 100 Bezirke" = "with 99 of 100 districts counted").
 */
const DE_OF_THE = new RegExp(String.raw`(${SPELLED_SOURCE.de}|\d{1,3})\s+der\s+(${SPELLED_SOURCE.de}|\d{1,3}(?:\.\d{3})*)${AFTER}(?=\s+(?:\p{Ll}+\s+)?\p{Lu}\p{Ll})`, 'gu');

/** Whether a noun stands right before `index`, not at the sentence's start: "Seite 3 von 10". */
function afterNoun(text: string, index: number): boolean {
  const before = /(\S+)\s+$/u.exec(text.slice(Math.max(0, index - 40), index));
  if (!before || !/^\p{Lu}\p{Ll}/u.test(before[1]!)) return false;
  return !/(?:^|[.!?:]\s+)\S+\s+$/u.test(text.slice(0, index));
}

function germanCount(written: string): number | undefined {
  return /\d/.test(written) ? parseDigits(written, 'de') : parseSpelled(written, 'de');
}

export function findShareAtoms(text: string, lang: Lang): NumericAtom[] {
  const atoms: NumericAtom[] = [];
  // `counted`: the share names its part and its whole as figures ("9 of the 16"), not "one in three" or "every third".
  const add = (m: RegExpMatchArray, part: number | undefined, whole: number | undefined, counted = false) => {
    if (part !== undefined && whole !== undefined && whole >= 2 && part < whole && startsWord(text, m.index!)) {
      atoms.push({ start: m.index!, end: m.index! + m[0].length, n: part / whole, fourDigits: false, share: true, ...(counted ? { count: [part, whole] as const } : {}) });
    }
  };
  if (lang === 'de') {
    if (/jede/i.test(text)) for (const m of text.matchAll(DE_EVERY)) if (!THIRD_PARTY.test(m[0]) && !weekdayOfMonthAfter(text, m, 'de')) add(m, 1, germanEvery(m[1]!));
    if (/\svon\s/.test(text)) for (const m of text.matchAll(DE_PROPORTION)) if (!afterNoun(text, m.index)) add(m, germanCount(m[1]!), germanCount(m[2]!), true);
    if (/\sder\s/.test(text)) for (const m of text.matchAll(DE_OF_THE)) add(m, germanCount(m[1]!), germanCount(m[2]!), true);
    return atoms.sort((a, b) => a.start - b.start);
  }
  if (/(?:one|two|three|four|five|six|seven|eight|nine|\d)\s+(?:in|out\s+of|of\s+every)\s/i.test(text)) for (const m of text.matchAll(EN_PROPORTION)) add(m, EN_NUMERATORS[m[1]!.toLowerCase()] ?? count(m[1]!), count(m[2]!));
  if (/\sof\s/.test(text)) for (const m of text.matchAll(EN_OF)) if (!SERIES_BEFORE.test(text.slice(Math.max(0, m.index - 12), m.index))) add(m, count(m[1]!), count(m[2]!), true);
  if (/every\s/i.test(text)) {
    for (const m of text.matchAll(EN_EVERY)) {
      if (m[1] !== undefined) {
        if (!weekdayOfMonthAfter(text, m, 'en')) add(m, 1, m[1].toLowerCase() === 'other' ? 2 : every(m[1]));
      } else if (!INTERVALS.has(m[3]!.toLowerCase())) add(m, 1, count(m[2]!));
    }
  }
  return atoms.sort((a, b) => a.start - b.start);
}

/**
 * "jeden zweiten Dienstag im Monat", "every second Tuesday of the month": the weekday's place in each month (the
 * second Tuesday), an ordinal, not every other Tuesday.
 */
const WEEKDAY_OF_MONTH: Record<Lang, RegExp> = {
  de: /^\s+(?:Montag|Dienstag|Mittwoch|Donnerstag|Freitag|Samstag|Sonnabend|Sonntag|Werktag)e?s?\s+(?:im|des|eines|pro|jedes)\s+Monats?(?![\p{L}])/u,
  en: /^\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|weekday)\s+(?:of|in)\s+(?:the|each|every|a)\s+month(?![\p{L}])/iu,
};

function weekdayOfMonthAfter(text: string, m: RegExpMatchArray, lang: Lang): boolean {
  const end = m.index! + m[0].length;
  return WEEKDAY_OF_MONTH[lang].test(text.slice(end, end + 60));
}

function startsWord(text: string, index: number): boolean {
  return index === 0 || !/[\p{L}\p{N}]/u.test(text.charAt(index - 1));
}

function count(written: string): number | undefined {
  return /\d/.test(written) ? parseDigits(written, 'en') : parseSpelled(written, 'en');
}

/**
 * The noun "Dritter" is also the law's third party, a party not involved (Duden), and after "jedem",
 * "jeden" it is mostly that ("jedem Dritten eine Kopie anbieten" = "to give any third party a copy");
 * "jeder Dritte" is the share.
 */
const THIRD_PARTY = /^[Jj]ede[mn]\s+Dritte/u;

/** Units of time and measure: "every 5 minutes", "every two years" is an interval, not a share. */
const INTERVALS: ReadonlySet<string> = new Set(UNITS.flatMap((unit) => unit.forms.en.map((form) => form.toLowerCase())));

function every(ordinal: string): number | undefined {
  const digits = /^(\d+)/.exec(ordinal);
  return digits ? Number(digits[1]) : parseOrdinalWord(ordinal, 'en');
}

function germanEvery(ordinal: string): number | undefined {
  return /^\d/.test(ordinal) ? Number(ordinal.slice(0, -1)) : parseOrdinalWord(ordinal, 'de');
}

/**
 * Whether a bare half quantifies a group or an amount: "half of the members", "half their value",
 * "die Hälfte der Mitglieder", "die Hälfte ihres Wertes" — a share as definite as "a third of the
 * members". Elsewhere ("half of them", "die Hälfte davon", "zur Hälfte") and in instructions to the
 * reader ("half of your system", "die Hälfte Ihres Speichers") a half is as often a manner of speaking
 * as a figure: a soft claim (see NumericAtom.soft).
 */
export function quantifiesGroup(text: string, end: number, lang: Lang): boolean {
  return (lang === 'en' ? EN_GROUP : DE_GROUP).test(text.slice(end, end + 16));
}

const EN_GROUP = /^\s+(?:of\s+)?(?:the|all|its|their|his|her|our|these|those|this|that)(?![\p{L}])/iu;
const DE_GROUP = /^\s+(?:der|des|aller|seiner|seines|ihrer|ihres|unserer|unseres|dieser|dieses|jener|jenes)(?![\p{L}])/u;
