import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { inShard, parseShard, shardOf } from '../../../src/batch/shard.js';

const IDS = Array.from({ length: 500 }, (_, i) => `pair-${i}`);

describe('shards', () => {
  it('for N = 1..7, the N shards together hold every id exactly once', () => {
    for (let count = 1; count <= 7; count++) {
      const shards = Array.from({ length: count }, (_, k) => IDS.filter((id) => inShard(id, { index: k + 1, count })));
      expect(shards.flat().sort()).toEqual([...IDS].sort());
      expect(new Set(shards.flat()).size).toBe(IDS.length);
      // A stable hash spreads ids evenly: no shard is empty or holds more than twice its share.
      for (const shard of shards) expect(shard.length).toBeLessThan((2 * IDS.length) / count);
      for (const shard of shards) expect(shard.length).toBeGreaterThan(0);
    }
  });

  it('holds for any ids, also non-ASCII and ids that differ in one character', () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.string({ minLength: 1, unit: 'grapheme' }), { minLength: 1, maxLength: 40 }), fc.integer({ min: 1, max: 7 }), (ids, count) => {
        const owners = ids.map((id) => Array.from({ length: count }, (_, k) => k + 1).filter((index) => inShard(id, { index, count })));
        return owners.every((found) => found.length === 1);
      }),
    );
  });

  it('puts an id in the same shard on every run and machine (SHA-256, not a runtime hash)', () => {
    // Pinned values (the first 48 bits of SHA-256 of the UTF-8 id, modulo N, plus 1; Python's hashlib
    // gives the same): a change here would split a corpus differently from shards already run.
    expect(['a', 'b', 'Straße', 'pair-1'].map((id) => shardOf(id, 7))).toEqual([7, 3, 1, 2]);
    expect(shardOf('pair-1', 1)).toBe(1);
    expect(inShard('anything', undefined)).toBe(true);
  });

  it('parses K/N and refuses what is not a share', () => {
    expect(parseShard('3/8')).toEqual({ index: 3, count: 8 });
    expect(parseShard('1/1')).toEqual({ index: 1, count: 1 });
    for (const bad of ['0/4', '5/4', '2', '1/0', 'a/b', '-1/3', '1.5/3', '']) expect(() => parseShard(bad), bad).toThrow(/expected K\/N with 1 ≤ K ≤ N/);
  });
});
