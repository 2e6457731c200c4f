import { describe, expect, it } from 'vitest';
import type { AlignmentLink } from '../../../src/core/types.js';
import { linkMovedSentences } from '../../../src/align/moved.js';

const describe1 = (en: number[], de: number[]): AlignmentLink => ({ en, de, score: 0.8, lexical: 0.5 });
const alone = (en: number[], de: number[]): AlignmentLink => ({ en, de, score: 0 });

describe('linkMovedSentences', () => {
  // English 0-1 and German 0-1 in step; English 2-3 (an entry) left alone, its German 4-5 left alone at the end.
  const links: AlignmentLink[] = [
    { en: [0], de: [0], score: 0.9 }, { en: [1], de: [1], score: 0.9 },
    alone([2], []), alone([3], []),
    { en: [4], de: [2], score: 0.9 }, { en: [5], de: [3], score: 0.9 },
    alone([], [4]), alone([], [5]),
  ];

  it('links a confident pair of left-alone sentences, each the other\'s best, and its neighbours in step', () => {
    const candidates = [{ en: 2, de: 4, score: 0.95 }, { en: 3, de: 5, score: 0.6 }, { en: 3, de: 1, score: 0.7 }];
    const out = linkMovedSentences(links, candidates, describe1);
    expect(out.map((l) => [l.en, l.de, l.moved ?? false])).toEqual([
      [[0], [0], false], [[1], [1], false], [[2], [4], true], [[3], [5], true], [[4], [2], false], [[5], [3], false],
    ]);
  });

  it('leaves omissions alone without a confident seed, when the seed is not mutual, and never touches linked sentences', () => {
    expect(linkMovedSentences(links, [{ en: 2, de: 4, score: 0.85 }, { en: 3, de: 5, score: 0.6 }], describe1)).toEqual(links);
    // German 4 is English 3's best too, so English 2 (whose best it is) stays alone; nothing is in step with 3-4.
    const crossed = [{ en: 2, de: 4, score: 0.91 }, { en: 3, de: 4, score: 0.97 }];
    const out = linkMovedSentences(links, crossed, describe1);
    expect(out.filter((l) => l.moved).map((l) => [l.en, l.de])).toEqual([[[3], [4]]]);
    expect(out).toContainEqual(alone([2], []));
    expect(out).toContainEqual(alone([], [5]));
    expect(linkMovedSentences(links, [{ en: 0, de: 4, score: 0.99 }], describe1)).toEqual(links);
  });

  it('frees the sentences of weak 1-1 links: an entry the path paired with whatever stood in its place moves, its place partner is left alone', () => {
    // A glossary of three entries; the German sorts the second last. The path paired English 1 with German 1, 2 with 2.
    const path: AlignmentLink[] = [{ en: [0], de: [0], score: 0.9 }, { en: [1], de: [1], score: 0.2 }, { en: [2], de: [2], score: 0.2 }];
    const candidates = [{ en: 1, de: 2, score: 0.95 }, { en: 2, de: 1, score: 0.4 }];
    const weak = (k: number) => path[k]!.score < 0.3;
    expect(linkMovedSentences(path, candidates, describe1, weak).map((l) => [l.en, l.de, l.moved ?? false])).toEqual([
      [[0], [0], false], [[1], [2], true], [[], [1], false], [[2], [], false],
    ]);
    // Strong links are never broken, and a weak link that is its own best pair stays in place.
    expect(linkMovedSentences(path, candidates, describe1, () => false)).toEqual(path);
    expect(linkMovedSentences(path, [{ en: 1, de: 1, score: 0.95 }], describe1, weak)).toEqual(path);
  });

  it('moves a lone pair of one or two words only where the path lost its way on both sides', () => {
    const oneWord = () => 1;
    // English 2 and German 4 are single words with nothing free beside them on the English side.
    const tableRow: AlignmentLink[] = [{ en: [0], de: [0], score: 0.9 }, { en: [1], de: [1], score: 0.9 }, alone([2], []), { en: [3], de: [2], score: 0.9 }, { en: [4], de: [3], score: 0.9 }, alone([], [4])];
    expect(linkMovedSentences(tableRow, [{ en: 2, de: 4, score: 0.99 }], describe1, () => false, oneWord)).toEqual(tableRow);
    // A glossary heading whose entry moved with it: free sentences next to it on both sides.
    const glossary: AlignmentLink[] = [{ en: [0], de: [0], score: 0.9 }, alone([1], []), alone([2], []), { en: [3], de: [1], score: 0.9 }, alone([], [2]), alone([], [3])];
    const out = linkMovedSentences(glossary, [{ en: 1, de: 2, score: 0.99 }], describe1, () => false, oneWord);
    expect(out.filter((l) => l.moved).map((l) => [l.en, l.de])).toEqual([[[1], [2]]]);
  });
});
