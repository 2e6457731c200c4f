import { lazyList } from './lexicon.js';

/**
 * The DE→EN direction of the shipped lexicon (data/lexicon/de-en.tsv.gz): a German stem's English
 * stems, uncapped on the English side, so "Gebäude" finds "building" though "building" has more German
 * senses than the EN→DE lists keep. Lines are parsed on first lookup of their stem.
 */
export class ReverseLexicon {
  private readonly entries = new Map<string, string | readonly string[]>();

  static fromStemTable(text: string): ReverseLexicon {
    const lexicon = new ReverseLexicon();
    let start = 0;
    while (start < text.length) {
      let end = text.indexOf('\n', start);
      if (end < 0) end = text.length;
      const tab = text.indexOf('\t', start);
      if (tab > start && tab < end) lexicon.entries.set(text.slice(start, tab), text.slice(tab + 1, end));
      start = end + 1;
    }
    return lexicon;
  }

  english(deStem: string): readonly string[] {
    return lazyList(this.entries, deStem);
  }
}

