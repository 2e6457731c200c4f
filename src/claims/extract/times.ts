import type { Lang } from '../../core/types.js';
import type { Claim } from '../claim.js';
import { clockValue, extractClockWords, inPeriod, periodAfter } from './clockWords.js';
import type { TakenSpans } from './spans.js';

/**
 * Clock times as 24-hour "HH:MM" (seconds are read and dropped: "14:30:00" = "14:30 Uhr"): "2:30 p.m." =
 * "14:30 Uhr" = "14.30 Uhr". A span of hours with one
 * marker ("von 10 bis 18 Uhr", "between 9 and 11 a.m.") is two times: the marker applies to both.
 */
interface TimePattern {
  regex: RegExp;
  /** Capture-group indices of each time's hour and minute; `meridiem` is the a/p group. */
  times: Array<{ hour: number; minute: number }>;
  meridiem?: number;
}

const SPAN = String.raw`\s*(?:bis|und|to|and|until|till|[-–])\s*`;
/** German also gives one "Uhr" to two times said as alternatives or a correction: "um 17 statt um 18 Uhr", "um 11.30 und um 15 Uhr". */
const SPAN_DE = String.raw`(?:${SPAN}|\s+(?:oder|statt|anstatt)\s+)(?:um\s+)?`;
const PATTERNS: Record<Lang, TimePattern[]> = {
  en: [
    {
      regex: new RegExp(String.raw`(?<![\p{L}\p{N}])(\d{1,2})(?:[:.](\d{2}))?${SPAN}(\d{1,2})(?:[:.](\d{2}))?\s?([ap])(?:\.\s?m\.?|\s?m)(?![\p{L}])`, 'giu'),
      times: [{ hour: 1, minute: 2 }, { hour: 3, minute: 4 }],
      meridiem: 5,
    },
    { regex: /(?<![\p{L}\p{N}:])(\d{1,2})(?:[:.](\d{2}))?(?::\d{2})?\s?([ap])(?:\.\s?m\.?|\s?m)(?![\p{L}])/giu, times: [{ hour: 1, minute: 2 }], meridiem: 3 },
    { regex: /(?<![\p{L}\p{N}.,:])(\d{1,2}):(\d{2})(?::\d{2})?(?![\p{N}:])(?:\s?(?:h|hrs)(?![\p{L}]))?/gu, times: [{ hour: 1, minute: 2 }] },
  ],
  de: [
    {
      regex: new RegExp(String.raw`(?<![\p{L}\p{N}])(\d{1,2})(?:[:.](\d{2}))?${SPAN_DE}(\d{1,2})(?:[:.](\d{2}))?\s?Uhr(?![\p{L}])`, 'gu'),
      times: [{ hour: 1, minute: 2 }, { hour: 3, minute: 4 }],
    },
    { regex: /(?<![\p{L}\p{N}])(\d{1,2})(?:[:.](\d{2}))?\s?Uhr(?![\p{L}])/gu, times: [{ hour: 1, minute: 2 }] },
    // An English "p.m." left in a German text ("# Download data every night at 7:25 pm"); "am" is a German word, so no "a.m.".
    { regex: /(?<![\p{L}\p{N}:])(\d{1,2})(?::(\d{2}))?(?::\d{2})?\s?(p)(?:\.\s?m\.|m)(?![\p{L}])/giu, times: [{ hour: 1, minute: 2 }], meridiem: 3 },
    { regex: /(?<![\p{L}\p{N}.,:])(\d{1,2}):(\d{2})(?::\d{2})?(?![\p{N}:])(?:\s?h(?![\p{L}]))?/gu, times: [{ hour: 1, minute: 2 }] },
  ],
};

export function extractTimes(text: string, lang: Lang, taken: TakenSpans): Claim[] {
  const claims: Claim[] = [];
  for (const pattern of PATTERNS[lang]) {
    for (const m of text.matchAll(pattern.regex)) {
      let end = m.index + m[0].length;
      if (taken.overlaps(m.index, end)) continue;
      const meridiem = pattern.meridiem === undefined ? undefined : m[pattern.meridiem]!.toLowerCase();
      let values = pattern.times.map((t, i) => clock(Number(m[t.hour]), Number(m[t.minute] ?? '0'), meridiem, i === 0 && pattern.times.length > 1 ? Number(m[pattern.times[1]!.hour]) : undefined));
      if (values.some((v) => v === undefined)) continue;
      // "8 Uhr abends" = "7:30 in the evening" = 20:00: a part of the day after a time without a.m./p.m.
      const period = meridiem === undefined ? periodAfter(text, end, lang) : undefined;
      if (period) {
        values = values.map((v) => clockValue(inPeriod(Number(v!.slice(0, 2)) * 60 + Number(v!.slice(3)), period.period)));
        end = period.end;
      }
      // An English "7:30" may be evening as well: English writes a 24-hour clock rarely.
      const twelveHour = lang === 'en' && meridiem === undefined && !period;
      taken.take(m.index, end);
      pattern.times.forEach((t, i) => {
        // Each time's own span: from its hour to the end of its minutes (the last one takes the marker).
        const start = m.index + m[0].indexOf(m[t.hour]!, i === 0 ? 0 : spanOf(m, pattern.times[0]!));
        const stop = i === pattern.times.length - 1 ? end : m.index + spanOf(m, t);
        claims.push({ type: 'time', kind: 'time', start, end: stop, value: values[i]!, ...(twelveHour && values[i]! < '13' ? { twelveHour } : {}) });
      });
    }
  }
  return claims.concat(extractClockWords(text, lang, taken));
}

/** Offset, within the match, just after a time's hour and minutes. */
function spanOf(m: RegExpMatchArray, t: { hour: number; minute: number }): number {
  const hourAt = m[0].indexOf(m[t.hour]!);
  if (m[t.minute] === undefined) return hourAt + m[t.hour]!.length;
  return m[0].indexOf(m[t.minute]!, hourAt + m[t.hour]!.length) + m[t.minute]!.length;
}

/**
 * "HH:MM", or undefined for an impossible time. In a span with one a.m./p.m. marker the first hour
 * takes the marker unless it is later than the second ("11 to 1 p.m." starts at 11 a.m.).
 */
function clock(hour: number, minute: number, meridiem: string | undefined, spanEndHour?: number): string | undefined {
  if (meridiem !== undefined) {
    if (hour < 1 || hour > 12) return undefined;
    const flip = spanEndHour !== undefined && hour % 12 > spanEndHour % 12;
    const pm = (meridiem === 'p') !== flip;
    hour = (hour % 12) + (pm ? 12 : 0);
  }
  // "bis 24 Uhr" is midnight, the day's end.
  if (hour === 24 && minute === 0 && meridiem === undefined) return '00:00';
  if (hour > 23 || minute > 59) return undefined;
  return `${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}`;
}
