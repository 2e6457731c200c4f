import { describe, expect, it } from 'vitest';
import { NextOccurrence } from '../../../src/segment/nextOccurrence.js';
import { DerivedTextBuilder } from '../../../src/segment/offsetMap.js';

describe('NextOccurrence', () => {
  it('answers forward queries like a fresh search, also after the last match', () => {
    const text = 'a-->b-->c';
    const finder = new NextOccurrence(text, /-->/);
    for (let position = 0; position <= text.length; position++) {
      const fresh = text.indexOf('-->', position);
      expect(finder.startAfter(position)).toBe(fresh);
      expect(finder.endAfter(position)).toBe(fresh < 0 ? -1 : fresh + 3);
    }
  });

  it('answers a query behind the last one correctly', () => {
    const finder = new NextOccurrence('x>y>z', />/);
    expect(finder.startAfter(2)).toBe(3);
    expect(finder.startAfter(0)).toBe(1);
  });
});

describe('DerivedTextBuilder / OffsetMap', () => {
  it('maps copied characters one to one and replacements as a whole, in any query order', () => {
    const source = 'ab&amp;cd<x>ef';
    const builder = new DerivedTextBuilder(source);
    builder.copy(0, 2);
    builder.replace(2, 7, '&');
    builder.copy(7, 9);
    builder.replace(9, 12, '');
    builder.copy(12, 14);
    const { text, map } = builder.build();
    expect(text).toBe('ab&cdef');
    expect([...text].map((_, k) => map.sourceStart(k))).toEqual([0, 1, 2, 7, 8, 12, 13]);
    expect([...text].map((_, k) => map.sourceEnd(k + 1))).toEqual([1, 2, 7, 8, 9, 13, 14]);
    expect(map.sourceStart(6)).toBe(13);
    expect(map.sourceStart(0)).toBe(0);
  });

  it('adjacent copies map as one continuous copy', () => {
    const builder = new DerivedTextBuilder('hello world');
    builder.copy(0, 5);
    builder.copy(5, 11);
    const { text, map } = builder.build();
    expect(text).toBe('hello world');
    expect(map.sourceEnd(11)).toBe(11);
    expect(map.sourceStart(7)).toBe(7);
  });
});
