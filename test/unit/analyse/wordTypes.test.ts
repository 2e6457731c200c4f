import { describe, expect, it } from 'vitest';
import { KeySet } from '../../../src/analyse/keySet.js';
import { WordTypes } from '../../../src/analyse/wordTypes.js';

describe('WordTypes', () => {
  it('makes a value once per word type, found by the word\'s place in any text, through growth', () => {
    const types = new WordTypes<string>();
    const made: string[] = [];
    const make = (word: string) => {
      made.push(word);
      return word.toUpperCase();
    };
    const words = Array.from({ length: 5000 }, (_, k) => `w${k.toString(36)}`);
    const text = words.join(' ');
    let at = 0;
    for (const word of words) {
      expect(types.valueAt(text, at, at + word.length, make)).toBe(word.toUpperCase());
      at += word.length + 1;
    }
    expect(types.size).toBe(5000);
    // The same words met again, in another text and place: nothing made anew.
    const again = `x ${words[4321]} ${words[0]}`;
    expect(types.valueAt(again, 2, 2 + words[4321]!.length, make)).toBe(words[4321]!.toUpperCase());
    expect(types.valueAt(again, again.length - 2, again.length, make)).toBe('W0');
    expect(made).toEqual(words);
  });

  it('tells apart words of one hash only by their characters (case, prefixes)', () => {
    const types = new WordTypes<number>();
    let next = 0;
    const make = () => next++;
    const text = 'Install install installs in';
    expect(types.valueAt(text, 0, 7, make)).toBe(0);
    expect(types.valueAt(text, 8, 15, make)).toBe(1);
    expect(types.valueAt(text, 16, 24, make)).toBe(2);
    expect(types.valueAt(text, 25, 27, make)).toBe(3);
    expect(types.valueAt(text, 16, 18, make)).toBe(3);
  });
});

describe('KeySet', () => {
  it('keeps each key once, in the order first added, until cleared', () => {
    const keys = new KeySet();
    for (const key of [5, 3, 5, 70_000, 3, 0]) keys.add(key);
    expect([...keys.added.subarray(0, keys.size)]).toEqual([5, 3, 70_000, 0]);
    keys.clear();
    expect(keys.size).toBe(0);
    for (let key = 0; key < 100; key++) keys.add(99 - key);
    keys.add(5);
    expect(keys.size).toBe(100);
    expect(keys.added[0]).toBe(99);
  });
});
