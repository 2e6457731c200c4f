import { describe, expect, it } from 'vitest';
import { Int32Slab } from '../../../src/analyse/slab.js';

describe('Int32Slab', () => {
  it('hands out zero-filled arrays that do not overlap, across blocks', () => {
    const slab = new Int32Slab();
    const arrays = Array.from({ length: 3000 }, (_, k) => slab.take(k % 40));
    expect(arrays.every((a) => a.every((x) => x === 0))).toBe(true);
    arrays.forEach((a, k) => a.fill(k + 1));
    arrays.forEach((a, k) => expect(a.every((x) => x === k + 1)).toBe(true));
    expect(arrays[0]!.length).toBe(0);
    expect(arrays[39]!.length).toBe(39);
  });

  it('gives a large request an array of its own, and sorts the first `count` numbers numerically', () => {
    const slab = new Int32Slab();
    expect(slab.take(100_000)).toHaveLength(100_000);
    expect([...slab.sorted(Int32Array.of(30, 4, 1000, 200, 7), 4)]).toEqual([4, 30, 200, 1000]);
  });
});
