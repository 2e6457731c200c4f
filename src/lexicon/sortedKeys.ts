/**
 * Sorted `key<terminator>value` entries inside one byte buffer, found by binary search over byte
 * positions, as look(1) searches a sorted file: a probe lands anywhere, steps back to the start of
 * its entry and compares. The shipped lexicon has 75k English stems, 20k German forms and 170k
 * German stems, and a run looks up a few thousand; nothing is built at load — no Map, no array of
 * offsets, not even the 6.7 MB decoded into a string — and a look-up costs some twenty probes.
 * Keys are compared as UTF-8 bytes (the order of code points); a value is decoded when read.
 */
export class SortedKeys {
  /**
   * `bytes[from, to)` holds the entries, `separator` between them (a newline, a space), each key running
   * from `keyOffset` bytes into its entry (past a line's marker) up to `terminator` or the entry's end.
   */
  constructor(
    private readonly bytes: Buffer,
    private readonly from: number,
    private readonly to: number,
    private readonly separator: number,
    private readonly terminator: number,
    private readonly keyOffset = 0,
  ) {}

  /** Where the entry of `key` starts in the bytes, or −1. */
  find(key: string): number {
    // An ASCII key's characters are its bytes; another is compared in its UTF-8 form.
    const wanted = NON_ASCII.test(key) ? Buffer.from(key, 'utf8') : key;
    let lo = this.from;
    let hi = this.to;
    // Entries starting before lo are smaller than the key, those starting at hi or later larger.
    while (lo < hi) {
      let start = (lo + hi) >>> 1;
      while (start > lo && this.bytes[start - 1] !== this.separator) start--;
      const order = this.compare(start, wanted);
      if (order === 0) return start;
      if (order > 0) hi = start;
      else lo = this.entryEnd(start) + 1;
    }
    return -1;
  }

  has(key: string): boolean {
    return this.find(key) >= 0;
  }

  /** The value of the entry at `start` (after the terminator, up to the separator), decoded. */
  valueAt(start: number): string {
    let from = start + this.keyOffset;
    while (this.bytes[from] !== this.terminator) from++;
    return this.bytes.toString('utf8', from + 1, this.entryEnd(from));
  }

  private entryEnd(start: number): number {
    let end = start;
    while (end < this.to && this.bytes[end] !== this.separator) end++;
    return end;
  }

  /** The key of the entry at `start` against `key` (its characters when ASCII, else its UTF-8 bytes). */
  private compare(start: number, key: string | Buffer): number {
    const ascii = typeof key === 'string';
    for (let i = 0, p = start + this.keyOffset; ; i++, p++) {
      const c = p < this.to ? this.bytes[p]! : this.separator;
      const x = c === this.terminator || c === this.separator ? -1 : c;
      const y = i >= key.length ? -1 : ascii ? key.charCodeAt(i) : key[i]!;
      if (x !== y || x < 0) return x - y;
    }
  }
}

const NON_ASCII = /[^\x00-\x7f]/;

/** Strings in the order `SortedKeys` searches them (UTF-8 bytes), for writing tables it can read. */
export function byteOrder(a: string, b: string): number {
  return Buffer.compare(Buffer.from(a, 'utf8'), Buffer.from(b, 'utf8'));
}
