import { describe, expect, it } from 'vitest';
import { OrderedIndex } from '../../../src/claims/orderedIndex.js';

describe('OrderedIndex', () => {
  it('groups items by key in their order, skips items without a key, and finds the first unused one', () => {
    const index = new OrderedIndex(['a1', 'b1', 'a2', 'x', 'a3'], (item) => (item === 'x' ? undefined : item[0]));
    expect(index.all('a')).toEqual(['a1', 'a2', 'a3']);
    expect(index.all('x')).toEqual([]);
    const used = new Set<string>();
    expect(index.firstUnused('a', used)).toBe('a1');
    used.add('a1').add('a2');
    expect(index.firstUnused('a', used)).toBe('a3');
    used.add('a3');
    expect(index.firstUnused('a', used)).toBeUndefined();
    expect(index.firstUnused('b', used)).toBe('b1');
  });
});
