import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { shippedLexicon, shippedReverseLexicon } from '../../../src/lexicon/load.js';
import { byteOrder } from '../../../src/lexicon/sortedKeys.js';

// The shipped tables are searched in place by binary search (src/lexicon/sortedKeys.ts), which is
// only right when every key stands in UTF-8 byte order: checked here on the files themselves.
const lines = (name: string) => gunzipSync(readFileSync(new URL(`../../../data/lexicon/${name}`, import.meta.url))).toString('utf8').split('\n').filter(Boolean);

function expectStrictlyIncreasing(keys: string[]): void {
  const outOfOrder = keys.findIndex((key, k) => k > 0 && byteOrder(keys[k - 1]!, key) >= 0);
  expect(outOfOrder === -1 ? undefined : [keys[outOfOrder - 1], keys[outOfOrder]]).toBeUndefined();
}

describe('shipped lexicon layout', () => {
  const table = lines('en-de.tsv.gz');
  const entries = table.filter((l) => !l.startsWith('=') && !l.startsWith('\t'));
  const forms = table.filter((l) => l.startsWith('='));
  const list = table.filter((l) => l.startsWith('\t'));

  it('has its entries, then its forms, then the German stem list, each sorted in byte order', () => {
    expect(table.length).toBe(entries.length + forms.length + 1);
    expect(table.indexOf(forms[0]!)).toBe(entries.length);
    expect(table[table.length - 1]).toBe(list[0]);
    expectStrictlyIncreasing(entries.map((l) => l.split('\t')[0]!));
    expectStrictlyIncreasing(forms.map((l) => l.slice(1).split('\t')[0]!));
    expectStrictlyIncreasing(list[0]!.slice(1).split(' '));
  });

  it('finds every entry, form and German stem it has', () => {
    const lexicon = shippedLexicon();
    for (const line of entries) {
      const [key, value] = line.split('\t');
      expect(lexicon.translations(key!).join(' ')).toBe(value);
    }
    for (const line of forms) {
      const [key, value] = line.slice(1).split('\t');
      expect(lexicon.germanLemmas(key!).join(' ')).toBe(value);
    }
    const stems = list[0]!.slice(1).split(' ');
    expect(stems.every((s) => lexicon.hasGermanStem(s))).toBe(true);
    expect(stems.some((s) => lexicon.hasGermanStem(`${s}\u0000`) || lexicon.hasEnglishStem(`=${s}`))).toBe(false);
  });

  it('sorts and finds the reverse direction too', () => {
    const reverse = lines('de-en.tsv.gz');
    expectStrictlyIncreasing(reverse.map((l) => l.split('\t')[0]!));
    const lexicon = shippedReverseLexicon();
    for (const line of reverse.filter((_, k) => k % 7 === 0)) {
      const [key, value] = line.split('\t');
      expect(lexicon.english(key!).join(' ')).toBe(value);
    }
  });
});
