import type { DocumentFeatures } from '../analyse/documentFeatures.js';

/**
 * The German sentences as the pair counting of PairStats needs them: each content token's key set cut down to
 * the keys some English sentence of the document also has, and tokens left without any key dropped. A key no
 * English sentence has can never match, so counting on these gives the counts of the full features; on the
 * mixed 18k set only 42 % of the German keys remain, and each German sentence is counted against some 30
 * English ones. The sets are cut once each, not once for each of their tokens.
 */
export interface SharedGermanKeys {
  /** The kept tokens of German sentence j are sentenceStart[j] … sentenceStart[j + 1] − 1. */
  sentenceStart: Int32Array;
  /** Per kept token, its key set (numbered as in the German document's `keySets`). */
  tokenSets: Int32Array;
  /** The shared keys of set s are keys[setStart[s]] … keys[setStart[s + 1] − 1]. */
  setStart: Int32Array;
  keys: Int32Array;
}

export function germanKeysSharedWithEnglish(en: DocumentFeatures, de: DocumentFeatures, keyCount: number): SharedGermanKeys {
  const inEnglish = keysOfTokens(en, keyCount);
  const { start, keys: setKeys } = de.keySets;
  const setCount = start.length - 1;
  // Per set the German tokens have, how many of its keys are shared: sets of no German token stay at 0.
  const used = new Uint8Array(setCount);
  for (let t = 0; t < de.tokenKeySets.length; t++) used[de.tokenKeySets[t]!] = 1;
  const setStart = new Int32Array(setCount + 1);
  for (let set = 0; set < setCount; set++) {
    let shared = 0;
    if (used[set]) for (let k = start[set]!; k < start[set + 1]!; k++) shared += inEnglish[setKeys[k]!]!;
    setStart[set + 1] = setStart[set]! + shared;
  }
  const keys = new Int32Array(setStart[setCount]!);
  for (let set = 0, kept = 0; set < setCount; set++) {
    if (setStart[set + 1] === setStart[set]) continue;
    for (let k = start[set]!; k < start[set + 1]!; k++) if (inEnglish[setKeys[k]!]) keys[kept++] = setKeys[k]!;
  }
  const sentenceStart = new Int32Array(de.length + 1);
  const tokenSets = new Int32Array(de.tokenKeySets.length);
  let kept = 0;
  for (let j = 0; j < de.length; j++) {
    for (let t = de.tokenStart[j]!; t < de.tokenStart[j + 1]!; t++) {
      const set = de.tokenKeySets[t]!;
      if (setStart[set + 1]! > setStart[set]!) tokenSets[kept++] = set;
    }
    sentenceStart[j + 1] = kept;
  }
  return { sentenceStart, tokenSets: tokenSets.subarray(0, kept), setStart, keys };
}

/** Which keys some token of the document has (1) or none (0): each of its key sets read once. */
function keysOfTokens(doc: DocumentFeatures, keyCount: number): Uint8Array {
  const has = new Uint8Array(keyCount);
  const { start, keys } = doc.keySets;
  const seen = new Uint8Array(start.length - 1);
  for (let t = 0; t < doc.tokenKeySets.length; t++) {
    const set = doc.tokenKeySets[t]!;
    if (seen[set]) continue;
    seen[set] = 1;
    for (let k = start[set]!; k < start[set + 1]!; k++) has[keys[k]!] = 1;
  }
  return has;
}
