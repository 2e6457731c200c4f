import type { Claim } from '../claim.js';
import type { TakenSpans } from './spans.js';

/**
 * A road's number, as German style guides write it with a space ("auf der B 31", "die A 7 zwischen
 * Kassel und Göttingen") and English glued ("the B31", "the M25"): one name, "b31", whichever way it
 * is written, not a bare number 31 beside a letter. Only after an article or a preposition, where a
 * road stands; "Gruppe A 3 Punkte" is a group and a count. The letters are the road classes of German
 * (Autobahn, Bundes-, Landes-, Kreis-, Staats-, Europastraße) and Britain's motorways.
 */
const ROAD_CLASSES = 'A|B|E|K|L|M|S|St';
// Case-insensitive for the article a sentence may open with ("Die A 7"); the class is checked as written.
const SPACED_ROAD = new RegExp(String.raw`(?<=(?:^|[^\p{L}])(?:der|die|den|dem|zur|zum|auf|über|an|von|bis|nach|via|the|on|along|off|from|onto)\s)(${ROAD_CLASSES})[\s\u00a0](\d{1,4})(?![\p{L}\p{N}]|[.,]\d)`, 'giu');
const ROAD_CLASS = new RegExp(`^(?:${ROAD_CLASSES})$`, 'u');
const ROAD_HINT = new RegExp(String.raw`(?:^|[^\p{L}])(?:${ROAD_CLASSES})[\s\u00a0]\d`, 'u');

export function extractRoadNumbers(text: string, taken: TakenSpans): Claim[] {
  if (!ROAD_HINT.test(text)) return [];
  const claims: Claim[] = [];
  for (const m of text.matchAll(SPACED_ROAD)) {
    const end = m.index + m[0].length;
    if (!ROAD_CLASS.test(m[1]!) || taken.overlaps(m.index, end)) continue;
    taken.take(m.index, end);
    claims.push({ type: 'entity', kind: 'name', start: m.index, end, value: `${m[1]!}${m[2]!}`.toLowerCase() });
  }
  return claims;
}
