import type { Lang } from '../../core/types.js';
import type { Claim } from '../claim.js';
import type { TakenSpans } from './spans.js';

/**
 * Weeks, months and years named from now, and the part of one: "last week" = "vergangene Woche", "next
 * year" = "im kommenden Jahr", "from the middle of next week" = "ab Mitte nächster Woche", "at the end of
 * last month" = "Ende vergangenen Monats", "early next year" = "Anfang kommenden Jahres". Value "week
 * -1", "year +1 end"; kind `relative-period`: such a claim conflicts with another of its kind or a day
 * named from now in the linked sentence (another week, another part of it, "morgen") and is never a finding alone, since translators
 * say it otherwise ("last week" = "kürzlich") as often as alike. A part on one side only agrees.
 */

/** The words that name a period from now, by how many periods ahead; German's without their adjective ending. */
const OFFSETS: Record<Lang, Record<string, number>> = {
  en: { last: -1, past: -1, previous: -1, this: 0, current: 0, next: 1, coming: 1 },
  de: { vergangen: -1, letzt: -1, vorig: -1, dies: 0, laufend: 0, kommend: 1, nächst: 1 },
};

const PARTS: Record<string, string> = {
  beginning: 'start', start: 'start', early: 'start', middle: 'mid', mid: 'mid', end: 'end', late: 'end',
  anfang: 'start', beginn: 'start', mitte: 'mid', ende: 'end',
};

/** A German word capitalised or not, as a sentence start or a heading writes it. */
const eitherCase = (word: string) => `[${word[0]!.toUpperCase()}${word[0]}]${word.slice(1)}`;

const PATTERNS: Record<Lang, RegExp> = {
  en: new RegExp(String.raw`(?<![\p{L}\p{N}])(?:(?:the\s+)?(beginning|start|middle|end)\s+of\s+|(early|late|mid)[\s-]+)?(?:the\s+)?(${Object.keys(OFFSETS.en).join('|')})\s+(week|month|year)(?![\p{L}\p{N}])`, 'giu'),
  de: new RegExp(String.raw`(?<![\p{L}\p{N}])(?:(Anfang|Beginn|Mitte|Ende)\s+(?:der\s+|des\s+)?)?(${Object.keys(OFFSETS.de).map(eitherCase).join('|')})e[nmrs]?\s+(Woche|Monat(?:s|es)?|Jahr(?:s|es)?)(?![\p{L}\p{N}])`, 'gu'),
};

const UNITS: Record<string, string> = { week: 'week', woche: 'week', month: 'month', monat: 'month', year: 'year', jahr: 'year' };

export function extractRelativePeriods(text: string, lang: Lang, taken: TakenSpans): Claim[] {
  const claims: Claim[] = [];
  for (const m of text.matchAll(PATTERNS[lang])) {
    const end = m.index + m[0].length;
    if (taken.overlaps(m.index, end)) continue;
    const [part, which, unit] = lang === 'en' ? [m[1] ?? m[2], m[3]!, m[4]!] : [m[1], m[2]!, m[3]!];
    const offset = OFFSETS[lang][which.toLowerCase()];
    const period = UNITS[unit.toLowerCase().replace(/e?s$/u, '')];
    if (offset === undefined || period === undefined) continue;
    taken.take(m.index, end);
    const partOf = part ? ` ${PARTS[part.toLowerCase()]!}` : '';
    claims.push({ type: 'date', kind: 'relative-period', start: m.index, end, value: `${period} ${offset > 0 ? '+' : ''}${offset}${partOf}` });
  }
  return claims;
}

/**
 * Two relative periods agree in part where one names a part and the other the whole period ("next week" /
 * "Ende nächster Woche"). A day next to today agrees with the period it falls in ("today" / "this year",
 * "heute" being as often "nowadays"); any other day is another time than a period named from now ("next
 * week" / "morgen", "last month" / "gestern").
 */
export function relativePeriodsAgree(a: string, b: string): boolean {
  const [x, y] = [a.split(' '), b.split(' ')];
  if (x[0] === 'day' || y[0] === 'day') {
    const [day, period] = x[0] === 'day' ? [x, y] : [y, x];
    return period[0] !== 'day' && period.length >= 2 && Number(period[1]) === 0 && Math.abs(Number(day[1])) <= 1;
  }
  return x.length >= 2 && y.length >= 2 && x[0] === y[0] && x[1] === y[1] && (x.length === 2 || y.length === 2);
}

/** Days and periods named from now pair with each other, not with dates (see relativePeriodsAgree). */
export function isNamedFromNow(kind: string): boolean {
  return kind === 'relative-day' || kind === 'relative-period';
}
