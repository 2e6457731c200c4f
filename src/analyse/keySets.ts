/**
 * Key sets as a document's features refer to them: set s is keys[start[s]] … keys[start[s + 1] − 1],
 * ascending. A content token's keys depend only on its word type, so a document keeps which set each token
 * has (`FlatFeatures.tokenKeySets`) rather than a copy of the keys for each token, and work that depends only
 * on the keys (the candidate search's rarest key of a token, the German keys some English sentence shares)
 * is done once per set, not once per occurrence.
 */
export interface KeySets {
  start: Int32Array;
  keys: Int32Array;
}

/**
 * The key sets of an analyser's word types, one sorted run after another in one growing array. Each was a
 * small Int32Array cut from a slab before; in one array, a document's keys are copied from one place and the
 * sets can be numbered. Sets are only ever added, so `snapshot` views stay valid as more are added.
 */
export class KeySetStore {
  private keys: Int32Array = new Int32Array(16384);
  private start: Int32Array = new Int32Array(1024);
  private keyCount = 0;
  /** How many sets there are: sets are 0 … count − 1. */
  count = 0;

  /** Adds the first `size` numbers of `values` as a set, sorted ascending, and gives its number. */
  add(values: ArrayLike<number>, size: number): number {
    if (this.keyCount + size > this.keys.length) this.keys = grown(this.keys, this.keyCount + size);
    if (this.count + 2 > this.start.length) this.start = grown(this.start, this.count + 2);
    for (let k = 0; k < size; k++) this.keys[this.keyCount + k] = values[k]!;
    this.keys.subarray(this.keyCount, this.keyCount + size).sort();
    this.keyCount += size;
    this.start[++this.count] = this.keyCount;
    return this.count - 1;
  }

  /** The sets so far, as views of the store (not copies). */
  snapshot(): KeySets {
    return { start: this.start.subarray(0, this.count + 1), keys: this.keys.subarray(0, this.keyCount) };
  }
}

function grown(array: Int32Array, needed: number): Int32Array {
  const larger = new Int32Array(Math.max(needed, array.length * 2));
  larger.set(array);
  return larger;
}
