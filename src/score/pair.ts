import type { SentenceFeatures } from '../analyse/features.js';
import { lengthAgreement } from './length.js';

export interface PairScore {
  /** Overall confidence in [0, 1]. */
  score: number;
  lexical: number;
  length: number;
  shared: string[];
}

/**
 * Scores a group of English sentences against a group of German ones.
 * Lexical evidence: content words and anchors that are spelled the same in both languages
 * (names, numbers, international words). Length agreement moderates it.
 */
export function scorePair(en: SentenceFeatures[], de: SentenceFeatures[]): PairScore {
  const enWords = new Set(en.flatMap((f) => f.words));
  const deWords = new Set(de.flatMap((f) => f.words));
  const enAnchors = new Set(en.flatMap((f) => f.anchors));
  const deAnchors = new Set(de.flatMap((f) => f.anchors));
  let sharedWords = 0;
  for (const s of enWords) if (deWords.has(s)) sharedWords++;
  const shared = [...enAnchors].filter((a) => deAnchors.has(a)).sort();
  const wordOverlap = enWords.size + deWords.size === 0 ? 0 : (2 * sharedWords) / (enWords.size + deWords.size);
  const anchorOverlap = enAnchors.size + deAnchors.size === 0 ? 0 : (2 * shared.length) / (enAnchors.size + deAnchors.size);
  const lexical = Math.min(1, 0.8 * wordOverlap + 0.4 * anchorOverlap + 0.05 * Math.min(shared.length, 4));
  const length = lengthAgreement(sum(en), sum(de));
  const score = lexical * (0.6 + 0.4 * length);
  return { score: round(score), lexical: round(lexical), length: round(length), shared };
}

function sum(group: SentenceFeatures[]): number {
  return group.reduce((total, f) => total + f.length, 0);
}

export function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}
