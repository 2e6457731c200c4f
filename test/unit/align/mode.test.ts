import { describe, expect, it } from 'vitest';
import { chooseMode, WITH_LEXICON, WITHOUT_LEXICON } from '../../../src/align/mode.js';

describe('chooseMode', () => {
  // 20 sentences a side; every fourth has an in-order counterpart scoring 0.6, as pairs score without a lexicon.
  const inOrder = [0, 4, 8, 12, 16].map((i) => ({ en: i, de: i, score: 0.6 }));

  it('counts weaker candidates as confident without a lexicon, so a translation still reads as one', () => {
    expect(chooseMode(inOrder, 20, 20, WITH_LEXICON).mode).toBe('comparable');
    const decision = chooseMode(inOrder, 20, 20, WITHOUT_LEXICON);
    expect(decision.mode).toBe('parallel');
    expect(decision.reason).toMatch(/^auto: 25% of the shorter document has a confident counterpart, 100% of those links keep the order/);
  });

  it('still needs the order kept, and similar sizes', () => {
    const shuffled = inOrder.map((c, k) => ({ ...c, de: [12, 0, 16, 4, 8][k]! }));
    expect(chooseMode(shuffled, 20, 20, WITHOUT_LEXICON).mode).toBe('comparable');
    expect(chooseMode(inOrder, 20, 60, WITHOUT_LEXICON).mode).toBe('comparable');
  });
});
