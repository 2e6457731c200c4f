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

  /**
   * The entry each probe of the first levels of the search lands in, by the probe's place in the search's
   * tree (the root 1, a probe n's left and right probes 2n and 2n + 1): start + 1 and end + 1, 0 when not yet
   * probed. Every search passes the same few probes at first, and stepping back over an entry to its start
   * and on to its end was most of a search's time; after some thousand searches only the last levels step.
   */
  private readonly probedStarts = new Int32Array(REMEMBERED_PROBES);
  private readonly probedEnds = new Int32Array(REMEMBERED_PROBES);

  /** Where the entry of `key` starts in the bytes, or −1. */
  find(key: string): number {
    // An ASCII key's characters are its bytes; another is compared in its UTF-8 form.
    const ascii = !NON_ASCII.test(key);
    const length = ascii ? key.length : encodeKey(key);
    const wanted = ascii ? key : keyBytes;
    let lo = this.from;
    let hi = this.to;
    // Entries starting before lo are smaller than the key, those starting at hi or later larger.
    let probe = 1;
    while (lo < hi) {
      const start = this.probeStart(probe, lo, hi);
      const order = this.compare(start, wanted, length);
      if (order === 0) return start;
      if (order > 0) {
        hi = start;
        probe = 2 * probe;
      } else {
        lo = this.probeEnd(probe, start) + 1;
        probe = 2 * probe + 1;
      }
    }
    return -1;
  }

  /** The start of the entry that `probe`, searching `[lo, hi)`, lands in: where it steps back to from the middle. */
  private probeStart(probe: number, lo: number, hi: number): number {
    const remembered = probe < REMEMBERED_PROBES ? this.probedStarts[probe]! : 0;
    if (remembered !== 0) return remembered - 1;
    let start = (lo + hi) >>> 1;
    while (start > lo && this.bytes[start - 1] !== this.separator) start--;
    if (probe < REMEMBERED_PROBES) this.probedStarts[probe] = start + 1;
    return start;
  }

  /** The end of the entry that `probe` landed in at `start`. */
  private probeEnd(probe: number, start: number): number {
    const remembered = probe < REMEMBERED_PROBES ? this.probedEnds[probe]! : 0;
    if (remembered !== 0) return remembered - 1;
    const end = this.entryEnd(start);
    if (probe < REMEMBERED_PROBES) this.probedEnds[probe] = end + 1;
    return end;
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

  /** The key of the entry at `start` against `key`'s first `length` units (characters when ASCII, else UTF-8 bytes). */
  private compare(start: number, key: string | Uint8Array, length: number): number {
    const ascii = typeof key === 'string';
    for (let i = 0, p = start + this.keyOffset; ; i++, p++) {
      const c = p < this.to ? this.bytes[p]! : this.separator;
      const x = c === this.terminator || c === this.separator ? -1 : c;
      const y = i >= length ? -1 : ascii ? key.charCodeAt(i) : key[i]!;
      if (x !== y || x < 0) return x - y;
    }
  }
}

/** The probes of a search's first 14 levels (2^14 − 1 of them): 128 kB per table, leaving the shipped lexicon's entries 3 or 4 levels to step through. */
const REMEMBERED_PROBES = 1 << 14;

const NON_ASCII = /[^\x00-\x7f]/;

/** Reused for every non-ASCII key: German words with umlauts are a good part of a run's look-ups. */
let keyBytes = new Uint8Array(256);

/** `key`'s UTF-8 bytes, as `Buffer.from(key, 'utf8')` gives them, in a new array (encodeKey's test). */
export function utf8Bytes(key: string): Uint8Array {
  const length = encodeKey(key);
  return keyBytes.slice(0, length);
}

/**
 * Writes `key` as UTF-8 into `keyBytes` and returns its length, a lone surrogate as U+FFFD as
 * `Buffer.from` writes it: a buffer made for each look-up cost more than the search.
 */
function encodeKey(key: string): number {
  if (keyBytes.length < 3 * key.length) keyBytes = new Uint8Array(3 * key.length);
  const out = keyBytes;
  let n = 0;
  for (let i = 0; i < key.length; i++) {
    let c = key.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdfff) {
      const next = i + 1 < key.length ? key.charCodeAt(i + 1) : 0;
      if (c <= 0xdbff && next >= 0xdc00 && next <= 0xdfff) {
        const codePoint = 0x10000 + ((c - 0xd800) << 10) + (next - 0xdc00);
        out[n++] = 0xf0 | (codePoint >> 18);
        out[n++] = 0x80 | ((codePoint >> 12) & 0x3f);
        out[n++] = 0x80 | ((codePoint >> 6) & 0x3f);
        out[n++] = 0x80 | (codePoint & 0x3f);
        i++;
        continue;
      }
      c = 0xfffd;
    }
    if (c < 0x80) out[n++] = c;
    else if (c < 0x800) {
      out[n++] = 0xc0 | (c >> 6);
      out[n++] = 0x80 | (c & 0x3f);
    } else {
      out[n++] = 0xe0 | (c >> 12);
      out[n++] = 0x80 | ((c >> 6) & 0x3f);
      out[n++] = 0x80 | (c & 0x3f);
    }
  }
  return n;
}

/** Strings in the order `SortedKeys` searches them (UTF-8 bytes), for writing tables it can read. */
export function byteOrder(a: string, b: string): number {
  return Buffer.compare(Buffer.from(a, 'utf8'), Buffer.from(b, 'utf8'));
}
