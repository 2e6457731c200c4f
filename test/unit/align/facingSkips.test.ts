import { describe, expect, it } from 'vitest';
import { pairFacingSkips } from '../../../src/align/facingSkips.js';
import type { Span } from '../../../src/align/holes.js';

describe('pairFacingSkips', () => {
  it('pairs one sentence left alone on each side, next to each other between links, in either order', () => {
    const path: Span[] = [[0, 1, 0, 1], [1, 2, 1, 1], [2, 2, 1, 2], [2, 3, 2, 3], [3, 3, 3, 4], [3, 4, 4, 4]];
    expect(pairFacingSkips(path)).toEqual([[0, 1, 0, 1], [1, 2, 1, 2], [2, 3, 2, 3], [3, 4, 3, 4]]);
  });

  it('leaves longer runs of skips (a dropped or added paragraph) and two skips on one side alone', () => {
    const run: Span[] = [[0, 1, 0, 1], [1, 2, 1, 1], [2, 2, 1, 2], [2, 3, 2, 2], [3, 4, 2, 3]];
    expect(pairFacingSkips(run)).toEqual(run);
    const sameSide: Span[] = [[0, 1, 0, 1], [1, 2, 1, 1], [2, 3, 1, 1], [3, 4, 1, 2]];
    expect(pairFacingSkips(sameSide)).toEqual(sameSide);
  });
});
