import type { Lang } from '../../core/types.js';
import type { Claim } from '../claim.js';
import type { TakenSpans } from './spans.js';

/**
 * Clock times said in words, which both languages count differently: German counts towards the next
 * hour ("halb acht" is 7:30, "viertel vor acht" and "dreiviertel acht" 7:45), English from the last
 * one ("half past seven"). Also "acht Uhr" = "eight o'clock", "Mittag" = "noon", "Mitternacht" =
 * "midnight", and a part of the day after any clock time ("acht Uhr abends" = "8 p.m." = "20 Uhr").
 * An hour of a 12-hour clock with no part of the day is marked `twelveHour`: "halb acht" is 7:30 or
 * 19:30, and agrees with either.
 */

const HOURS: Record<Lang, string[]> = {
  en: ['twelve', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven'],
  de: ['zwölf', 'eins', 'zwei', 'drei', 'vier', 'fünf', 'sechs', 'sieben', 'acht', 'neun', 'zehn', 'elf'],
};
/** Minutes before or after an hour as people say them; numbers of minutes in digits are too often counts. */
const MINUTES: Record<Lang, Record<string, number>> = {
  en: { five: 5, ten: 10, quarter: 15, 'a quarter': 15, twenty: 20, 'twenty-five': 25, half: 30 },
  de: { fünf: 5, zehn: 10, viertel: 15, zwanzig: 20 },
};
const MINUTE_WORDS: Record<Lang, Record<string, number>> = {
  en: { 'oh five': 5, ten: 10, fifteen: 15, twenty: 20, 'twenty-five': 25, thirty: 30, 'thirty-five': 35, forty: 40, 'forty-five': 45, fifty: 50, 'fifty-five': 55 },
  de: { fünf: 5, zehn: 10, fünfzehn: 15, zwanzig: 20, fünfundzwanzig: 25, dreißig: 30, fünfunddreißig: 35, vierzig: 40, fünfundvierzig: 45, fünfzig: 50, fünfundfünfzig: 55 },
};

const words = (table: Record<string, number>) => Object.keys(table).sort((a, b) => b.length - a.length).map((w) => w.replace(/ /g, '\\s+')).join('|');
// Not a figure's first group ("rose by a quarter to 20,084"); English tells these times on a 12-hour clock.
const HOUR: Record<Lang, string> = { en: String.raw`(${HOURS.en.join('|')}|1[0-2](?![.,]\d)|0?[1-9](?![.,]\d))`, de: germanHour(['ein']) };
/**
 * A German hour in words or digits; `more`: other words for it. "ein" is one o'clock only before "Uhr":
 * after "halb", "viertel" German says "eins" ("um ein Viertel ein[brechen]" is a fraction and a verb's particle).
 */
function germanHour(more: string[] = []): string {
  return String.raw`(${[...HOURS.de, ...more].join('|')}|\d{1,2}(?![.,]\d))`;
}
/** German capitalises the first word of a sentence: "Halb acht", "Viertel nach acht". */
const initialCapital = (alternatives: string) => alternatives.replace(/(^|\|)(\p{Ll})/gu, (_, bar: string, first: string) => `${bar}[${first.toUpperCase()}${first}]`);

/**
 * The parts of the day that say which half a 12-hour clock means: "abends" = "in the evening" = "p.m.".
 * `late` reads an hour from 1 to 11 as the afternoon's or evening's; `night` does so from 6 on ("elf Uhr
 * nachts" is 23:00, "zwei Uhr nachts" 2:00); `early` keeps the morning's.
 */
const PERIOD_SOURCE: Record<Lang, string> = {
  en: String.raw`\s*(?:([ap])(?:\.\s?m\.?|m)(?![\p{L}])|in\s+the\s+(morning|afternoon|evening)|at\s+(night))`,
  de: String.raw`\s+(?:(morgens|früh|vormittags|mittags|nachmittags|abends|nachts)|am\s+(Morgen|Vormittag|Nachmittag|Abend)|in\s+der\s+(Früh|Nacht))`,
};
const PERIOD: Record<Lang, RegExp> = { en: new RegExp(PERIOD_SOURCE.en, 'iuy'), de: new RegExp(PERIOD_SOURCE.de, 'iuy') };
type Period = 'early' | 'late' | 'night';
const PERIODS: Record<string, Period> = {
  a: 'early', morning: 'early', morgens: 'early', morgen: 'early', früh: 'early', vormittags: 'early', vormittag: 'early',
  p: 'late', mittags: 'late', afternoon: 'late', evening: 'late', nachmittags: 'late', abends: 'late', nachmittag: 'late', abend: 'late',
  night: 'night', nachts: 'night', nacht: 'night',
};

/** The part of the day written at `at`, and where it ends. */
export function periodAfter(text: string, at: number, lang: Lang): { period: Period; end: number } | undefined {
  const regex = PERIOD[lang];
  regex.lastIndex = at;
  const m = regex.exec(text);
  if (!m) return undefined;
  const word = m.slice(1).find((group) => group !== undefined)!.toLowerCase();
  return { period: PERIODS[word]!, end: regex.lastIndex };
}

/** Minutes since midnight read in the given part of the day; a time already past noon stays. */
export function inPeriod(minutes: number, period: Period): number {
  const hour = Math.floor(minutes / 60);
  if (hour >= 13) return minutes;
  if (period === 'early' || (period === 'night' && hour < 6) || (period === 'night' && hour === 12)) return hour === 12 ? minutes - 720 : minutes;
  return hour === 12 ? minutes : minutes + 720;
}

interface ClockPattern {
  regex: RegExp;
  /** Minutes since midnight (before any part of the day), or undefined when the match is no time. */
  read: (m: RegExpExecArray) => number | undefined;
  /** Noon and midnight say which half of the day they mean. */
  exact?: boolean;
}

function hourOf(written: string, lang: Lang): number | undefined {
  const word = written.toLowerCase();
  if (/^\d+$/.test(word)) return Number(word) <= 24 ? Number(word) % 24 : undefined;
  if (word === 'ein' || word === 'eins') return 1;
  const index = HOURS[lang].indexOf(word);
  return index < 0 ? undefined : index === 0 ? 12 : index;
}

function buildPatterns(lang: Lang): ClockPattern[] {
  const B = String.raw`(?<![\p{L}\p{N}])`;
  const E = String.raw`(?![\p{L}\p{N}])`;
  const hour = HOUR[lang];
  const at = (m: RegExpExecArray, group: number, offset: number) => {
    const h = hourOf(m[group]!, lang);
    return h === undefined ? undefined : (h * 60 + offset + 1440) % 1440;
  };
  if (lang === 'de') {
    // Not before a noun or a unit ("vor acht Jahren", "halb acht Prozent"); German capitalises nouns.
    const notCounting = String.raw`(?![\s\u00a0]*(?:\p{Lu}|%|\p{N}))`;
    return [
      {
        // "fünf vor halb acht" (7:25), "zehn nach acht", "viertel vor acht", "halb acht", "dreiviertel acht".
        regex: new RegExp(
          String.raw`${B}(?:(${initialCapital(words(MINUTES.de))})\s+(nach|vor)\s+(halb\s+)?|(${initialCapital('halb|dreiviertel|drei\\s+viertel|viertel')})\s+)${germanHour()}${E}${notCounting}`,
          'gu',
        ),
        read: (m) => {
          const before = m[4]?.toLowerCase().replace(/\s+/g, '');
          if (before) return at(m, 5, before === 'halb' ? -30 : before === 'viertel' ? -45 : -15);
          const minutes = MINUTES.de[m[1]!.toLowerCase()]!;
          return at(m, 5, (m[3] ? -30 : 0) + (m[2] === 'nach' ? minutes : -minutes));
        },
      },
      {
        regex: new RegExp(String.raw`${B}${hour}\s+Uhr(?:\s+(${words(MINUTE_WORDS.de)}))?${E}`, 'gu'),
        read: (m) => at(m, 1, m[2] ? MINUTE_WORDS.de[m[2]]! : 0),
      },
      { regex: new RegExp(String.raw`${B}Mitternacht${E}`, 'gu'), read: () => 0, exact: true },
      // Not "zu Mittag essen" (to have lunch): noon as a point in time.
      { regex: new RegExp(String.raw`(?<=(?:^|[^\p{L}])(?:um|gegen|bis|ab|am|seit|heute|morgen|gestern|bis\s+zum|zum|vor(?:\s+dem)?|nach(?:\s+dem)?)\s+)Mittag${E}|${B}mittags${E}`, 'giu'), read: () => 720, exact: true },
    ];
  }
  return [
    {
      // "a quarter to midnight" = "23.45 Uhr", "half past noon"; not an interval ("every ten minutes after midnight").
      regex: new RegExp(String.raw`${B}${NOT_INTERVAL}(${words(MINUTES.en)})(?:\s+minutes)?\s+(past|after|to)\s+(midnight|noon|midday)${E}`, 'giu'),
      read: (m) => {
        const minutes = MINUTES.en[m[1]!.toLowerCase().replace(/\s+/g, ' ')]!;
        const hour = /^midnight$/i.test(m[3]!) ? 1440 : 720;
        return (hour + (m[2]!.toLowerCase() === 'to' ? -minutes : minutes)) % 1440;
      },
      exact: true,
    },
    {
      // "half past seven", "a quarter to eight", "twenty past eight", "ten minutes to nine".
      regex: new RegExp(String.raw`${B}${NOT_INTERVAL}(${words(MINUTES.en)})(?:\s+minutes)?\s+(past|after|to)\s+${hour}${E}(?!\s*(?:percent|%|years?|hours?|minutes?|days?|weeks?|months?))`, 'giu'),
      read: (m) => {
        const minutes = MINUTES.en[m[1]!.toLowerCase().replace(/\s+/g, ' ')]!;
        if (m[2]!.toLowerCase() === 'to' && minutes === 30) return undefined;
        return at(m, 3, m[2]!.toLowerCase() === 'to' ? -minutes : minutes);
      },
    },
    { regex: new RegExp(String.raw`${B}${hour}\s*o['’]clock${E}`, 'giu'), read: (m) => at(m, 1, 0) },
    {
      // "seven thirty p.m.", "eight in the evening" (digits with a.m./p.m. are read in times.ts).
      regex: new RegExp(String.raw`${B}(${HOURS.en.join('|')})(?:\s+(${words(MINUTE_WORDS.en)}))?(?=${PERIOD_SOURCE.en})`, 'giu'),
      read: (m) => at(m, 1, m[2] ? MINUTE_WORDS.en[m[2].toLowerCase().replace(/\s+/g, ' ')]! : 0),
    },
    // Capitalised, only where no name goes on ("Midnight Commander", "High Noon Saloon").
    // A zone may follow ("shortly after midnight GMT", "at noon Brussels time").
    { regex: new RegExp(String.raw`${B}(?:(?:twelve|12)\s+)?[Mm]idnight${E}(?!\s+(?!${ZONE_AFTER})\p{Lu})`, 'gu'), read: () => 0, exact: true },
    // After an article it is the noun's adjective ("before the midday heat" = "vor der Mittagshitze"), not a time.
    { regex: new RegExp(String.raw`${B}(?<!(?:^|[^\p{L}])(?:[Tt]he|an?|its|their|his|her|our|this)\s+)(?:(?:twelve|12)\s+)?(?:[Nn]oon|[Mm]idday)${E}(?!\s+(?!${ZONE_AFTER})\p{Lu})`, 'gu'), read: () => 720, exact: true },
  ];
}

/** Minutes after "every" are an interval, whatever follows them: "every ten minutes after midnight" = "nach Mitternacht im Zehn-Minuten-Takt". */
const NOT_INTERVAL = String.raw`(?<!(?:^|[^\p{L}])every\s+)`;

/** A time zone after a time: an abbreviation, or a place's or region's time ("Brussels time", "Eastern Time"). */
const ZONE_AFTER = String.raw`(?:GMT|UTC|CET|CEST|BST|EST|EDT|PST|PDT)(?![\p{L}])|\p{Lu}\p{L}*\s+[Tt]ime(?![\p{L}])`;

const PATTERNS: Record<Lang, ClockPattern[]> = { en: buildPatterns('en'), de: buildPatterns('de') };
/** Every form above holds one of these; most sentences hold none and skip the patterns. */
const HINT: Record<Lang, RegExp> = {
  en: /(?<![\p{L}])(?:quarter|half|five|ten|twenty|o['’]clock|noon|midday|midnight|[ap]\.?\s?m)(?![\p{L}])|in\s+the\s+(?:morning|afternoon|evening)|at\s+night/iu,
  de: /halb|viertel|fünf|zehn|zwanzig|Uhr|mittag|mitternacht/iu,
};

export function extractClockWords(text: string, lang: Lang, taken: TakenSpans): Claim[] {
  if (!HINT[lang].test(text)) return [];
  const claims: Claim[] = [];
  for (const pattern of PATTERNS[lang]) {
    for (const m of text.matchAll(pattern.regex)) {
      let end = m.index + m[0].length;
      const minutes = pattern.read(m as RegExpExecArray);
      if (minutes === undefined || taken.overlaps(m.index, end)) continue;
      const period = pattern.exact ? undefined : periodAfter(text, end, lang);
      if (period) end = period.end;
      const twelveHour = !pattern.exact && !period && minutes < 780;
      taken.take(m.index, end);
      claims.push({ type: 'time', kind: 'time', start: m.index, end, value: clockValue(period ? inPeriod(minutes, period.period) : minutes), ...(twelveHour ? { twelveHour } : {}) });
    }
  }
  return claims;
}

export function clockValue(minutes: number): string {
  return `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
}
