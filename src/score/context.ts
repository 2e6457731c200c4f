/**
 * In a translation a link is judged by its neighbours too: a pair with little lexical evidence
 * between two confident links is usually right (a short heading, a freely translated sentence).
 * The output score of a parallel link is therefore a logistic function of its own pair score and
 * the weaker of its neighbours' scores (both as log-odds), fitted on the development gold by
 * bench/calibrate-score.mjs. With weights { bias: 0, own: 1, neighbours: 0 } it is the pair score.
 */
export const LINK_CALIBRATION = { bias: 2.04, own: 0.15, neighbours: 0.16 };

/** `pairScores[k]` is the pair score of the k-th link, or undefined for a 1-0/0-1 link (which keeps score 0). */
export function contextualScores(pairScores: Array<number | undefined>): Array<number | undefined> {
  const C = LINK_CALIBRATION;
  return pairScores.map((own, k) => {
    if (own === undefined) return undefined;
    const neighbours = Math.min(neighbour(pairScores, k, -1), neighbour(pairScores, k, 1));
    const z = C.bias + C.own * logit(own) + C.neighbours * logit(neighbours);
    return 1 / (1 + Math.exp(-z));
  });
}

/** The nearest scored link in one direction; an omission or the document edge counts as 0.5 (no information). */
function neighbour(scores: Array<number | undefined>, k: number, step: number): number {
  return scores[k + step] ?? 0.5;
}

export function logit(p: number): number {
  const q = Math.min(1 - 1e-4, Math.max(1e-4, p));
  return Math.log(q / (1 - q));
}
