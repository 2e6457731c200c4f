import { describe, expect, it } from 'vitest';
import { KeySetStore } from '../../../src/analyse/keySets.js';

/** A small deterministic generator, so that a failure can be replayed. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (Math.imul(state, 1103515245) + 12345) >>> 0;
    return state / 2 ** 32;
  };
}

describe('KeySetStore', () => {
  it('keeps every set sorted as added, and snapshots stay valid while the store grows', () => {
    const next = random(7);
    const store = new KeySetStore();
    const expected: number[][] = [];
    const snapshots: Array<{ count: number; snapshot: ReturnType<KeySetStore['snapshot']> }> = [];
    for (let s = 0; s < 5000; s++) {
      // Sizes 0–40 (past the first capacity of both arrays after a few hundred sets), keys up to 10^6, repeats in the source ignored.
      const values = Array.from({ length: Math.floor(next() * 41) }, () => Math.floor(next() * 1e6));
      const size = Math.floor(next() * (values.length + 1));
      expect(store.add(Int32Array.from(values), size)).toBe(s);
      expected.push(values.slice(0, size).sort((a, b) => a - b));
      if (s % 500 === 0) snapshots.push({ count: s + 1, snapshot: store.snapshot() });
    }
    expect(store.count).toBe(5000);
    snapshots.push({ count: 5000, snapshot: store.snapshot() });
    for (const { count, snapshot } of snapshots) {
      expect(snapshot.start.length).toBe(count + 1);
      for (let s = 0; s < count; s++) {
        expect([...snapshot.keys.subarray(snapshot.start[s]!, snapshot.start[s + 1]!)]).toEqual(expected[s]);
      }
    }
  });
});
