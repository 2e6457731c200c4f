import type { Analyser, KeyTable, SentenceFeatures } from './features.js';

/**
 * A document's features in a few flat arrays, numbered by the analyser that made them, with that
 * analyser's key table: what a worker thread sends back. Typed arrays go in the transfer list (moved,
 * not copied); a few hundred thousand small arrays and objects would each be cloned.
 */
export interface PackedFeatures {
  /** Per sentence: its length, its clause-start bits, its content tokens, its anchors. */
  lengths: Int32Array;
  clauseStarts: Int32Array;
  tokenCounts: Int32Array;
  anchorCounts: Int32Array;
  /** Every sentence's `starts` (tokens + 1 each), `keys` and `heads`, one after another. */
  starts: Int32Array;
  keys: Int32Array;
  heads: Int32Array;
  anchors: string[];
  keyTable: KeyTable;
}

export function packFeatures(features: readonly SentenceFeatures[], keyTable: KeyTable): PackedFeatures {
  const n = features.length;
  let startCount = 0;
  let keyCount = 0;
  for (const f of features) {
    startCount += f.starts.length;
    keyCount += f.keys.length;
  }
  const packed: PackedFeatures = {
    lengths: new Int32Array(n),
    clauseStarts: new Int32Array(n),
    tokenCounts: new Int32Array(n),
    anchorCounts: new Int32Array(n),
    starts: new Int32Array(startCount),
    keys: new Int32Array(keyCount),
    heads: new Int32Array(startCount - n),
    anchors: [],
    keyTable,
  };
  let s = 0;
  let k = 0;
  let h = 0;
  features.forEach((f, i) => {
    packed.lengths[i] = f.length;
    packed.clauseStarts[i] = f.clauseStarts;
    packed.tokenCounts[i] = f.heads.length;
    packed.anchorCounts[i] = f.anchors.length;
    packed.starts.set(f.starts, s);
    packed.keys.set(f.keys, k);
    packed.heads.set(f.heads, h);
    for (const anchor of f.anchors) packed.anchors.push(anchor);
    s += f.starts.length;
    k += f.keys.length;
    h += f.heads.length;
  });
  return packed;
}

/** The buffers `postMessage` can move instead of copying. */
export function transferList(packed: PackedFeatures): ArrayBuffer[] {
  const { lengths, clauseStarts, tokenCounts, anchorCounts, starts, keys, heads, keyTable } = packed;
  return [lengths, clauseStarts, tokenCounts, anchorCounts, starts, keys, heads, keyTable.kinds].map((array) => array.buffer as ArrayBuffer);
}

/**
 * The packed features renumbered as `analyser`'s own (it adopts their keys, see `Analyser.adoptKeys`),
 * as views of the packed arrays, which are changed in place. Each token's keys are sorted again, since
 * analysers keep them in ascending order and renumbering moves them.
 */
export function unpackFeatures(packed: PackedFeatures, analyser: Analyser): SentenceFeatures[] {
  const ids = analyser.adoptKeys(packed.keyTable);
  const { starts, keys, heads, anchors } = packed;
  for (let k = 0; k < keys.length; k++) keys[k] = ids[keys[k]!]!;
  for (let h = 0; h < heads.length; h++) heads[h] = ids[heads[h]!]!;
  const features = new Array<SentenceFeatures>(packed.lengths.length);
  let s = 0;
  let k = 0;
  let h = 0;
  let a = 0;
  for (let i = 0; i < features.length; i++) {
    const tokens = packed.tokenCounts[i]!;
    const sentenceStarts = starts.subarray(s, s + tokens + 1);
    const keyCount = sentenceStarts[tokens]!;
    for (let t = 0; t < tokens; t++) sortRange(keys, k + sentenceStarts[t]!, k + sentenceStarts[t + 1]!);
    features[i] = {
      length: packed.lengths[i]!,
      starts: sentenceStarts,
      keys: keys.subarray(k, k + keyCount),
      heads: heads.subarray(h, h + tokens),
      anchors: anchors.slice(a, a + packed.anchorCounts[i]!),
      clauseStarts: packed.clauseStarts[i]!,
    };
    s += tokens + 1;
    k += keyCount;
    h += tokens;
    a += packed.anchorCounts[i]!;
  }
  return features;
}

/** Sorts `array[from, to)` ascending in place: a token has a handful of keys, so insertion sort, and no subarray made. */
function sortRange(array: Int32Array, from: number, to: number): void {
  for (let i = from + 1; i < to; i++) {
    const value = array[i]!;
    let j = i - 1;
    while (j >= from && array[j]! > value) {
      array[j + 1] = array[j]!;
      j--;
    }
    array[j + 1] = value;
  }
}
