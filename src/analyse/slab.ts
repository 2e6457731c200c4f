/**
 * Small Int32Arrays cut from shared blocks: the keys of each word type. Made one by one, each is an
 * ArrayBuffer of its own with a backing store V8 keeps outside the heap and tracks one by one through
 * every garbage collection. Views of a few large blocks are plain heap objects. The arrays are never
 * freed one by one: they live as long as the analyser.
 */
export class Int32Slab {
  private block = new Int32Array(0);
  private used = 0;

  /** A zero-filled array of `length` elements. */
  take(length: number): Int32Array {
    if (length > this.block.length - this.used) {
      if (length > BLOCK_LENGTH / 8) return new Int32Array(length);
      this.block = new Int32Array(BLOCK_LENGTH);
      this.used = 0;
    }
    const array = this.block.subarray(this.used, this.used + length);
    this.used += length;
    return array;
  }

  /** The first `count` numbers of `values` in an array of their own, sorted ascending. */
  sorted(values: ArrayLike<number>, count: number): Int32Array {
    const array = this.take(count);
    for (let k = 0; k < count; k++) array[k] = values[k]!;
    return array.sort();
  }
}

const BLOCK_LENGTH = 16384;
