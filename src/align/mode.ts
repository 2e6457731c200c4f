import type { AlignMode } from '../core/types.js';
import { heaviestMonotoneChain, type Candidate } from './candidates.js';
import { bestOneToOne } from './comparable.js';

export interface ModeDecision {
  mode: AlignMode;
  reason: string;
}

/** A candidate this sure is a confident anchor for the mode decision. */
const CONFIDENT = 0.8;

/**
 * Translations link most sentences, in order; comparable texts link few, in any order.
 * Decides from the confident one-to-one links: their coverage of the shorter document and the
 * share of them that lie on one order-keeping chain, plus the sentence-count ratio.
 */
export function chooseMode(candidates: Candidate[], enCount: number, deCount: number): ModeDecision {
  const confident = bestOneToOne(candidates.filter((c) => c.score >= CONFIDENT));
  const shorter = Math.min(enCount, deCount);
  const coverage = shorter === 0 ? 0 : confident.length / shorter;
  const monotonicity = confident.length < 2 ? 0 : heaviestMonotoneChain(confident, deCount).length / confident.length;
  const sizeRatio = shorter / Math.max(enCount, deCount, 1);
  const parallel = coverage >= 0.3 && monotonicity >= 0.8 && sizeRatio >= 0.5;
  const reason = `auto: ${(coverage * 100).toFixed(0)}% of the shorter document has a confident counterpart, ${(monotonicity * 100).toFixed(0)}% of those links keep the order, sentence-count ratio ${sizeRatio.toFixed(2)}`;
  return { mode: parallel ? 'parallel' : 'comparable', reason };
}
