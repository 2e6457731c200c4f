import type { AlignMode } from '../core/types.js';
import { heaviestMonotoneChain, type Candidate } from './candidates.js';

export interface ModeDecision {
  mode: AlignMode;
  reason: string;
}

/** How sure a candidate must be to count as a confident anchor, and the share of sentences that must have one. */
export interface ModeEvidence {
  confident: number;
  minCoverage: number;
}

export const WITH_LEXICON: ModeEvidence = { confident: 0.8, minCoverage: 0.3 };
/**
 * Without a lexicon pair scores run lower (only names, numbers, cognates and shared words match):
 * the handbook translations have 13–17 % of their sentences above 0.8 but 25–31 % above 0.5, with
 * 96–100 % of those in order; the Kinvolk articles 0–32 % above 0.5 with at most half in order.
 */
export const WITHOUT_LEXICON: ModeEvidence = { confident: 0.5, minCoverage: 0.2 };

/**
 * Translations link most sentences, in order; comparable texts link few, in any order.
 * Decides from the confident candidates: the share of the shorter document's sentences that
 * have one, the share of those that one order-keeping chain can pass through, and the
 * sentence-count ratio.
 */
export function chooseMode(candidates: Candidate[], enCount: number, deCount: number, evidence: ModeEvidence = WITH_LEXICON): ModeDecision {
  const confident = candidates.filter((c) => c.score >= evidence.confident);
  const withCounterpart = new Set(confident.map((c) => c.en)).size;
  const shorter = Math.min(enCount, deCount);
  const coverage = shorter === 0 ? 0 : Math.min(1, withCounterpart / shorter);
  // The chain takes at most one candidate per English sentence, so repeated text (several equally good counterparts) does not count against the order.
  const monotonicity = withCounterpart < 2 ? 0 : heaviestMonotoneChain(confident, deCount).length / withCounterpart;
  const sizeRatio = shorter / Math.max(enCount, deCount, 1);
  const parallel = coverage >= evidence.minCoverage && monotonicity >= 0.8 && sizeRatio >= 0.5;
  const reason = `auto: ${(coverage * 100).toFixed(0)}% of the shorter document has a confident counterpart, ${(monotonicity * 100).toFixed(0)}% of those links keep the order, sentence-count ratio ${sizeRatio.toFixed(2)}`;
  return { mode: parallel ? 'parallel' : 'comparable', reason };
}
