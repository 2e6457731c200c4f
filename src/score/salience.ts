import { contentCount, type SentenceFeatures } from '../analyse/features.js';

/** A clause needs this many content words to count: a claim has at least a subject, a verb and an object. */
export const MIN_CLAUSE_TOKENS = 3;

/**
 * Comparable texts about one event mention the same few names in almost every sentence
 * ("Microsoft", "Kinvolk", "Flatcar"); matching those says little about whether two sentences
 * make the same claim. Salience weighs each token by how rare its word is in its own document
 * (inverse sentence frequency), so a shared "acquired"/"übernommen" or "April 29" counts for more
 * than a shared company name. One array of weights per sentence, one weight per content token.
 */
export function salienceWeights(doc: SentenceFeatures[]): Float64Array[] {
  const df = new Map<number, number>();
  for (const f of doc) for (const head of new Set(f.heads)) df.set(head, (df.get(head) ?? 0) + 1);
  const n = doc.length;
  return doc.map((f) => Float64Array.from(f.heads, (head) => Math.log((n + 1) / (df.get(head)! + 0.5))));
}

/**
 * News sentences pack a claim and its background into one sentence ("Microsoft has acquired
 * Kinvolk, a German open source company whose best known project is …"); the other article often
 * states the claim alone. So a pair is also judged by the clause of a sentence that the other
 * sentence covers best: the highest weighted share of matched tokens among the sentence's clauses
 * of MIN_CLAUSE_TOKENS or more. Only the first 30 tokens are tracked one by one (later ones share a
 * bit in the match mask), so clauses are cut there.
 */
export function bestClause(w: Float64Array, bits: number, f: SentenceFeatures): number {
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

/** The weight of tokens from … to − 1 whose bit is set in `bits`, and of all of them. */
export function weighted(w: Float64Array, bits: number, from: number, to: number): [number, number] {
  let matched = 0;
  let total = 0;
  for (let t = from; t < to; t++) {
    total += w[t]!;
    if (bits & (1 << Math.min(t, 30))) matched += w[t]!;
  }
  return [matched, total];
}
