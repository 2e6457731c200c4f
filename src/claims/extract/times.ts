import type { Lang } from '../../core/types.js';
import type { Claim } from '../claim.js';
import type { TakenSpans } from './spans.js';

/** Clock times as 24-hour "HH:MM": "2:30 p.m." = "14:30 Uhr" = "14.30 Uhr". */
const PATTERNS: Record<Lang, RegExp[]> = {
  en: [
    /(?<![\p{L}\p{N}])(\d{1,2})(?:[:.](\d{2}))?\s?([ap])\.?\s?m\.?(?![\p{L}])/giu,
    /(?<![\p{L}\p{N}.,:])(\d{1,2}):(\d{2})(?![\p{N}:])(?:\s?(?:h|hrs)(?![\p{L}]))?/gu,
  ],
  de: [
    /(?<![\p{L}\p{N}])(\d{1,2})(?:[:.](\d{2}))?\s?Uhr(?![\p{L}])/gu,
    /(?<![\p{L}\p{N}.,:])(\d{1,2}):(\d{2})(?![\p{N}:])(?:\s?h(?![\p{L}]))?/gu,
  ],
};

export function extractTimes(text: string, lang: Lang, taken: TakenSpans): Claim[] {
  const claims: Claim[] = [];
  for (const regex of PATTERNS[lang]) {
    for (const m of text.matchAll(regex)) {
      const end = m.index + m[0].length;
      if (taken.overlaps(m.index, end)) continue;
      let hour = Number(m[1]);
      const minute = Number(m[2] ?? '0');
      const meridiem = m[3]?.toLowerCase();
      if (meridiem !== undefined) {
        if (hour < 1 || hour > 12) continue;
        hour = (hour % 12) + (meridiem === 'p' ? 12 : 0);
      }
      if (hour > 23 || minute > 59) continue;
      taken.take(m.index, end);
      const value = `${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}`;
      claims.push({ type: 'time', kind: 'time', start: m.index, end, value });
    }
  }
  return claims;
}
