import type { Lang } from '../../core/types.js';
import type { Claim } from '../claim.js';
import type { TakenSpans } from './spans.js';

/**
 * Weeks, months and years named from now, and the part of one: "last week" = "vergangene Woche", "next
 * year" = "im kommenden Jahr", "from the middle of next week" = "ab Mitte nächster Woche", "at the end of
 * last month" = "Ende vergangenen Monats", "early next year" = "Anfang kommenden Jahres". Value "week
 * -1", "year +1 end"; kind `relative-period`: such a claim conflicts with another of its kind in the
 * linked sentence (another week, another part of it) and is never a finding alone, since translators
 * say it otherwise ("last week" = "kürzlich") as often as alike. A part on one side only agrees.
 */

const OFFSETS: Record<Lang, Array<[RegExp, number]>> = {
  en: [[/^(?:last|past|previous)$/iu, -1], [/^(?:this|current)$/iu, 0], [/^(?:next|coming)$/iu, 1]],
  de: [[/^(?:vergangen|letzt|vorig)/u, -1], [/^(?:dies|laufend)/u, 0], [/^(?:kommend|nächst)/u, 1]],
};

const PARTS: Record<string, string> = {
  beginning: 'start', start: 'start', early: 'start', middle: 'mid', mid: 'mid', end: 'end', late: 'end',
  anfang: 'start', beginn: 'start', mitte: 'mid', ende: 'end',
};

const PATTERNS: Record<Lang, RegExp> = {
  en: /(?<![\p{L}\p{N}])(?:(?:the\s+)?(beginning|start|middle|end)\s+of\s+|(early|late|mid)[\s-]+)?(?:the\s+)?(last|past|previous|this|current|next|coming)\s+(week|month|year)(?![\p{L}\p{N}])/giu,
  de: /(?<![\p{L}\p{N}])(?:(Anfang|Beginn|Mitte|Ende)\s+(?:der\s+|des\s+)?)?((?:[Vv]ergangen|[Ll]etzt|[Vv]orig|[Dd]ies|[Ll]aufend|[Kk]ommend|[Nn]ächst)e[nmrs]?)\s+(Woche|Monat(?:s|es)?|Jahr(?:s|es)?)(?![\p{L}\p{N}])/gu,
};

const UNITS: Record<string, string> = { week: 'week', woche: 'week', month: 'month', monat: 'month', year: 'year', jahr: 'year' };

export function extractRelativePeriods(text: string, lang: Lang, taken: TakenSpans): Claim[] {
  const claims: Claim[] = [];
  for (const m of text.matchAll(PATTERNS[lang])) {
    const end = m.index + m[0].length;
    if (taken.overlaps(m.index, end)) continue;
    const [part, which, unit] = lang === 'en' ? [m[1] ?? m[2], m[3]!, m[4]!] : [m[1], m[2]!, m[3]!];
    const offset = OFFSETS[lang].find(([pattern]) => pattern.test(which.toLowerCase()))?.[1];
    const period = UNITS[unit.toLowerCase().replace(/e?s$/u, '')];
    if (offset === undefined || period === undefined) continue;
    taken.take(m.index, end);
    const partOf = part ? ` ${PARTS[part.toLowerCase()]!}` : '';
    claims.push({ type: 'date', kind: 'relative-period', start: m.index, end, value: `${period} ${offset > 0 ? '+' : ''}${offset}${partOf}` });
  }
  return claims;
}

/** Two relative periods agree in part where one names a part and the other the whole period ("next week" / "Ende nächster Woche"). */
export function relativePeriodsAgree(a: string, b: string): boolean {
  const [x, y] = [a.split(' '), b.split(' ')];
  return x.length >= 2 && y.length >= 2 && x[0] === y[0] && x[1] === y[1] && (x.length === 2 || y.length === 2);
}
