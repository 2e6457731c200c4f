import type { ClaimSide } from '../core/claims.js';

/**
 * Where one document writes a name, found by its first word: "Container Linux" stands in "Flatcar
 * Container Linux" though the extraction took the longer name there. Built on first use, since most
 * names are found by value (lookup.ts) and the index reads the whole document.
 */
export class WrittenNames {
  private index: Map<string, number[]> | undefined;
  private read: readonly string[] | undefined;
  /** Names already looked for: a document names "Debian" a thousand times. */
  private readonly found = new Map<string, Omit<ClaimSide, 'value'> | undefined>();

  constructor(private readonly texts: () => readonly string[]) {}

  /** The first place the document writes `name` as whole words, or undefined. */
  find(name: string): Omit<ClaimSide, 'value'> | undefined {
    if (this.found.has(name)) return this.found.get(name);
    const place = this.search(name);
    this.found.set(name, place);
    return place;
  }

  private search(name: string): Omit<ClaimSide, 'value'> | undefined {
    const first = FIRST_WORD.exec(name)?.[0];
    if (!first || name.length < 2) return undefined;
    const texts = (this.read ??= this.texts());
    const places = this.build(texts).get(first) ?? [];
    for (let k = 0; k < places.length; k += 2) {
      const sentence = places[k]!;
      const start = places[k + 1]!;
      const text = texts[sentence]!;
      const end = start + name.length;
      if (text.startsWith(name, start) && !/[\p{L}\p{N}]/u.test(text.charAt(end))) return { sentence, text: name, start, end };
    }
    return undefined;
  }

  /** Each word's places as flat (sentence, offset) pairs, at most MAX_PLACES per word. */
  private build(texts: readonly string[]): Map<string, number[]> {
    if (this.index) return this.index;
    const index = new Map<string, number[]>();
    texts.forEach((text, sentence) => {
      for (const m of text.matchAll(WORDS)) {
        let places = index.get(m[0]);
        if (!places) index.set(m[0], (places = []));
        if (places.length < 2 * MAX_PLACES) places.push(sentence, m.index);
      }
    });
    return (this.index = index);
  }
}

const FIRST_WORD = /^[\p{L}\p{N}]*\p{Lu}[\p{L}\p{N}]*/u;
/** Words with a capital: a name's first word has one ("Container", "iPhone"), and most words of a text have none. */
const WORDS = /(?<![\p{L}\p{N}])[\p{L}\p{N}]*\p{Lu}[\p{L}\p{N}]*/gu;

/** A name is checked where its first word stands; a common first word's places beyond these are not. */
const MAX_PLACES = 200;
