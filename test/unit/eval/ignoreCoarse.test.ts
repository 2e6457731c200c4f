import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseGold } from '../../../src/eval/gold.js';
import { coarseLinks } from '../../../src/eval/linkTypes.js';
import { addCounts, countAlignment, scoreAlignment, scoresFromCounts } from '../../../src/eval/score.js';
import { fixture } from '../../helpers/cli.js';

const gold = parseGold(readFileSync(fixture('eval/restructured.gold'), 'utf8')).links;
const types = readFileSync(fixture('eval/restructured.types'), 'utf8');
// The hand-made prediction: two links inside the restructured paragraph [2, 3]:[2, 3, 4], one crossing [6]:[6, 7].
const test = [
  { en: [0], de: [0] },
  { en: [1], de: [1] },
  { en: [2], de: [2] },
  { en: [3], de: [3, 4] },
  { en: [4], de: [] },
  { en: [5], de: [5] },
  { en: [6], de: [6, 7] },
];

describe('coarseLinks', () => {
  it('returns the gold links typed coarse', () => {
    expect(coarseLinks(types, gold)).toEqual({ coarse: [{ en: [2, 3], de: [2, 3, 4] }] });
  });

  it('names a word that is no type, and a count that differs from the gold', () => {
    expect(coarseLinks('exact\nsure\n', gold)).toEqual({ badLine: 2, word: 'sure' });
    expect(coarseLinks('exact\ncoarse\n', gold)).toEqual({ count: 2 });
  });
});

describe('scoreAlignment ignore-coarse', () => {
  it('leaves out coarse gold links and the predicted links inside them, but not a link crossing their border', () => {
    const { coarse } = coarseLinks(types, gold) as { coarse: typeof gold };
    const s = scoreAlignment(test, gold, coarse);
    expect(s.counts).toMatchObject({ test: 5, strictTest: 4, gold: 4, strictGold: 3, coarseGold: 1, coarseTest: 2 });
    expect(s.strict.precision).toBeCloseTo(0.8);
    expect(s.strict.recall).toBeCloseTo(0.75);
    expect(s.nullLinks).toEqual({ precision: 1, recall: 0.5 });
  });

  it('counts the coarse link as one to hit when no types are given', () => {
    const s = scoreAlignment(test, gold);
    expect(s.strict.precision).toBeCloseTo(4 / 7);
    expect(s.strict.recall).toBeCloseTo(3 / 5);
  });

  it('pools documents by summing counts, not by averaging their scores', () => {
    const perfect = countAlignment(gold, gold);
    const poor = countAlignment(test, gold);
    const pooled = scoresFromCounts(addCounts(perfect, poor));
    expect(pooled.strict.precision).toBeCloseTo((7 + 4) / (7 + 7));
    expect(pooled.strict.recall).toBeCloseTo((5 + 3) / (5 + 5));
  });

  it('leaves a predicted 1-0 link inside a coarse link out, and keeps one outside', () => {
    const coarse = [{ en: [2, 3], de: [2, 3, 4] }];
    const s = scoreAlignment([{ en: [3], de: [] }, { en: [4], de: [] }], gold, coarse);
    expect(s.counts).toMatchObject({ test: 1, strictTest: 1, coarseTest: 1 });
  });
});
