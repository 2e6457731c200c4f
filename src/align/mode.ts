import type { AlignMode } from '../core/types.js';
import { heaviestMonotoneChain, type Candidate } from './candidates.js';

export interface ModeDecision {
  mode: AlignMode;
  reason: string;
}

/** A candidate this sure is a confident anchor for the mode decision. */
const CONFIDENT = 0.8;

/**
 * Translations link most sentences, in order; comparable texts link few, in any order.
 * Decides from the confident candidates: the share of the shorter document's sentences that
 * have one, the share of those that one order-keeping chain can pass through, and the
 * sentence-count ratio.
 */
export function chooseMode(candidates: Candidate[], enCount: number, deCount: number): ModeDecision {
  const confident = candidates.filter((c) => c.score >= CONFIDENT);
  const withCounterpart = new Set(confident.map((c) => c.en)).size;
  const shorter = Math.min(enCount, deCount);
  const coverage = shorter === 0 ? 0 : Math.min(1, withCounterpart / shorter);
  // The chain takes at most one candidate per English sentence, so repeated text (several equally good counterparts) does not count against the order.
  const monotonicity = withCounterpart < 2 ? 0 : heaviestMonotoneChain(confident, deCount).length / withCounterpart;
  const sizeRatio = shorter / Math.max(enCount, deCount, 1);
  const parallel = coverage >= 0.3 && monotonicity >= 0.8 && sizeRatio >= 0.5;
  const reason = `auto: ${(coverage * 100).toFixed(0)}% of the shorter document has a confident counterpart, ${(monotonicity * 100).toFixed(0)}% of those links keep the order, sentence-count ratio ${sizeRatio.toFixed(2)}`;
  return { mode: parallel ? 'parallel' : 'comparable', reason };
}
