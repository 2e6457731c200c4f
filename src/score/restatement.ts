import { contentCount, type SentenceFeatures } from '../analyse/features.js';
import type { PairMatcher } from './match.js';
import { weighted } from './salience.js';

/** Each sentence keeps its this many most similar sentences of its own document. */
export const RESTATING_NEIGHBOURS = 4;
/** Below this weighted overlap two sentences of one document do not restate each other. */
export const MIN_RESTATEMENT = 0.2;

/** Sentences of the same document that say much the same: a headline and the lead it sums up. */
export interface Restatements {
  /** For sentence a: the indices of its most similar sentences and their similarity, best first. */
  neighbours: Array<Array<{ other: number; similarity: number }>>;
}

/**
 * News repeats its main claims (headline, standfirst, lead, body), and within one language that is
 * far easier to see than across two: the same words, the same stems. So a pair gains from a
 * sentence of the same document that restates one side and is itself linked to the other side.
 * `candidates(a)` lists the sentences worth comparing with sentence a (all of them for short
 * documents, the index's proposals for long ones). Similarity is the weighted share of both
 * sentences' tokens that find a counterpart in the other, with salience weights.
 */
export function restatements(doc: SentenceFeatures[], weights: Float64Array[], matcher: PairMatcher, candidates: (a: number) => Iterable<number>): Restatements {
  const neighbours: Restatements['neighbours'] = doc.map(() => []);
  for (let a = 0; a < doc.length; a++) {
    matcher.load(doc[a]!);
    const found: Array<{ other: number; similarity: number }> = [];
    for (const b of candidates(a)) {
      if (b === a) continue;
      const masks = matcher.masks(doc[b]!);
      const [ma, ta] = weighted(weights[a]!, masks.en, 0, contentCount(doc[a]!));
      const [mb, tb] = weighted(weights[b]!, masks.de, 0, contentCount(doc[b]!));
      const similarity = ta + tb > 0 ? (ma + mb) / (ta + tb) : 0;
      if (similarity >= MIN_RESTATEMENT) found.push({ other: b, similarity });
    }
    found.sort((x, y) => y.similarity - x.similarity || x.other - y.other);
    neighbours[a] = found.slice(0, RESTATING_NEIGHBOURS);
  }
  return { neighbours };
}
