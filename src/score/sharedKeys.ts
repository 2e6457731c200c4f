import type { DocumentFeatures } from '../analyse/documentFeatures.js';
import type { KeySets } from '../analyse/keySets.js';

/**
 * The German sentences as pair counting needs them: each content token's key set cut down to the keys some
 * English sentence of the document also has, and tokens left without any key dropped. A key no English
 * sentence has can never match, so counting on these gives the counts of the full features; on the mixed 18k
 * set only 42 % of the German keys remain, and each German sentence is counted against some 30 English ones
 * (PairStats) or scored as a candidate of up to six. The sets are cut once each, not once for each token.
 */
export interface SharedGermanKeys {
  /** The kept tokens of German sentence j are sentenceStart[j] … sentenceStart[j + 1] − 1. */
  sentenceStart: Int32Array;
  /** Per kept token, its key set (numbered as in the German document's `keySets`). */
  tokenSets: Int32Array;
  /** The shared keys of each set. */
  sets: KeySets;
}

export function germanKeysSharedWithEnglish(en: DocumentFeatures, de: DocumentFeatures, keyCount: number): SharedGermanKeys {
  const sets = keySetsCutTo(de, keysOfTokens(en, keyCount));
  const sentenceStart = new Int32Array(de.length + 1);
  const tokenSets = new Int32Array(de.tokenKeySets.length);
  let kept = 0;
  for (let j = 0; j < de.length; j++) {
    for (let t = de.tokenStart[j]!; t < de.tokenStart[j + 1]!; t++) {
      const set = de.tokenKeySets[t]!;
      if (sets.start[set + 1]! > sets.start[set]!) tokenSets[kept++] = set;
    }
    sentenceStart[j + 1] = kept;
  }
  return { sentenceStart, tokenSets: tokenSets.subarray(0, kept), sets };
}

/**
 * The key sets of `doc`'s tokens cut down to the keys `present` marks, numbered as in `doc.keySets` (sets no
 * token of `doc` has are left empty). An English sentence loaded from these into the matcher sets the bits
 * of only the keys the German document has, the only ones a German sentence can look up: some two thirds of
 * an English token's keys (its word's many translations) are in no German sentence.
 */
export function keySetsCutTo(doc: DocumentFeatures, present: Uint8Array): KeySets {
  const { start, keys: setKeys } = doc.keySets;
  const setCount = start.length - 1;
  const used = setsInUse(doc);
  const cutStart = new Int32Array(setCount + 1);
  for (let set = 0; set < setCount; set++) {
    let kept = 0;
    if (used[set]) for (let k = start[set]!; k < start[set + 1]!; k++) kept += present[setKeys[k]!]!;
    cutStart[set + 1] = cutStart[set]! + kept;
  }
  const keys = new Int32Array(cutStart[setCount]!);
  for (let set = 0, kept = 0; set < setCount; set++) {
    if (cutStart[set + 1] === cutStart[set]) continue;
    for (let k = start[set]!; k < start[set + 1]!; k++) if (present[setKeys[k]!]) keys[kept++] = setKeys[k]!;
  }
  return { start: cutStart, keys };
}

/** Which keys some token of the document has (1) or none (0): each of its key sets read once. */
export function keysOfTokens(doc: DocumentFeatures, keyCount: number): Uint8Array {
  const has = new Uint8Array(keyCount);
  const { start, keys } = doc.keySets;
  const used = setsInUse(doc);
  for (let set = 0; set < used.length; set++) {
    if (used[set]) for (let k = start[set]!; k < start[set + 1]!; k++) has[keys[k]!] = 1;
  }
  return has;
}

/** Which of the key sets some token of `doc` has (1) or none (0): the analyser's sets serve every document it read. */
function setsInUse(doc: DocumentFeatures): Uint8Array {
  const used = new Uint8Array(doc.keySets.start.length - 1);
  for (let t = 0; t < doc.tokenKeySets.length; t++) used[doc.tokenKeySets[t]!] = 1;
  return used;
}
