import type { Lang } from '../../core/types.js';
import type { Claim } from '../claim.js';
import { MONTHS } from '../vocabulary.js';
import type { TakenSpans } from './spans.js';

/**
 * Halves and quarters of a year, as business news dates results: "the first half of 2025" = "im
 * ersten Halbjahr 2025" = "H1 2025" (value "2025-H1"), "the third quarter" = "im dritten Quartal"
 * (value "--Q3"). Dates, so they conflict with another half or quarter, and agree with a date of the
 * same year (see `datesCompatible`).
 */

const ORDINALS: Record<Lang, string[][]> = {
  en: [['first', '1st'], ['second', '2nd'], ['third', '3rd'], ['fourth', '4th', 'final', 'last']],
  de: [['erste', 'ersten', 'erstes', '1.'], ['zweite', 'zweiten', 'zweites', '2.'], ['dritte', 'dritten', 'drittes', '3.'], ['vierte', 'vierten', 'viertes', '4.', 'letzte', 'letzten', 'letztes']],
};

const rank = new Map<string, number>();
for (const lang of ['en', 'de'] as const) ORDINALS[lang].forEach((forms, i) => forms.forEach((form) => rank.set(form.toLowerCase(), i + 1)));

const YEAR = String.raw`(1[89]\d\d|2[01]\d\d)`;
const ordinal = (lang: Lang) =>
  ORDINALS[lang]
    .flat()
    .map((f) => f.replace('.', '\\.'))
    .join('|');

const PATTERNS: Record<Lang, RegExp> = {
  en: new RegExp(
    String.raw`(?<![\p{L}\p{N}])(?:(${ordinal('en')})[\s-]+(half|quarter)(?:\s+of\s+(?:the\s+(?:year|fiscal\s+year)|(?:fiscal\s+)?${YEAR}))?|([HQ])([1-4])(?:\s+(?:FY\s*)?${YEAR})?)(?![\p{L}\p{N}])`,
    'giu',
  ),
  de: new RegExp(
    String.raw`(?<![\p{L}\p{N}])(?:(${ordinal('de')})\s+((?:Geschäfts|Kalender|Fiskal)?(?:halbjahr|Halbjahr)(?:es|s)?|Jahreshälfte|Hälfte|Halbzeit|Spielhälfte|(?:Geschäfts|Kalender|Fiskal)?(?:quartal|Quartal)(?:s|es)?|Vierteljahr(?:es|s)?)(?:\s+(?:des\s+(?:Jahres|Geschäftsjahres)\s+)?${YEAR})?|([HQ])([1-4])(?:\s+${YEAR})?)(?![\p{L}\p{N}])`,
    'gu',
  ),
};

/**
 * A year's first or last six or three months are its half or quarter: "the first six months of 2017" =
 * "im ersten Halbjahr 2017", "the last three months of the year" = Q4. Only of a year: "the last six
 * months" alone are the six before now.
 */
const MONTHS_OF_YEAR: Record<Lang, RegExp> = {
  en: new RegExp(String.raw`(?<![\p{L}\p{N}])(first|last|final)\s+(six|6|three|3)\s+months\s+of\s+(?:(?:the|this|last|next)\s+(?:fiscal\s+)?year|(?:fiscal\s+)?${YEAR})(?![\p{L}\p{N}])`, 'giu'),
  de: new RegExp(String.raw`(?<![\p{L}\p{N}])(ersten|letzten)\s+(sechs|6|drei|3)\s+Monaten?\s+(?:(?:des|dieses)\s+(?:laufenden\s+|vergangenen\s+)?(?:Jahres|Geschäftsjahres)(?:\s+${YEAR})?|${YEAR})(?![\p{L}\p{N}])`, 'giu'),
};

function monthsOfYear(text: string, lang: Lang, taken: TakenSpans): Claim[] {
  const claims: Claim[] = [];
  for (const m of text.matchAll(MONTHS_OF_YEAR[lang])) {
    const end = m.index + m[0].length;
    if (taken.overlaps(m.index, end)) continue;
    const [, which, count, year, otherYear] = m;
    const first = /^(first|ersten)$/i.test(which!);
    const period = /^(six|6|sechs)$/i.test(count!) ? (first ? 'H1' : 'H2') : first ? 'Q1' : 'Q4';
    const y = year ?? otherYear;
    taken.take(m.index, end);
    claims.push({ type: 'date', kind: 'date', start: m.index, end, value: y ? `${y}-${period}` : `--${period}` });
  }
  return claims;
}

/**
 * A half without a year names the half of whatever the text speaks of, as English "the second half"
 * does: "in the second half" = "im zweiten Halbjahr" in a company's results, "in der zweiten Halbzeit"
 * in a match report; both read "--H2". What follows "of" / "des" names another whole.
 */
const HALF_OF_OTHER: Record<Lang, RegExp> = {
  en: /^\s+of\s/iu,
  de: /^\s+(?:des|der|dieses|dieser|seines|seiner|ihres|ihrer|von|vom)\s+(?!(?:Geschäfts|Kalender|Haushalts|Wirtschafts)?[Jj]ahr)/u,
};

const IN_A_ROW: Record<Lang, RegExp> = {
  en: /^\s+(?:in\s+a\s+row|running)(?![\p{L}])/u,
  de: /^\s+(?:in\s+Folge|hintereinander|nacheinander)(?![\p{L}])/u,
};

/** Each German month by its full name, the first of its forms: "Januar" … "Dezember". */
const DE_MONTHS = MONTHS.de.map((forms) => forms[0]!);

/** "die zweite Aprilhälfte" = "the second half of April", "in der zweiten Februarwoche": the month is a date, the ordinal a claim of its own. */
// Also a day or night of the month: "der wärmste Oktobertag" = "the warmest October day", "Märznacht".
const DE_MONTH_HALF = new RegExp(String.raw`(?<![\p{L}])(${DE_MONTHS.join('|')})(?:hälfte|mitte|anfang|ende|woche|wochenende|tag|tage|tagen|tages|nacht|nächte|nächten|abend|abends|morgen)(?![\p{L}])`, 'gu');

function monthParts(text: string, taken: TakenSpans): Claim[] {
  const claims: Claim[] = [];
  for (const m of text.matchAll(DE_MONTH_HALF)) {
    const end = m.index + m[0].length;
    if (taken.overlaps(m.index, end)) continue;
    taken.take(m.index, end);
    claims.push({ type: 'date', kind: 'date', start: m.index, end, value: `--${String(DE_MONTHS.indexOf(m[1]!) + 1).padStart(2, '0')}` });
  }
  return claims;
}

/** Words, each also with a capital first letter (a sentence may open with "Im Winter"). */
const anyCase = (words: string): string =>
  words
    .split(' ')
    .map((word) => `[${word[0]!.toUpperCase()}${word[0]}]${word.slice(1)}`)
    .join('|');

/**
 * Seasons, as news dates what is planned: "in autumn 2027" = "im Herbst 2027" → "2027-S3", "this
 * summer" = "diesen Sommer" → "--S2" (spring S1, summer S2, autumn S3, winter S4). Only where the
 * word is a time: after a preposition or determiner of time, or before a year; "summer holidays",
 * "Spring Boot" and "fall" the verb are none. A word after the year is another phrase's ("in spring
 * 2026 with 12 shows").
 */
const SEASONS: Record<Lang, { regex: RegExp; index: (word: string) => number }> = {
  en: {
    regex: new RegExp(String.raw`(?<=(?:^|[^\p{L}])(?:in|during|this|last|next|by|until|since|over|early|late|mid|the|of)[\s-]+)(spring|summer|autumn|fall|winter)(?:\s+(?:of\s+)?${YEAR}(?![\p{L}\p{N}])|(?![\p{L}\p{N}])(?!\s+(?!of|and|or|when|while|after|before|to|until|through|as|because|due|despite|following|amid|if|unless|once|but|so)\p{Ll}))|(spring|summer|autumn|fall|winter)\s+${YEAR}(?![\p{L}\p{N}])`, 'giu'),
    index: (word) => ['spring', 'summer', 'autumn', 'winter'].indexOf(word.toLowerCase() === 'fall' ? 'autumn' : word.toLowerCase()) + 1,
  },
  de: {
    regex: new RegExp(String.raw`(?<=(?:^|[^\p{L}])(?:${anyCase('im in ins aufs diesen diesem letzten vergangenen kommenden nächsten anfang ende mitte seit bis zum vom des dem den das ab über')})\s+)(Frühling|Frühjahr|Sommer|Herbst|Winter)s?(?:\s+${YEAR})?(?![\p{L}\p{N}])|(Frühling|Frühjahr|Sommer|Herbst|Winter)s?\s+${YEAR}(?![\p{L}\p{N}])`, 'gu'),
    index: (word) => (/^Frühjahr$/.test(word) ? 1 : ['Frühling', 'Sommer', 'Herbst', 'Winter'].indexOf(word) + 1),
  },
};

function seasons(text: string, lang: Lang, taken: TakenSpans): Claim[] {
  const claims: Claim[] = [];
  for (const m of text.matchAll(SEASONS[lang].regex)) {
    const end = m.index + m[0].length;
    if (taken.overlaps(m.index, end)) continue;
    const word = m[1] ?? m[3]!;
    const year = m[2] ?? m[4];
    taken.take(m.index, end);
    claims.push({ type: 'date', kind: 'date', start: m.index, end, value: `${year ?? '-'}-S${SEASONS[lang].index(word)}` });
  }
  return claims;
}

const OF_A_YEAR: Record<Lang, RegExp> = { en: /^\s+of\s/u, de: /^\s+(?:des|der|von)\s/u };

export function extractPeriods(text: string, lang: Lang, taken: TakenSpans): Claim[] {
  const claims: Claim[] = /months|monate/i.test(text) ? monthsOfYear(text, lang, taken) : [];
  if (/spring|summer|autumn|fall|winter|frühling|frühjahr|sommer|herbst/i.test(text)) claims.push(...seasons(text, lang, taken));
  if (lang === 'de' && /(?:hälfte|mitte|anfang|ende|woche|wochenende|tag|tage|tagen|tages|nacht|nächte|nächten|abend|abends|morgen)(?![\p{L}])/u.test(text)) claims.push(...monthParts(text, taken));
  if (!/half|quarter|halbjahr|hälfte|halbzeit|quartal|vierteljahr|\b[HQ][1-4]\b/i.test(text)) return claims;
  for (const m of text.matchAll(PATTERNS[lang])) {
    const end = m.index + m[0].length;
    if (taken.overlaps(m.index, end)) continue;
    const [, word, unit, wordYear, letter, digit, letterYear] = m;
    let period: string;
    if (word) {
      const n = rank.get(word.toLowerCase())!;
      // Half of something else ("the second half of April", "die zweite Hälfte des Buches") is no period;
      // its ordinal and its month stay claims of their own.
      if (!wordYear && HALF_OF_OTHER[lang].test(text.slice(end, end + 40))) continue;
      // "das dritte Quartal in Folge" = "the third consecutive quarter": a count of quarters, an ordinal.
      if (!wordYear && IN_A_ROW[lang].test(text.slice(end, end + 20))) continue;
      // Also of a business or fiscal year: "im vierten Geschäftsquartal" = "in the fiscal fourth quarter".
      const half = /^(?:geschäfts|kalender|fiskal)?(?:half|halbjahr)|^(?:jahreshälfte|hälfte|halbzeit|spielhälfte)/i.test(unit!);
      // "the last half" is the second; "the final quarter" the fourth.
      const index = half ? Math.min(n, 2) : n;
      if (half && n > 2 && !/^(final|last|letzte)/i.test(word)) continue;
      period = `${half ? 'H' : 'Q'}${index}`;
    } else {
      if (letter === 'H' && Number(digit) > 2) continue;
      period = `${letter}${digit}`;
    }
    const year = wordYear ?? letterYear;
    // "last quarter" alone is as often the one before this ("im vergangenen Quartal") as the year's fourth; only of a
    // year ("the last quarter of 2023", "im letzten Quartal des Jahres") is it surely the fourth. A weak claim: it
    // meets a fourth quarter, and is no finding alone.
    const unsure = word !== undefined && !year && /^(?:last|letzte[nms]?)$/i.test(word) && !OF_A_YEAR[lang].test(text.slice(end, end + 12));
    taken.take(m.index, end);
    claims.push({ type: 'date', kind: 'date', start: m.index, end, value: year ? `${year}-${period}` : `--${period}`, ...(unsure ? { soft: true } : {}) });
  }
  return claims;
}

/**
 * A century by its ordinal is the hundred years it names: "the 13th century" = "im 13. Jahrhundert" =
 * "the 1200s" (value "1200s", as a decade's is "1990s").
 */
const CENTURY_AFTER = /^[\s\u2010-]+(?:century|centuries|Jahrhunderts?|Jahrhunderten)(?![\p{L}])/u;

export function withCenturies(text: string, claims: Claim[]): Claim[] {
  return claims.map((claim) => {
    if (claim.type !== 'ordinal' || claim.soft) return claim;
    const century = CENTURY_AFTER.exec(text.slice(claim.end, claim.end + 20));
    const n = Number(claim.value.slice(1));
    if (!century || !Number.isInteger(n) || n < 1 || n > 21) return claim;
    return { type: 'date', kind: 'date', start: claim.start, end: claim.end + century[0].length, value: `${(n - 1) * 100}s` };
  });
}
