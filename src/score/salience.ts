import { contentCount, type SentenceFeatures } from '../analyse/features.js';
import type { PairMatcher } from './match.js';

/**
 * Comparable texts about one event mention the same few names in almost every sentence
 * ("Microsoft", "Kinvolk", "Flatcar"); matching those says little about whether two sentences
 * make the same claim. Salience weighs each token by how rare its word is in its own document
 * (inverse sentence frequency), so a shared "acquired"/"übernommen" or "April 29" counts for more
 * than a shared company name.
 */
export class Salience {
  private readonly enWeights: Float64Array[];
  private readonly deWeights: Float64Array[];

  constructor(en: SentenceFeatures[], de: SentenceFeatures[]) {
    this.enWeights = weights(en);
    this.deWeights = weights(de);
  }

  /** Weighted share of both sentences' tokens that found a counterpart, in [0, 1]. */
  score(i: number, j: number, en: SentenceFeatures, de: SentenceFeatures, matcher: PairMatcher): number {
    matcher.load(en);
    const masks = matcher.masks(de);
    const [enMatched, enTotal] = weighted(this.enWeights[i]!, masks.en, contentCount(en));
    const [deMatched, deTotal] = weighted(this.deWeights[j]!, masks.de, contentCount(de));
    const total = enTotal + deTotal;
    return total === 0 ? 0 : (enMatched + deMatched) / total;
  }
}

function weights(doc: SentenceFeatures[]): Float64Array[] {
  const df = new Map<number, number>();
  for (const f of doc) for (const head of new Set(f.heads)) df.set(head, (df.get(head) ?? 0) + 1);
  const n = doc.length;
  return doc.map((f) => Float64Array.from(f.heads, (head) => Math.log((n + 1) / (df.get(head)! + 0.5))));
}

function weighted(w: Float64Array, bits: number, tokens: number): [number, number] {
  let matched = 0;
  let total = 0;
  for (let t = 0; t < tokens; t++) {
    total += w[t]!;
    if (bits & (1 << Math.min(t, 30))) matched += w[t]!;
  }
  return [matched, total];
}
