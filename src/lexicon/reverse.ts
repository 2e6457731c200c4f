/**
 * The DE→EN direction of the shipped lexicon (data/lexicon/de-en.tsv.gz): a German stem's English
 * stems, uncapped on the English side, so "Gebäude" finds "building" though "building" has more German
 * senses than the EN→DE lists keep. The claims diff looks up a few hundred stems of 200k, so the
 * sorted text is searched in place (binary search over its line starts) rather than parsed into a map.
 */
export class ReverseLexicon {
  private readonly found = new Map<string, readonly string[]>();

  private constructor(
    private readonly text: string,
    private readonly lineStarts: Int32Array,
  ) {}

  /** Lines `de_stem<TAB>en_stem …`, sorted by German stem in UTF-16 code-unit order (the build script's sort). */
  static fromStemTable(text: string): ReverseLexicon {
    const starts: number[] = [];
    for (let start = 0; start < text.length; ) {
      starts.push(start);
      const end = text.indexOf('\n', start);
      start = end < 0 ? text.length : end + 1;
    }
    return new ReverseLexicon(text, Int32Array.from(starts));
  }

  english(deStem: string): readonly string[] {
    let list = this.found.get(deStem);
    if (list === undefined) {
      list = this.search(deStem);
      this.found.set(deStem, list);
    }
    return list;
  }

  private search(deStem: string): readonly string[] {
    let lo = 0;
    let hi = this.lineStarts.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >>> 1;
      const start = this.lineStarts[mid]!;
      const tab = this.text.indexOf('\t', start);
      const key = this.text.slice(start, tab);
      if (key === deStem) {
        const end = this.text.indexOf('\n', tab);
        return this.text.slice(tab + 1, end < 0 ? this.text.length : end).split(' ');
      }
      if (key < deStem) lo = mid + 1;
      else hi = mid - 1;
    }
    return NONE;
  }
}

const NONE: readonly string[] = Object.freeze([]);
