import type { SentenceFeatures } from '../analyse/features.js';
import type { AlignMode } from '../core/types.js';
import { alignComparable } from './comparable.js';

export interface ModeDecision {
  mode: AlignMode;
  reason: string;
}

/**
 * Translations link most sentences, in order; comparable texts link few, in any order.
 * Decides from the confident one-to-one links: their coverage of the shorter document
 * and the share of consecutive links that keep the order.
 */
export function chooseMode(en: SentenceFeatures[], de: SentenceFeatures[]): ModeDecision {
  const links = alignComparable(en, de).sort((a, b) => a.en[0]! - b.en[0]!);
  const shorter = Math.min(en.length, de.length);
  const coverage = shorter === 0 ? 0 : links.length / shorter;
  let inOrder = 0;
  for (let k = 1; k < links.length; k++) if (links[k]!.de[0]! > links[k - 1]!.de[0]!) inOrder++;
  const monotonicity = links.length < 2 ? 0 : inOrder / (links.length - 1);
  const sizeRatio = Math.min(en.length, de.length) / Math.max(en.length, de.length, 1);
  const parallel = coverage >= 0.5 && monotonicity >= 0.8 && sizeRatio >= 0.5;
  const reason = `auto: ${(coverage * 100).toFixed(0)}% of the shorter document has a confident counterpart, ${(monotonicity * 100).toFixed(0)}% of those links keep the order, sentence-count ratio ${sizeRatio.toFixed(2)}`;
  return { mode: parallel ? 'parallel' : 'comparable', reason };
}
