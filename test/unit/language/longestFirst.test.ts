import { describe, expect, it } from 'vitest';
import { longestFirst } from '../../../src/language/detect.js';

// Detection sorts a document's lines by counting their lengths; it must give the stable sort's order.
describe('longestFirst', () => {
  it('orders lines as a stable sort by length, longest first, does', () => {
    let seed = 7;
    const random = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    for (let n = 0; n < 200; n++) {
      const lines = Array.from({ length: Math.floor(random() * 60) }, (_, k) => `${k}:${'x'.repeat(Math.floor(random() * 8))}`);
      expect(longestFirst(lines)).toEqual([...lines].sort((a, b) => b.length - a.length));
    }
    expect(longestFirst([])).toEqual([]);
  });
});
