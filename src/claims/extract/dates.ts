import type { Lang } from '../../core/types.js';
import type { Claim } from '../claim.js';
import { MONTHS, alternation } from '../vocabulary.js';
import type { TakenSpans } from './spans.js';

/**
 * Dates in the common English and German forms, normalised to ISO-like values that keep only what
 * was written: "2021-04-29", "--04-29" (no year), "2021-04", "--04" (a month), "1990s".
 * ("April 29, 2021" = "29. April 2021" = "29.04.2021"; see `datesCompatible` for partial dates.)
 */

interface DatePattern {
  regex: RegExp;
  /** A cheap test a sentence must pass before `regex` is run on it (for patterns that rarely match). */
  hint?: RegExp;
  fields: (m: RegExpExecArray) => { year?: string; month?: number; day?: string } | undefined;
}

const monthIndex = new Map<string, number>();
for (const lang of ['en', 'de'] as const) {
  MONTHS[lang].forEach((forms, i) => forms.forEach((form) => monthIndex.set(form.replace(/\.$/, '').toLowerCase(), i + 1)));
}
const month = (written: string) => monthIndex.get(written.replace(/\.$/, '').toLowerCase());

const B = String.raw`(?<![\p{L}\p{N}])`;
const E = String.raw`(?![\p{L}\p{N}])`;
const YEAR = String.raw`(1[89]\d\d|2[01]\d\d)`;
const TWO_DIGIT_DECADE = '[3-9]0|00|10';
/** "Version 2.6.32", "kernel 2.6.32", "v1.2.21": a version, not the date 2 June 2032 (see versions.ts). */
const AFTER_VERSION_WORD = /(?:version|kernel|release|linux|v)\s*$/i;

function fullYear(twoOrFour: string | undefined): string | undefined {
  if (twoOrFour === undefined) return undefined;
  if (twoOrFour.length === 4) return twoOrFour;
  const n = Number(twoOrFour);
  return String(n < 50 ? 2000 + n : 1900 + n);
}

function buildPatterns(lang: Lang): DatePattern[] {
  const months = alternation(MONTHS[lang].flat());
  // Written-out months alone ("in April") are dates too, except the ones that are also common words;
  // so are the Austrian names ("Jänner", "Feber"): written out, longer than any abbreviation.
  const bareMonths = alternation(MONTHS[lang].flatMap((forms) => forms.filter((m, k) => k === 0 || (m.length > 4 && !m.includes('.')))).filter((m) => m !== 'May' && m !== 'March'));
  const numeric: DatePattern[] = [
    { regex: new RegExp(`${B}${YEAR}-(\\d{2})-(\\d{2})${E}`, 'gu'), fields: (m) => ({ year: m[1], month: Number(m[2]), day: m[3] }) },
    { regex: new RegExp(`${B}${YEAR}-(\\d{2})(?![\\p{L}\\p{N}-])`, 'gu'), fields: (m) => ({ year: m[1], month: Number(m[2]) }) },
    {
      // "29.04.2021", "29.4.21", and "29.04." — the second dot is required, so "7.5" is no date; not
      // the end of a longer number ("5.5.1.").
      // Not after a currency sign: "a croissant €2.10." ends a sentence with an amount; nor after an appendix's
      // letter ("D.3.2. debootstrap installieren").
      regex: new RegExp(String.raw`${B}(?<!\d\.|\p{Lu}\.|[$€£¥]\s?)(\d{1,2})\.(\d{1,2})\.(\d{4}|\d{2}(?!\d))?(?!\d)`, 'gu'),
      fields: (m) =>
        (m[3]?.length === 2 && AFTER_VERSION_WORD.test(m.input.slice(Math.max(0, m.index - 12), m.index))) || (m[3] === undefined && !dayAndMonthAlone(m, lang))
          ? undefined
          : { year: fullYear(m[3]), month: Number(m[2]), day: m[1] },
    },
    {
      // "in den 1990ern", "seit den 1990'ern": the dative, with or without an apostrophe.
      // Any century's: a number with the "s" or "er" of a decade is no count ("the 1790s").
      regex: new RegExp(String.raw`${B}(1\d\d|20\d)0(?:s|['’]?ern?(?:[\s-]+Jahren?)?)${E}`, 'gu'),
      fields: (m) => ({ year: `${m[1]}0s` }),
    },
    {
      // "the '90s", "the 90s" = "die 90er", "die 90er-Jahre": the 1930s to the 1990s, and the 2000s and
      // 2010s; "the '20s" could be either century and is left alone.
      // Without the apostrophe the English form needs "the" ("in 10s" is ten seconds).
      hint: /\d0(?:s|['’]?er)/i,
      regex: new RegExp(String.raw`(?:['’](${TWO_DIGIT_DECADE})s|(?<=(?:^|[^\p{L}])the\s+)(${TWO_DIGIT_DECADE})s|${B}(${TWO_DIGIT_DECADE})['’]?ern?(?:[\s-]+Jahren?)?)${E}`, 'giu'),
      fields: (m) => {
        const decade = (m[1] ?? m[2] ?? m[3])!;
        return { year: `${Number(decade) >= 30 ? 19 : 20}${decade}s` };
      },
    },
    {
      // "the '20s", "die 20er-Jahre" are the 1920s or the 2020s: a decade of either century ("--20s",
      // see `datesCompatible`); German needs "Jahre" ("ein 20er" is a banknote).
      hint: /20(?:s|er)/,
      regex: new RegExp(String.raw`(?:(?<=(?:^|[^\p{L}])the\s+)['’]?20s|${B}20er[\s-]+Jahren?)${E}`, 'giu'),
      fields: () => ({ year: '--20s' }),
    },
  ];
  if (lang === 'en') {
    return [
      ...numeric,
      ...decadeWords('en'),
      // "4/29/2021" (American); "29/04/2021" (British) when the first number cannot be a month.
      {
        regex: new RegExp(String.raw`${B}(\d{1,2})/(\d{1,2})/(\d{4})${E}`, 'gu'),
        fields: (m) => (Number(m[1]) > 12 ? { year: m[3], month: Number(m[2]), day: m[1] } : { year: m[3], month: Number(m[1]), day: m[2] }),
      },
      {
        regex: new RegExp(String.raw`${B}(${months})\s+(\d{1,2})(?:st|nd|rd|th)?${E}(?:,?\s+${YEAR}${E})?`, 'gu'),
        fields: (m) => ({ month: month(m[1]!), day: m[2], year: m[3] }),
      },
      // "from 2 to 5 May", "on 4 and 11 April": the first day takes the month (and year) of the second.
      {
        regex: new RegExp(String.raw`${B}(\d{1,2})(?:st|nd|rd|th)?(?=\s*(?:and|or|to|through|until|–|-)\s*(?:the\s+)?\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?(${months})${E}(?:,?\s+${YEAR}${E})?)`, 'gu'),
        fields: (m) => ({ month: month(m[2]!), day: m[1], year: m[3] }),
      },
      // "on December 24 and 31", "from May 2 to 5": the second day takes the month of the first.
      {
        regex: new RegExp(String.raw`(?<=${B}(${months})\s+\d{1,2}(?:st|nd|rd|th)?\s*(?:and|or|to|through|until|–|-)\s*(?:the\s+)?)(\d{1,2})(?:st|nd|rd|th)?${E}(?:,?\s+${YEAR}${E})?`, 'gu'),
        fields: (m) => ({ month: month(m[1]!), day: m[2], year: m[3] }),
      },
      {
        regex: new RegExp(String.raw`${B}(?:the\s+)?(\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?(${months})(?:,?\s+${YEAR}${E})?`, 'gu'),
        fields: (m) => ({ month: month(m[2]!), day: m[1], year: m[3] }),
      },
      { regex: new RegExp(String.raw`${B}(${months})(?:,?\s+|\s+of\s+)${YEAR}${E}`, 'gu'), fields: (m) => ({ month: month(m[1]!), year: m[2] }) },
      { regex: new RegExp(`${B}(${bareMonths})${E}`, 'gu'), fields: (m) => ({ month: month(m[1]!) }) },
      // "May" and "March" are months after a preposition of time: "in May", "since March" (also opening the
      // sentence: "Since May, …"), after "each" or "every", before or after one at a clause's end or before a day or year ("not before March."; not
      // "after May resigned"), after a superlative ("its wettest May"), and joined to
      // another month: "between January and March", "March or April", "between March and May"; not a first name ("Theresa May and June Carter").
      {
        regex: new RegExp(
          String.raw`(?<=(?<![\p{L}])(?:[Bb]efore|[Aa]fter)\s)(May|March)(?=\s*(?:[.,;:!?)]|$|\d))|(?<=(?<![\p{L}])(?:[Ii]n|[Ss]ince|[Uu]ntil|[Tt]ill|[Bb]y|[Ff]rom|[Tt]o|[Tt]hrough|[Dd]uring|[Bb]etween|of|[Ee]arly|[Ll]ate|[Mm]id|[Ll]ast|[Nn]ext|[Tt]his|[Ee]ach|[Ee]very|(?:[Ii]ts|[Tt]he|[Tt]heir)\s+\p{Ll}{2,}est)[\s-])(May|March)${E}|(?<=${B}(?:${bareMonths}|(?<=(?:[Bb]etween|[Ff]rom)\s+)(?:May|March))\s*(?:and|or|to|through|until|till|–|-)\s*)(May|March)${E}|${B}(?<!\p{Lu}\p{Ll}*\s)(May|March)(?=\s*(?:and|or|to|through|until|till|–|-)\s*(?:${bareMonths})${E}(?!\s+\p{Lu}))`,
          'gu',
        ),
        fields: (m) => ({ month: month((m[1] ?? m[2] ?? m[3] ?? m[4])!) }),
      },
    ];
  }
  return [
    ...numeric,
    ...decadeWords('de'),
    // An English date left in a German text (a log line "Mar 31 10:08:55"), with the English month
    // names that are no German words: "April 12" may be a German "April" and a count.
    {
      regex: new RegExp(String.raw`${B}(${alternation(englishOnlyMonths())})\s+(\d{1,2})(?:st|nd|rd|th)?${E}(?:,?\s+${YEAR}${E})?`, 'gu'),
      fields: (m) => ({ month: month(m[1]!), day: m[2], year: m[3] }),
    },
    // "Sat, 23 Aug 2003" (a mail header): a German date has a dot after the day.
    {
      regex: new RegExp(String.raw`${B}(\d{1,2})\s+(${alternation(MONTHS.en.flat())})\s+${YEAR}${E}`, 'gu'),
      fields: (m) => ({ month: month(m[2]!), day: m[1], year: m[3] }),
    },
    // "am 4. und am 11. April", "vom 2. bis 5. Mai", "in der Nacht vom 3. auf den 4. Mai": the first day takes the
    // month (and year) of the second.
    {
      regex: new RegExp(String.raw`${B}(\d{1,2})\.(?=\s*(?:und|oder|bis|sowie|auf|–|-|,)\s*(?:(?:am|dem|den|zum)\s+)?\d{1,2}\.\s*(${months})(?!\p{L})(?:\s+${YEAR}${E})?)`, 'gu'),
      fields: (m) => ({ month: month(m[2]!), day: m[1], year: m[3] }),
    },
    {
      regex: new RegExp(String.raw`${B}(\d{1,2})\.\s*(${months})(?!\p{L})(?:\s+${YEAR}${E})?`, 'gu'),
      fields: (m) => ({ month: month(m[2]!), day: m[1], year: m[3] }),
    },
    { regex: new RegExp(String.raw`${B}(${months})\s+${YEAR}${E}`, 'gu'), fields: (m) => ({ month: month(m[1]!), year: m[2] }) },
    { regex: new RegExp(`${B}(${bareMonths})${E}`, 'gu'), fields: (m) => ({ month: month(m[1]!) }) },
    // The genitive after its article: "wegen des kalten, verregneten Aprils" = "due to the cold, wet April". Not "Mai",
    // "Juni", "Juli", "März", whose genitive adds nothing or is rare ("des Mais" is maize's).
    {
      regex: new RegExp(String.raw`(?<=(?<![\p{L}])(?:des|eines|dieses|jenes)\s+(?:[\p{Ll}-]+,?\s+){0,3})(Januar|Jänner|Februar|April|August|September|Oktober|November|Dezember)s${E}`, 'gu'),
      fields: (m) => ({ month: month(m[1]!) }),
    },
  ];
}

/**
 * Decades by their words: "the eighties" = "die Achtzigerjahre", "die achtziger Jahre", "in den
 * Achtzigern" (Duden) = 1980s; the words name the twentieth century's decades, and "the noughties" =
 * "die Nullerjahre" the 2000s. English needs "the" ("in their sixties" is an age); the German noun
 * without "Jahre" needs an article, and not after a copula ("Er ist in den Sechzigern" is an age).
 */
const DECADE_WORDS: Record<Lang, Record<string, string>> = {
  en: { noughties: '2000', twenties: '1920', thirties: '1930', forties: '1940', fifties: '1950', sixties: '1960', seventies: '1970', eighties: '1980', nineties: '1990' },
  de: {
    nuller: '2000', zwanziger: '1920', dreißiger: '1930', dreissiger: '1930', vierziger: '1940', fünfziger: '1950', sechziger: '1960', siebziger: '1970', achtziger: '1980', neunziger: '1990',
  },
};

const DECADE_HINT = /[zß]iger|ssiger|[Nn]uller/;

function decadeWords(lang: Lang): DatePattern[] {
  const words = Object.keys(DECADE_WORDS[lang]);
  const fields = (m: RegExpExecArray) => ({ year: `${DECADE_WORDS[lang][m[1]!.toLowerCase()]}s` });
  if (lang === 'en') {
    return [{ hint: /(?:nt|rt|ft|xt|ht|et)ies/i, regex: new RegExp(String.raw`(?<=(?:^|[^\p{L}])the\s+(?:(?:early|mid|late)[\s-]+)?)(${words.join('|')})${E}`, 'giu'), fields }];
  }
  const capitalised = words.map((word) => word[0]!.toUpperCase() + word.slice(1)).join('|');
  return [
    { hint: DECADE_HINT, regex: new RegExp(String.raw`${B}(${words.join('|')})[\s-]?[Jj]ahren?${E}`, 'giu'), fields },
    {
      hint: DECADE_HINT,
      regex: new RegExp(String.raw`(?<=(?:^|[^\p{L}])(?:[Dd]en|[Dd]er|[Dd]ie)\s+(?:(?:frühen|späten)\s+)?)(?<!(?:ist|war|sind|waren|bin|bist|seid|wäre|wird|wurde)\s+in\s+den\s+)(${capitalised})n?${E}`, 'gu'),
      fields,
    },
  ];
}

function englishOnlyMonths(): string[] {
  const german = new Set(MONTHS.de.flat().map((form) => form.replace(/\.$/, '').toLowerCase()));
  return MONTHS.en.flat().filter((form) => !german.has(form.replace(/\.$/, '').toLowerCase()));
}

const PATTERNS: Record<Lang, DatePattern[]> = { en: buildPatterns('en'), de: buildPatterns('de') };

/**
 * The part of a month, a decade or a year said before it: "early/mid/late April", "at the beginning/end of April",
 * "Anfang/Mitte/Ende April" (value "--04~start", "2026-04~mid"), "the early 1980s", "Mitte der
 * Achtzigerjahre" ("1980s~start", "1980s~mid"), so that "mid-April" and "Anfang April" differ.
 */
const MONTH_PART: Record<Lang, RegExp> = {
  en: /(?<![\p{L}])(?:(early|mid|late)[\s\u2010-]+|(?:the\s+)?(beginning|start|middle|end)\s+of\s+(?:the\s+)?)$/iu,
  de: /(?<![\p{L}])(Anfang|Mitte|Ende)\s+(?:der\s+)?$/u,
};
/** A decade's value, with its century ("1980s") or without ("--80s"). */
const DECADE = /^(?:\d{3}|--\d)0s$/;
const PART_NAMES: Record<string, string> = { early: 'start', beginning: 'start', start: 'start', anfang: 'start', mid: 'mid', middle: 'mid', mitte: 'mid', late: 'end', end: 'end', ende: 'end' };

function partOfMonth(text: string, start: number, lang: Lang): { part: string; length: number } | undefined {
  const m = MONTH_PART[lang].exec(text.slice(Math.max(0, start - 24), start));
  return m ? { part: PART_NAMES[(m[1] ?? m[2])!.toLowerCase()]!, length: m[0].length } : undefined;
}

/**
 * A year read as a number, with the part of it said before ("Ende 2026" = "at the end of 2026" = "late 2026",
 * "Mitte 2026" = "mid-2026"): "2026~end", so that the end of a year and its middle differ, while either agrees
 * with the year said alone.
 */
export function withYearParts(text: string, lang: Lang, claims: Claim[]): Claim[] {
  return claims.map((claim) => {
    if (claim.type !== 'date' || !YEAR_ALONE.test(claim.value)) return claim;
    const part = partOfMonth(text, claim.start, lang);
    return part ? { ...claim, start: claim.start - part.length, value: `${claim.value}~${part.part}` } : claim;
  });
}
const YEAR_ALONE = /^\d{4}$/;

export function extractDates(text: string, lang: Lang, taken: TakenSpans): Claim[] {
  const claims: Claim[] = [];
  for (const pattern of PATTERNS[lang]) {
    if (pattern.hint && !pattern.hint.test(text)) continue;
    for (const m of text.matchAll(pattern.regex)) {
      const end = m.index + m[0].length;
      if (taken.overlaps(m.index, end)) continue;
      const fields = pattern.fields(m as RegExpExecArray);
      if (!fields || !validDate(fields)) continue;
      const value = dateValue(fields);
      const part = fields.day === undefined && (fields.month !== undefined || DECADE.test(value)) ? partOfMonth(text, m.index, lang) : undefined;
      const start = part ? m.index - part.length : m.index;
      taken.take(start, end);
      claims.push({ type: 'date', kind: 'date', start, end, value: part ? `${value}~${part.part}` : value });
    }
  }
  return claims;
}

/**
 * Monday to Friday, said as a range or as one word: "on weekdays" = "on a weekday" = "every weekday" = "werktags" = "unter der
 * Woche" = "montags bis freitags" = "von Montag bis Freitag" = "Monday through Friday". Not a count of working
 * days ("within five working days" = "innerhalb von fünf Werktagen"), which is a duration.
 */
const WORKING_WEEK: Record<Lang, RegExp> = {
  en: /(?<![\p{L}\p{N}])(?:(?:from\s+)?Mondays?\s+(?:to|through|thru|until|[-–])\s+Fridays?|(?:[Oo]n|[Dd]uring)\s+(?:weekdays|working\s+days|business\s+days)|[Oo]n\s+a\s+(?:weekday|working\s+day|business\s+day)|(?:[Ee]very|[Ee]ach)\s+(?:weekday|working\s+day|business\s+day)|(?<!\d\s|\p{L}\s)weekdays)(?![\p{L}])/gu,
  // The adverbs in lower case: a capitalised "Werktags" is the noun's genitive ("innerhalb eines Werktags").
  de: /(?<![\p{L}\p{N}])(?:(?:von\s+)?[Mm]ontags?\s+(?:bis|[-–])\s+[Ff]reitags?|werktags|wochentags|(?<=^|[.!?]\s+)(?:Werktags|Wochentags)|[Aa]n\s+(?:Werk|Wochen)tagen|(?:[Aa]n\s+)?[Jj]ede[mn]\s+(?:Werk|Wochen)tag|[Uu]nter\s+der\s+Woche)(?![\p{L}])/gu,
};

/**
 * Days of the week: "on Tuesday" = "am Dienstag" = "dienstags" (value "weekday 2", Monday first). They
 * are claims of their own kind, so "Tuesday" and "Mittwoch" in aligned sentences conflict, but never
 * with a date. Abbreviations ("Sat") are left alone.
 */
export function extractWeekdays(text: string, lang: Lang, taken: TakenSpans): Claim[] {
  // Each language's names start alike nowhere ("mon…" is Monday or Montag), so one lookup serves both.
  const claims: Claim[] = [];
  const claimEach = (pattern: RegExp, value: string) => {
    for (const m of text.matchAll(pattern)) {
      const end = m.index + m[0].length;
      if (taken.overlaps(m.index, end)) continue;
      taken.take(m.index, end);
      claims.push({ type: 'date', kind: 'weekday', start: m.index, end, value });
    }
  };
  claimEach(WORKING_WEEK[lang], 'weekday 1..5');
  if (lang === 'de') claimEach(ADVENT_SUNDAY, 'weekday 7');
  for (const m of text.matchAll(WEEKDAY[lang])) {
    const end = m.index + m[0].length;
    if (taken.overlaps(m.index, end)) continue;
    const written = (m[1] ?? m[0]).toLowerCase();
    const day = written.startsWith(SATURDAY_NORTH) ? 6 : Math.max(WEEKDAY_NAMES.en.findIndex((name) => written.startsWith(name)), WEEKDAY_NAMES.de.findIndex((name) => written.startsWith(name))) + 1;
    taken.take(m.index, end);
    // "in der Nacht zum Mittwoch" is Tuesday night as much as Wednesday's early hours (see weekdaysAgree);
    // "overnight into Wednesday" and "in the early hours of Wednesday" name that night from its end too.
    const before = text.slice(Math.max(0, m.index - 24), m.index);
    const night = NIGHT_BEFORE[lang].exec(before);
    const previous = claims[claims.length - 1];
    if (previous && isNightFrom(text, previous, m.index, day)) {
      claims[claims.length - 1] = { ...previous, end, value: `weekday ${day} night` };
      continue;
    }
    const start = night ? m.index - before.length + night.index : m.index;
    // "Sonntagmittag" is noon as much as "Sunday at midday": the day, and the time of day it ends with.
    const noon = lang === 'de' ? /(?<!nach|vor)mittags?$/u.exec(m[0]) : null;
    if (noon) {
      const at = m.index + noon.index;
      claims.push({ type: 'date', kind: 'weekday', start, end: at, value: `weekday ${day}` }, { type: 'time', kind: 'time', start: at, end, value: '12:00' });
      continue;
    }
    claims.push({ type: 'date', kind: 'weekday', start, end, value: `weekday ${day}${night ? ' night' : ''}` });
  }
  return claims;
}

/** The night that ends on a day, named by that day: "in der Nacht zum Mittwoch", "overnight into Wednesday". */
const NIGHT_BEFORE: Record<Lang, RegExp> = {
  de: /Nacht\s+(?:zum|zu|auf(?:\s+den)?)\s+$/u,
  en: /(?:overnight\s+(?:in)?to|(?:early|small|wee)\s+hours\s+of)\s+$/iu,
};

/**
 * "the night from Friday to Saturday" = "in der Nacht von Freitag auf Samstag" = "in der Nacht zu
 * Samstag": one night, named by both its days, is the night that ends on the second.
 */
function isNightFrom(text: string, previous: Claim, index: number, day: number): boolean {
  if (previous.value !== `weekday ${((day + 5) % 7) + 1}`) return false;
  return NIGHT_FROM.test(text.slice(Math.max(0, previous.start - 24), previous.start)) && NIGHT_TO.test(text.slice(previous.end, index));
}

const NIGHT_FROM = /(?:night|Nacht)\s+(?:from|of|between|von|vom)\s+$/iu;
const NIGHT_TO = /^\s*(?:to|into|and|auf|zu|zum|bis)\s+(?:(?:the|den)\s+)?$/iu;

/** A weekday and the night before the next one agree: "Tuesday night" = "in der Nacht zum Mittwoch". */
export function weekdaysAgree(a: string, b: string): boolean {
  const day = (value: string) => /^weekday (\d)( night)?$/.exec(value);
  const [x, y] = [day(a), day(b)];
  if (!x || !y || (x[2] === undefined) === (y[2] === undefined)) return false;
  const [night, plain] = x[2] ? [Number(x[1]), Number(y[1])] : [Number(y[1]), Number(x[1])];
  return plain === night || plain === ((night + 5) % 7) + 1;
}

const WEEKDAY_NAMES: Record<Lang, string[]> = {
  en: ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'],
  de: ['montag', 'dienstag', 'mittwoch', 'donnerstag', 'freitag', 'samstag', 'sonntag'],
};

/** Saturday in northern and eastern German (Duden: "Sonnabend", besides "Samstag"). */
const SATURDAY_NORTH = 'sonnabend';

/** English names are capitalised; German ones also appear in lower case as adverbs ("dienstags"). */
const ENGLISH_WEEKDAYS = String.raw`(?:${WEEKDAY_NAMES.en.map((name) => name[0]!.toUpperCase() + name.slice(1)).join('|')})s?`;
const GERMAN_WEEKDAYS = `(?:${[...WEEKDAY_NAMES.de, SATURDAY_NORTH].map((name) => `[${name[0]!.toUpperCase()}${name[0]}]${name.slice(1)}`).join('|')})`;

/** German names the four Sundays before Christmas by the season alone: "am ersten Advent" = "on the first Sunday of Advent". */
const ADVENT_SUNDAY = /(?<=(?:erste|zweite|dritte|vierte)n?\s|[1-4]\.\s)Advents?(?![\p{L}])/gu;

const WEEKDAY: Record<Lang, RegExp> = {
  en: new RegExp(String.raw`(?<![\p{L}\p{N}])${ENGLISH_WEEKDAYS}(?![\p{L}\p{N}])`, 'gu'),
  // With the time of day ("Samstagabend" = "Saturday evening"); English names too: German texts keep
  // "Black Friday" and untranslated lines.
  // A feast on a weekday in one word: "Fastnachtsdienstag" = "Shrove Tuesday", "Ostermontag" = "Easter Monday", "Karfreitag",
  // also opening a longer compound ("Rosenmontagszug" = "Rose Monday parade"); not "-montage", which is an assembly
  // ("Endmontage"), not Mondays.
  de: new RegExp(
    String.raw`(?<![\p{L}\p{N}])(?:${GERMAN_WEEKDAYS}(?:s\p{Ll}{3,}|s|e[ns]?|(?:morgen|früh|vormittag|mittag|nachmittag|abend|nacht)s?)?|${ENGLISH_WEEKDAYS}|\p{Lu}\p{Ll}{2,}?(${WEEKDAY_NAMES.de.join('|')})(?:s\p{Ll}{3,}|s)?)(?![\p{L}\p{N}])`,
    'gu',
  ),
};

function validDate(fields: { year?: string; month?: number; day?: string }): boolean {
  if (fields.month !== undefined && (fields.month < 1 || fields.month > 12)) return false;
  if (fields.day !== undefined && (Number(fields.day) < 1 || Number(fields.day) > 31)) return false;
  return true;
}

function dateValue(fields: { year?: string; month?: number; day?: string }): string {
  const mm = fields.month === undefined ? undefined : String(fields.month).padStart(2, '0');
  const dd = fields.day === undefined ? undefined : fields.day.padStart(2, '0');
  if (fields.year && mm && dd) return `${fields.year}-${mm}-${dd}`;
  if (mm && dd) return `--${mm}-${dd}`;
  if (fields.year && mm) return `${fields.year}-${mm}`;
  if (mm) return `--${mm}`;
  return fields.year ?? '';
}

/**
 * Dates agree when every field both name is equal and they share at least one field:
 * "April 29" (--04-29) agrees with "29. April 2021"; "2015" does not agree with "--04-29".
 */
export function datesCompatible(a: string, b: string): boolean {
  if (a === b) return true;
  // A decade without its century ("--20s") and the same decade of a century ("1920s"); a part of it
  // ("the early 1980s") against the whole, or the same part.
  const [decadeA, partA] = a.split('~');
  const [decadeB, partB] = b.split('~');
  if (DECADE.test(decadeA!) && DECADE.test(decadeB!)) {
    const sameDecade = decadeA === decadeB || decadeA!.slice(-3) === decadeB!.slice(-3);
    return sameDecade && (decadeA!.startsWith('--') || decadeB!.startsWith('--') || decadeA === decadeB) && (partA === undefined || partB === undefined || partA === partB);
  }
  const fa = dateFields(a);
  const fb = dateFields(b);
  if (!fa || !fb) return false;
  // "mid-April" against "Anfang April"; a part against the whole month agrees.
  if (fa.part !== undefined && fb.part !== undefined && fa.part !== fb.part) return false;
  let shared = 0;
  for (const key of ['year', 'month', 'day', 'period'] as const) {
    if (fa[key] === undefined || fb[key] === undefined) continue;
    // A season against a half or a quarter: each could hold the other's months. A half and a quarter are
    // each said exactly ("in the first quarter" is no "im ersten Halbjahr").
    if (key === 'period' && fa.period![0] !== fb.period![0] && (fa.period![0] === 'S' || fb.period![0] === 'S')) continue;
    if (fa[key] !== fb[key]) return false;
    shared++;
  }
  return shared > 0;
}

function dateFields(value: string): { year?: string; month?: string; day?: string; period?: string; part?: string } | undefined {
  let m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?(?:~(\w+))?$/.exec(value);
  if (m) return { year: m[1], month: m[2], day: m[3], part: m[4] };
  m = /^--(\d{2})(?:-(\d{2}))?(?:~(\w+))?$/.exec(value);
  if (m) return { month: m[1], day: m[2], part: m[3] };
  // A half, a quarter or a season of a year (periods.ts): "2025-H1", "--Q3", "2027-S3" (autumn).
  m = /^(?:(\d{4})|-)-([HQS][1-4])$/.exec(value);
  if (m) return { year: m[1], period: m[2] };
  return undefined;
}

/**
 * Whether "29.04." without a year is a day and month. English writes the form only with the year ("a magnitude
 * of 7.8." ends a sentence with a decimal). German writes it alone, but not after the noun of a numbered thing
 * ("Beispiel 12.1.", "Saal 1.08.", "Release 1.3.x"), and where its last point closes the sentence only after a
 * word that brings a date ("am 1.8.").
 */
function dayAndMonthAlone(m: RegExpMatchArray, lang: Lang): boolean {
  if (lang === 'en') return false;
  const text = m.input!;
  const end = m.index! + m[0].length;
  const before = text.slice(Math.max(0, m.index! - 20), m.index);
  if (/^\p{L}/u.test(text.slice(end))) return false;
  if (DATE_CUE_BEFORE.test(before)) return true;
  return !NUMBERED_NOUN_BEFORE.test(before) && !/^\s*["“”»«)]?\s*$/u.test(text.slice(end));
}
const DATE_CUE_BEFORE = /(?:^|[^\p{L}])(?:am|vom|von|bis|zum|ab|seit|der|den|dem|\p{L}*tag)\s*,?\s+(?:den\s+)?$/iu;
/** A capitalised noun right before the figure, other than a day's name: "Beispiel 12.1.", not "Freitag 1.8.". */
const NUMBERED_NOUN_BEFORE = /(?<![\p{L}])\p{Lu}\p{Ll}+(?<!tag)\s+$/u;
