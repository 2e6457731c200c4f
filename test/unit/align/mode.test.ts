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

  it('pairs two one-sentence documents (a title page) as a translation; one pair in longer texts tells nothing', () => {
    const title = [{ en: 0, de: 0, score: 0.95 }];
    expect(chooseMode(title, lengths(1), lengths(1), WITH_LEXICON)).toEqual({ mode: 'parallel', reason: 'auto: one sentence in each document, paired as a translation' });
    expect(chooseMode([], lengths(1), lengths(1), WITHOUT_LEXICON).mode).toBe('parallel');
    expect(chooseMode(title, lengths(2), lengths(2), WITH_LEXICON).mode).toBe('comparable');
    // A one-sentence document beside a longer one whose sentence it matches: in order by itself.
    expect(chooseMode(title, lengths(1), lengths(2), WITH_LEXICON).mode).toBe('parallel');
  });

  it('with the lexicon, also takes weaker pairs for a translation when they keep to the diagonal (a short help page in vocabulary the lexicon lacks)', () => {
    // 12 sentences a side; two confident pairs, and weaker ones (0.4) for eight more sentences, all in place.
    const weak = [0, 1, 2, 4, 5, 7, 9, 11].map((i) => ({ en: i, de: i, score: 0.4 }));
    const confident = [3, 8].map((i) => ({ en: i, de: i, score: 0.9 }));
    const decision = chooseMode([...weak, ...confident], lengths(12), lengths(12), WITH_LEXICON);
    expect(decision.mode).toBe('parallel');
    expect(decision.reason).toMatch(/^auto: 17% of the shorter document's text has a confident counterpart, .*; but 83% of its text has a likely counterpart \(score ≥ 0\.3\) in order along the diagonal/);
    // The same pairs far from the diagonal (shared steps at the start of one page and the end of the other), out of order, or too few: comparable.
    const shifted = [...weak, ...confident].map((c) => ({ ...c, de: c.en < 6 ? c.en + 6 : c.en - 6 }));
    expect(chooseMode(shifted, lengths(12), lengths(12), WITH_LEXICON).mode).toBe('comparable');
    const offDiagonal = [...weak, ...confident].map((c) => ({ ...c, de: Math.min(11, Math.round(c.en / 2)) }));
    expect(chooseMode(offDiagonal, lengths(12), lengths(12), WITH_LEXICON).mode).toBe('comparable');
    expect(chooseMode([...weak.slice(0, 3), ...confident], lengths(12), lengths(12), WITH_LEXICON).mode).toBe('comparable');
    // Without the lexicon the rule is off: there weak pairs are all there is, and order alone decides.
    expect(chooseMode([...weak, ...confident], lengths(12), lengths(40), WITHOUT_LEXICON).mode).toBe('comparable');
  });

  it('with the lexicon, takes a long chain of weak pairs hugging the diagonal for a translation even at a third of the text', () => {
    // 40 sentences a side; every third has a weak pair (0.35) in its place: 14 links, 35 % of the text, none off the diagonal.
    const chain = Array.from({ length: 14 }, (_, k) => ({ en: k * 3, de: k * 3, score: 0.35 }));
    expect(chooseMode(chain, lengths(40), lengths(40), WITH_LEXICON).mode).toBe('parallel');
    // The same pairs a few places off (up to 15 % of the document), or only nine of them: comparable.
    const wobbly = chain.map((c, k) => ({ ...c, de: c.de + (k % 2 === 0 ? 6 : 0) })).filter((c) => c.de < 40);
    expect(chooseMode(wobbly, lengths(40), lengths(40), WITH_LEXICON).mode).toBe('comparable');
    expect(chooseMode(chain.slice(0, 9), lengths(40), lengths(40), WITH_LEXICON).mode).toBe('comparable');
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
