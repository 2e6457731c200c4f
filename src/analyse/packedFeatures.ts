import { DocumentFeatures, type FlatFeatures } from './documentFeatures.js';
import type { Analyser, KeyTable } from './features.js';

/**
 * A document's features as `DocumentFeatures` stores them, numbered by the analyser that made them, with
 * that analyser's key table: what a worker thread sends back. Typed arrays go in the transfer list (moved,
 * not copied); a few hundred thousand small arrays and objects would each be cloned.
 */
export interface PackedFeatures extends FlatFeatures {
  keyTable: KeyTable;
}

export function packFeatures(features: DocumentFeatures, keyTable: KeyTable): PackedFeatures {
  const { lengths, clauseStarts, tokenStart, heads, anchorStart, anchors, tokenKeySets, keySets } = features;
  return { lengths, clauseStarts, tokenStart, heads, anchorStart, anchors, tokenKeySets, keySets, keyTable };
}

/** The buffers `postMessage` can move instead of copying. */
export function transferList(packed: PackedFeatures): ArrayBuffer[] {
  const { lengths, clauseStarts, tokenStart, heads, anchorStart, tokenKeySets, keySets, keyTable } = packed;
  const arrays = [lengths, clauseStarts, tokenStart, heads, anchorStart, tokenKeySets, keySets.start, keySets.keys, keyTable.kinds];
  return [...new Set(arrays.map((array) => array.buffer as ArrayBuffer))];
}

/**
 * The packed features renumbered as `analyser`'s own (it adopts their keys, see `Analyser.adoptKeys`); the
 * packed arrays are changed in place. Each key set is sorted again, since analysers keep them in ascending
 * order and renumbering moves them.
 */
export function unpackFeatures(packed: PackedFeatures, analyser: Analyser): DocumentFeatures {
  const ids = analyser.adoptKeys(packed.keyTable);
  const features = new DocumentFeatures(packed);
  const { heads, keySets } = features;
  const { start, keys } = keySets;
  for (let h = 0; h < heads.length; h++) heads[h] = ids[heads[h]!]!;
  for (let k = 0; k < keys.length; k++) keys[k] = ids[keys[k]!]!;
  for (let set = 0; set + 1 < start.length; set++) sortRange(keys, start[set]!, start[set + 1]!);
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
