import type { SentenceFeatures } from '../analyse/features.js';
import type { AlignmentLink } from '../core/types.js';
import { scorePair, type PairScore } from '../score/pair.js';
import { link } from './links.js';

/** Below this a pair of unrelated sentences is as likely as a real counterpart. */
export const COMPARABLE_THRESHOLD = 0.2;

interface Candidate {
  en: number;
  de: number;
  evidence: PairScore;
}

/**
 * Comparable texts: candidate pairs are sentences that share at least one anchor or stem
 * (found through an inverted index, not by scoring all pairs); the best-scoring pairs are
 * then linked one-to-one, in any order, and everything else stays unaligned.
 */
export function alignComparable(en: SentenceFeatures[], de: SentenceFeatures[]): AlignmentLink[] {
  const chosen = bestOneToOne(candidatePairs(en, de));
  return chosen.map((c) => link([c.en], [c.de], c.evidence));
}

export function candidatePairs(en: SentenceFeatures[], de: SentenceFeatures[]): Candidate[] {
  const index = new Map<string, number[]>();
  de.forEach((f, j) => {
    for (const key of new Set([...f.words, ...f.anchors])) {
      const list = index.get(key);
      if (list) list.push(j);
      else index.set(key, [j]);
    }
  });
  const candidates: Candidate[] = [];
  en.forEach((f, i) => {
    const partners = new Set<number>();
    for (const key of new Set([...f.words, ...f.anchors])) for (const j of index.get(key) ?? []) partners.add(j);
    for (const j of [...partners].sort((a, b) => a - b)) {
      const evidence = scorePair([f], [de[j]!]);
      if (evidence.score >= COMPARABLE_THRESHOLD) candidates.push({ en: i, de: j, evidence });
    }
  });
  return candidates;
}

function bestOneToOne(candidates: Candidate[]): Candidate[] {
  const sorted = [...candidates].sort((a, b) => b.evidence.score - a.evidence.score || a.en - b.en || a.de - b.de);
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
