import { SortedKeys } from './sortedKeys.js';

/**
 * The DE→EN direction of the shipped lexicon (data/lexicon/de-en.tsv.gz): a German stem's English
 * stems, uncapped on the English side, so "Gebäude" finds "building" though "building" has more German
 * senses than the EN→DE lists keep. The claims diff looks up a few hundred stems of 200k, so the
 * sorted bytes are searched in place (sortedKeys.ts) rather than parsed into a map.
 */
export class ReverseLexicon {
  private readonly found = new Map<string, readonly string[]>();

  private constructor(private readonly lines: SortedKeys) {}

  /** Lines `de_stem<TAB>en_stem …`, sorted in byte order (scripts/build-lexicon.mjs; a test checks it). */
  static fromStemTableBytes(bytes: Buffer): ReverseLexicon {
    return new ReverseLexicon(new SortedKeys(bytes, 0, bytes.length, 0x0a, 0x09));
  }

  english(deStem: string): readonly string[] {
    let list = this.found.get(deStem);
    if (list === undefined) {
      const start = this.lines.find(deStem);
      list = start < 0 ? NONE : this.lines.valueAt(start).split(' ');
      this.found.set(deStem, list);
    }
    return list;
  }
}

const NONE: readonly string[] = Object.freeze([]);
