import { contentCount, type SentenceFeatures } from '../analyse/features.js';
import type { Lang } from '../core/types.js';
import type { PairMatcher } from './match.js';

/**
 * How much of the score comes from the best-covered clause rather than the whole sentences.
 * Chosen on the shared seed gold and checked on the project's own labels of the other seed pairs
 * (bench/comparable-gold; see docs/alignment.md). The whole sentences' share keeps long sentences
 * that agree throughout above a single matching clause.
 */
export const CLAUSE_WEIGHT = 0.4;
/** A clause needs this many content words to count: a claim has at least a subject, a verb and an object. */
export const MIN_CLAUSE_TOKENS = 3;

/**
 * Comparable texts about one event mention the same few names in almost every sentence
 * ("Microsoft", "Kinvolk", "Flatcar"); matching those says little about whether two sentences
 * make the same claim. Salience weighs each token by how rare its word is in its own document
 * (inverse sentence frequency), so a shared "acquired"/"übernommen" or "April 29" counts for more
 * than a shared company name.
 *
 * News sentences pack a claim and its background into one sentence ("Microsoft has acquired
 * Kinvolk, a German open source company whose best known project is …"); the other article often
 * states the claim alone or with different background. So the score also asks how well the best
 * clause of either sentence is covered by the other sentence, not only how much of both sentences
 * matched.
 */
export class Salience {
  private readonly enWeights: Float64Array[];
  private readonly deWeights: Float64Array[];

  constructor(en: SentenceFeatures[], de: SentenceFeatures[]) {
    this.enWeights = weights(en);
    this.deWeights = weights(de);
  }

  /** Blend of the weighted share of both sentences' tokens that found a counterpart and the best clause's share, in [0, 1]. */
  score(i: number, j: number, en: SentenceFeatures, de: SentenceFeatures, matcher: PairMatcher): number {
    matcher.load(en);
    const masks = matcher.masks(de);
    const [enMatched, enTotal] = weighted(this.enWeights[i]!, masks.en, 0, contentCount(en));
    const [deMatched, deTotal] = weighted(this.deWeights[j]!, masks.de, 0, contentCount(de));
    const total = enTotal + deTotal;
    const whole = total === 0 ? 0 : (enMatched + deMatched) / total;
    const clause = Math.max(bestClause(this.enWeights[i]!, masks.en, en), bestClause(this.deWeights[j]!, masks.de, de));
    return (1 - CLAUSE_WEIGHT) * whole + CLAUSE_WEIGHT * clause;
  }

  /**
   * The weighted share of sentence `y`'s tokens that recur in another sentence `x` of the same
   * document (`side`): how much of a headline its body sentence repeats.
   */
  containment(side: Lang, y: number, fy: SentenceFeatures, fx: SentenceFeatures, matcher: PairMatcher): number {
    matcher.load(fy);
    const [matched, total] = weighted((side === 'en' ? this.enWeights : this.deWeights)[y]!, matcher.masks(fx).en, 0, contentCount(fy));
    return total === 0 ? 0 : matched / total;
  }
}

function weights(doc: SentenceFeatures[]): Float64Array[] {
  const df = new Map<number, number>();
  for (const f of doc) for (const head of new Set(f.heads)) df.set(head, (df.get(head) ?? 0) + 1);
  const n = doc.length;
  return doc.map((f) => Float64Array.from(f.heads, (head) => Math.log((n + 1) / (df.get(head)! + 0.5))));
}

/**
 * The highest weighted share of matched tokens among the sentence's clauses of MIN_CLAUSE_TOKENS or
 * more. Only the first 30 tokens are tracked one by one (later ones share a bit in the match mask),
 * so clauses are cut there.
 */
function bestClause(w: Float64Array, bits: number, f: SentenceFeatures): number {
  const tracked = Math.min(contentCount(f), 30);
  let best = 0;
  let start = 0;
  for (let t = 1; t <= tracked; t++) {
    if (t < tracked && (f.clauseStarts & (1 << t)) === 0) continue;
    if (t - start >= MIN_CLAUSE_TOKENS) {
      const [matched, total] = weighted(w, bits, start, t);
      if (total > 0) best = Math.max(best, matched / total);
    }
    start = t;
  }
  return best;
}

function weighted(w: Float64Array, bits: number, from: number, to: number): [number, number] {
  let matched = 0;
  let total = 0;
  for (let t = from; t < to; t++) {
    total += w[t]!;
    if (bits & (1 << Math.min(t, 30))) matched += w[t]!;
  }
  return [matched, total];
}
