import type { Lang } from '../../core/types.js';
import type { Claim } from '../claim.js';
import type { TakenSpans } from './spans.js';

/**
 * Days of the week shortened, as opening hours and timetables write them: "Mon–Fri 9 a.m.–6 p.m., Sat
 * 10 a.m.–2 p.m." = "Mo.–Fr. 9–18 Uhr, Sa. 10–14 Uhr". Only in a range of days or before a time:
 * alone, "Sun", "So" and "Fr." are words or titles ("Fr. Meyer"). English ones are read in German
 * documents too, as program output and quoted dates keep them. And German's half of a compound
 * before "und": "an Sonn- und Feiertagen" = "on Sundays and public holidays".
 */
const ABBREVIATIONS: Record<Lang, Record<string, number>> = {
  en: { mon: 1, tue: 2, tues: 2, wed: 3, thu: 4, thur: 4, thurs: 4, fri: 5, sat: 6, sun: 7 },
  de: { mo: 1, di: 2, mi: 3, do: 4, fr: 5, sa: 6, so: 7 },
};
const SHORT: Record<Lang, string> = {
  en: String.raw`(?:Mon|Tues?|Wed|Thu(?:rs?)?|Fri|Sat|Sun)\.?`,
  de: String.raw`(?:Mo|Di|Mi|Do|Fr|Sa|So)\.`,
};
const PATTERN: Record<Lang, RegExp> = {
  en: new RegExp(String.raw`(?<![\p{L}\p{N}])(${SHORT.en})(?:\s*(?:[-\u2013\u2014]|to)\s*(${SHORT.en}))?(?![\p{L}])`, 'gu'),
  de: new RegExp(String.raw`(?<![\p{L}\p{N}])(${SHORT.de}|(?:Mo|Di|Mi|Do|Fr|Sa|So)(?=\s*[-\u2013]\s*(?:Mo|Di|Mi|Do|Fr|Sa|So)(?![\p{L}])))(?:\s*(?:[-\u2013\u2014]|bis)\s*(${SHORT.de}|(?:Mo|Di|Mi|Do|Fr|Sa|So)(?![\p{L}])))?`, 'gu'),
};
const TIME_NEXT = /^[\s,:]*\d/u;
const GERMAN_STEMS: Record<string, number> = { montag: 1, diens: 2, mittwoch: 3, donners: 4, frei: 5, sams: 6, sonn: 7 };
const GERMAN_HALF = /(?<![\p{L}])(Montag|Diens|Mittwoch|Donners|Frei|Sams|Sonn)-(?=\s+(?:und|oder|bis|sowie)\s+\p{L}*tag)/gu;

export function extractWeekdayAbbreviations(text: string, lang: Lang, taken: TakenSpans): Claim[] {
  const claims: Claim[] = [];
  const day = (written: string) => {
    const key = written.replace(/\.$/, '').toLowerCase();
    return ABBREVIATIONS[lang][key] ?? ABBREVIATIONS.en[key];
  };
  const add = (start: number, end: number, value: number | undefined) => {
    if (value === undefined || taken.overlaps(start, end)) return;
    taken.take(start, end);
    claims.push({ type: 'date', kind: 'weekday', start, end, value: `weekday ${value}` });
  };
  // A German document keeps English ones in program output and dates it quotes ("Sat, 10 Jun 2023").
  const patterns = lang === 'de' ? [PATTERN.de, PATTERN.en] : [PATTERN.en];
  for (const m of patterns.flatMap((pattern) => [...text.matchAll(pattern)])) {
    const end = m.index + m[0].length;
    if (m[2] === undefined && !TIME_NEXT.test(text.slice(end, end + 4))) continue;
    add(m.index, m.index + m[1]!.length, day(m[1]!));
    if (m[2] !== undefined) add(end - m[2].length, end, day(m[2]));
  }
  if (lang === 'de') for (const m of text.matchAll(GERMAN_HALF)) add(m.index, m.index + m[0].length, GERMAN_STEMS[m[1]!.toLowerCase()]);
  return claims;
}
