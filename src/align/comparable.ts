import type { SentenceFeatures } from '../analyse/features.js';
import type { AlignmentLink } from '../core/types.js';
import type { PairMatcher } from '../score/match.js';
import type { Candidate } from './candidates.js';
import { describeLink } from './links.js';

/** Below this calibrated score a comparable pair is more likely wrong than right. */
export const COMPARABLE_THRESHOLD = 0.5;

/**
 * Comparable texts: the candidates (pairs sharing rare keys, from the inverted index) are
 * linked greedily, best score first, one-to-one and in any order; everything else stays
 * unaligned. A repeated claim does not get a second link to an already linked sentence: doing so
 * (linking every sentence to its best counterpart and merging the pairs into groups) raised
 * coverage recall on the seed gold but lowered precision more (docs/alignment.md).
 */
export function alignComparable(en: SentenceFeatures[], de: SentenceFeatures[], candidates: Candidate[], matcher: PairMatcher): AlignmentLink[] {
  return bestOneToOne(candidates.filter((c) => c.score >= COMPARABLE_THRESHOLD)).map((c) => describeLink(en, de, [c.en], [c.de], matcher));
}

export function bestOneToOne(candidates: Candidate[]): Candidate[] {
  const sorted = [...candidates].sort((a, b) => b.score - a.score || a.en - b.en || a.de - b.de);
  const enUsed = new Set<number>();
  const deUsed = new Set<number>();
  const chosen: Candidate[] = [];
  for (const c of sorted) {
    if (enUsed.has(c.en) || deUsed.has(c.de)) continue;
    enUsed.add(c.en);
    deUsed.add(c.de);
    chosen.push(c);
  }
  return chosen;
}
