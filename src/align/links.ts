import type { AlignmentLink } from '../core/types.js';
import type { PairScore } from '../score/pair.js';

export function link(en: number[], de: number[], evidence?: PairScore): AlignmentLink {
  if (!evidence) return { en, de, score: 0 };
  const { score, lexical, length, shared } = evidence;
  return { en, de, score, lexical, length, shared };
}

/**
 * Completes a set of links so that every sentence appears in exactly one entry:
 * unlinked sentences get a 1-0 or 0-1 entry. Entries are ordered by their first
 * English index (0-1 entries slotted after the English sentence before them).
 */
export function completeLinks(links: AlignmentLink[], enCount: number, deCount: number): AlignmentLink[] {
  const enSeen = new Uint8Array(enCount);
  const deSeen = new Uint8Array(deCount);
  for (const l of links) {
    for (const i of l.en) enSeen[i] = 1;
    for (const j of l.de) deSeen[j] = 1;
  }
  const all = [...links];
  for (let i = 0; i < enCount; i++) if (!enSeen[i]) all.push(link([i], []));
  for (let j = 0; j < deCount; j++) if (!deSeen[j]) all.push(link([], [j]));
  return all.sort(compareLinks);
}

function compareLinks(a: AlignmentLink, b: AlignmentLink): number {
  const ka = sortKey(a);
  const kb = sortKey(b);
  return ka[0] - kb[0] || ka[1] - kb[1];
}

function sortKey(l: AlignmentLink): [number, number] {
  if (l.en.length > 0) return [l.en[0]!, l.de[0] ?? -1];
  return [Number.MAX_SAFE_INTEGER, l.de[0]!];
}
