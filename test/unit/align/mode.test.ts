import { describe, expect, it } from 'vitest';
import { chooseMode, WITH_LEXICON, WITHOUT_LEXICON } from '../../../src/align/mode.js';

describe('chooseMode', () => {
  // 20 sentences a side, all of one length; every fourth has an in-order counterpart scoring 0.6, as pairs score without a lexicon.
  const inOrder = [0, 4, 8, 12, 16].map((i) => ({ en: i, de: i, score: 0.6 }));
  const lengths = (count: number, length = 60) => new Array<number>(count).fill(length);

  it('counts weaker candidates as confident without a lexicon, so a translation still reads as one', () => {
    expect(chooseMode(inOrder, lengths(20), lengths(20), WITH_LEXICON).mode).toBe('comparable');
    const decision = chooseMode(inOrder, lengths(20), lengths(20), WITHOUT_LEXICON);
    expect(decision.mode).toBe('parallel');
    expect(decision.reason).toMatch(/^auto: 25% of the shorter document's text has a confident counterpart, 100% of those links keep the order/);
  });

  it('still needs the order kept, and similar sizes', () => {
    const shuffled = inOrder.map((c, k) => ({ ...c, de: [12, 0, 16, 4, 8][k]! }));
    expect(chooseMode(shuffled, lengths(20), lengths(20), WITHOUT_LEXICON).mode).toBe('comparable');
    expect(chooseMode(inOrder, lengths(20), lengths(60), WITHOUT_LEXICON).mode).toBe('comparable');
  });

  it('weighs sentences by length: short boilerplate shared in order (menus, cookie notice, footer) does not make two articles a translation', () => {
    // 10 short lines shared in order; 10 long article sentences, three of them with an out-of-order counterpart.
    const en = [...lengths(10, 20), ...lengths(10, 150)];
    const boilerplate = Array.from({ length: 10 }, (_, i) => ({ en: i, de: i, score: 0.95 }));
    const article = [[10, 17], [12, 11], [15, 13]].map(([i, j]) => ({ en: i!, de: j!, score: 0.9 }));
    const decision = chooseMode([...boilerplate, ...article], en, en, WITH_LEXICON);
    expect(decision.mode).toBe('comparable');
    expect(decision.reason).toMatch(/^auto: 38% of the shorter document's text has a confident counterpart, 77% of those links keep the order/);
    // By count the same candidates look like a translation: 65 % of the sentences, 92 % in order.
    expect(chooseMode([...boilerplate, ...article], lengths(20), lengths(20), WITH_LEXICON).mode).toBe('parallel');
  });
});
