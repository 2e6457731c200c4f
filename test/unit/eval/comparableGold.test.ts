import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { isComparableGold, mapToSegments, parseComparableGold, scoreComparable, segmentSpans, withF1 } from '../../../src/eval/comparableGold.js';
import { fixture } from '../../helpers/cli.js';

const gold = parseComparableGold(readFileSync(fixture('comparable/links.json'), 'utf8'));

describe('comparable gold (links.json)', () => {
  it('is told from vecalign link lines and parsed into 0-based links', () => {
    expect(isComparableGold('{"pairs": []}')).toBe(true);
    expect(isComparableGold('[0]:[0]\n')).toBe(false);
    if ('error' in gold) throw new Error(gold.error);
    expect(gold.pairs).toHaveLength(1);
    expect(gold.pairs[0]!.links[0]).toEqual({ en: 0, de: 0, kind: 'strong' });
    expect(gold.pairs[0]!.links.at(-1)).toEqual({ en: 3, de: 2, kind: 'weak' });
  });

  it('names what is wrong with a file that is not comparable gold', () => {
    expect(parseComparableGold('{')).toEqual({ error: 'not JSON' });
    expect('error' in parseComparableGold('{"pairs": []}')).toBe(true);
    expect(parseComparableGold('{"pairs": [{"en": "a", "de": "b", "links": [{"e": 0, "d": 1, "kind": "strong"}]}]}')).toEqual({
      error: 'pair a-b: a link is not {"e": line, "d": line, "kind": "strong" | "weak"}',
    });
  });

  it('finds segment lines in their source in order, an optional boundary ("+") included', () => {
    expect(segmentSpans('One.\n+Two.\n', 'One. Two.')).toEqual({ spans: [[0, 4], [5, 9]] });
    expect(segmentSpans('Two.\nOne.\n', 'One. Two.')).toEqual({ missing: 'One.' });
  });

  it('maps a sentence onto the segments it covers at least half of, or that cover half of it', () => {
    const segments: Array<[number, number]> = [[0, 10], [11, 20], [21, 60]];
    // 8–50 covers 2 of the first segment's 10 characters (too few), all of the second and 29 of the third's 39.
    expect(mapToSegments([{ start: 0, end: 20 }, { start: 8, end: 50 }, { start: 61, end: 70 }], segments)).toEqual([[0, 1], [1, 2], []]);
  });
});

describe('scoreComparable: the shared scorer\'s definitions', () => {
  if ('error' in gold) throw new Error(gold.error);
  const links = gold.pairs[0]!.links;
  const identity = { en: [[0], [1], [2], [3], [4]], de: [[0], [1], [2], [3], [4]] };

  it('counts proposed pairs that are gold links of either kind, and strong sentences linked to a gold counterpart', () => {
    // Proposed: 0-0, 0-1 (strong), 2-3 (strong), 3-2 (weak: right, though not required), 4-4 (wrong).
    const scores = scoreComparable([{ en: [0], de: [0, 1] }, { en: [2], de: [3] }, { en: [3], de: [2] }, { en: [4], de: [4] }, { en: [1], de: [] }], links, identity);
    expect(scores).toMatchObject({ proposedPairs: 5, correctPairs: 4, strongSentences: 6, coveredSentences: 5 });
    expect(scores.precision).toBeCloseTo(0.8);
    expect(scores.recall).toBeCloseTo(5 / 6);
    expect(scores.f1).toBeCloseTo((2 * 0.8 * (5 / 6)) / (0.8 + 5 / 6));
  });

  it('counts a pair once however many links propose it, and maps merged sentences onto every segment they cover', () => {
    // One tool sentence holding English lines 1 and 2, linked to German line 1: two proposed pairs, both strong.
    const merged = { en: [[0, 1], [2], [3], [4]], de: identity.de };
    const scores = scoreComparable([{ en: [0], de: [0] }, { en: [0], de: [0] }], links, merged);
    expect(scores).toMatchObject({ proposedPairs: 2, correctPairs: 2, coveredSentences: 3 });
  });

  it('pools counts before dividing', () => {
    expect(withF1({ proposedPairs: 10, correctPairs: 8, strongSentences: 20, coveredSentences: 10 })).toMatchObject({ precision: 0.8, recall: 0.5 });
    expect(withF1({ proposedPairs: 0, correctPairs: 0, strongSentences: 0, coveredSentences: 0 }).f1).toBe(0);
  });
});
