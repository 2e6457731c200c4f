import { describe, expect, it } from 'vitest';
import { parseGold } from '../../../src/eval/gold.js';
import { scoreAlignment } from '../../../src/eval/score.js';

describe('parseGold', () => {
  it('reads vecalign links', () => {
    const text = '[0]:[0]\n[1, 2]:[1]\n[3]:[]\n[]:[2, 3]\n';
    const { links } = parseGold(text);
    expect(links).toEqual([
      { en: [0], de: [0] },
      { en: [1, 2], de: [1] },
      { en: [3], de: [] },
      { en: [], de: [2, 3] },
    ]);
  });

  it('names a bad line', () => {
    expect(parseGold('[0]:[0]\n0-0\n').badLine).toBe(2);
    expect(parseGold('[]:[]\n').badLine).toBe(1);
  });
});

describe('scoreAlignment (vecalign definitions)', () => {
  const gold = [
    { en: [0], de: [0] },
    { en: [1], de: [1, 2] },
    { en: [2], de: [] },
    { en: [3], de: [3] },
  ];

  it('is perfect for the gold itself', () => {
    const s = scoreAlignment(gold, gold);
    expect(s.strict).toEqual({ precision: 1, recall: 1, f1: 1 });
    expect(s.lax.f1).toBe(1);
    expect(s.omissionRecall).toBe(1);
  });

  it('counts partial overlaps as lax but not strict, and 1-0/0-1 links for precision only', () => {
    const test = [
      { en: [0], de: [0] },
      { en: [1], de: [1] },
      { en: [], de: [2] },
      { en: [2, 3], de: [3] },
    ];
    const s = scoreAlignment(test, gold);
    expect(s.testLinks).toBe(4);
    expect(s.goldLinks).toBe(3);
    // [0]:[0] is right; []:[2] is no gold link and, being 0-1, cannot be right laxly either.
    expect(s.strict.precision).toBeCloseTo(1 / 4);
    expect(s.strict.recall).toBeCloseTo(1 / 3);
    expect(s.lax.precision).toBeCloseTo(3 / 4);
    expect(s.lax.recall).toBe(1);
    expect(s.omissionRecall).toBe(0);
    expect(s.nullLinks).toEqual({ precision: 0, recall: 0 });
  });
});
