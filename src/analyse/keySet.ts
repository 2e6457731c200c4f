/**
 * The distinct keys of one word type, gathered while its keys are worked out: one set for all of an
 * analyser's types, emptied for each (`clear`). A Set<number> made for each type cost an allocation and a
 * hashed insert for each of a word's some 15 keys; here a key is marked by the number of the type that
 * last added it.
 */
export class KeySet {
  /** The keys in the order added: `added[0 … size − 1]`. */
  added: Int32Array = new Int32Array(64);
  size = 0;
  /** `markedBy[key]` is the round that last added the key. */
  private markedBy: Int32Array = new Int32Array(1024);
  private round = 1;

  /** Empties the set. */
  clear(): void {
    this.size = 0;
    this.round++;
  }

  add(key: number): void {
    if (key >= this.markedBy.length) this.markedBy = grown(this.markedBy, key + 1);
    if (this.markedBy[key] === this.round) return;
    this.markedBy[key] = this.round;
    if (this.size === this.added.length) this.added = grown(this.added, this.size + 1);
    this.added[this.size++] = key;
  }
}

function grown(array: Int32Array, needed: number): Int32Array {
  const larger = new Int32Array(Math.max(needed, array.length * 2));
  larger.set(array);
  return larger;
}
