import type { DocumentFeatures } from '../analyse/documentFeatures.js';
import { contentCount, type SentenceFeatures } from '../analyse/features.js';
import type { KeySets } from '../analyse/keySets.js';
import { germanKeysSharedWithEnglish, keySetsCutTo, keysOfTokens, type SharedGermanKeys } from './sharedKeys.js';

/** How many content tokens of each side found a counterpart on the other side. */
export interface MatchCounts {
  en: number;
  de: number;
}

/** Up to this many English tokens are tracked one by one (a bit each); the rest share the last bit. */
const TRACKED = 31;

/**
 * Counts matching tokens between one English sentence and many German ones quickly: the English
 * sentence's keys are loaded once into a key → token-bitmask table, then each German sentence
 * costs one table read per key. Memory: one Int32Array over all keys, reused: the keys of the sentence
 * loaded before are cleared when the next one is loaded, so that a key no loaded token has reads 0
 * without a second table telling which entries are current (a second memory read per German key).
 */
export class PairMatcher {
  private readonly mask: Int32Array;
  /** The English sentence loaded: its features, or its document and index (`loadedIndex`, else −1). */
  private loadedEn: SentenceFeatures | DocumentFeatures | undefined;
  private loadedIndex = -1;
  /** The key sets a document's sentence was loaded from (its own, or cut down: `loadSentence`). */
  private loadedSets: KeySets | undefined;
  private loadedTokens = 0;
  /** What the last `match` found, kept in fields so that a count makes no object it would throw away. */
  private enBits = 0;
  private deBits = 0;
  private deCount = 0;
  /** The last pair of documents' key sets cut down to the keys both have (`cutFor`). */
  private cut: DocumentPairKeys | undefined;

  constructor(keyCount: number) {
    this.mask = new Int32Array(keyCount);
  }

  /** The keys it was made for: 0 … keyCount − 1. */
  get keyCount(): number {
    return this.mask.length;
  }

  /** Loads an English sentence (call before `count`). */
  load(en: SentenceFeatures): void {
    if (this.loadedEn === en) return;
    this.unload();
    this.loadedEn = en;
    this.loadedIndex = -1;
    const { starts, keys } = en;
    this.loadedTokens = contentCount(en);
    for (let t = 0; t < this.loadedTokens; t++) {
      const bit = 1 << Math.min(t, TRACKED - 1);
      for (let k = starts[t]!; k < starts[t + 1]!; k++) this.mask[keys[k]!] |= bit;
    }
  }

  /**
   * Loads English sentence i of a document: `load(doc.at(i))` without gathering its keys. `sets`: the
   * document's key sets, or those sets cut down to the keys of the German document counted against next
   * (sharedKeys.ts `keySetsCutTo`), which give the same counts against it with fewer bits set.
   */
  loadSentence(doc: DocumentFeatures, i: number, sets: KeySets = doc.keySets): void {
    if (this.loadedEn === doc && this.loadedIndex === i && this.loadedSets === sets) return;
    this.unload();
    this.loadedEn = doc;
    this.loadedIndex = i;
    this.loadedSets = sets;
    const { tokenStart, tokenKeySets } = doc;
    const { start, keys } = sets;
    const first = tokenStart[i]!;
    this.loadedTokens = tokenStart[i + 1]! - first;
    for (let t = 0; t < this.loadedTokens; t++) {
      const bit = 1 << Math.min(t, TRACKED - 1);
      const set = tokenKeySets[first + t]!;
      for (let k = start[set]!; k < start[set + 1]!; k++) this.mask[keys[k]!] |= bit;
    }
  }

  /** Matches of the loaded English sentence against one German sentence. */
  count(de: SentenceFeatures): MatchCounts {
    this.match(de);
    // Tokens past the 31st share one bit, so very long English sentences undercount slightly.
    return { en: popcount(this.enBits), de: this.deCount };
  }

  /**
   * The key sets of two documents cut down to the keys both have (sharedKeys.ts), made once for the pair and
   * kept: the candidate search, PairStats and the links' evidence count the same pair of documents.
   */
  cutFor(en: DocumentFeatures, de: DocumentFeatures): DocumentPairKeys {
    if (this.cut?.en !== en || this.cut.de !== de) {
      this.cut = { en, de, english: keySetsCutTo(en, keysOfTokens(de, this.keyCount)), german: germanKeysSharedWithEnglish(en, de, this.keyCount) };
    }
    return this.cut;
  }

  /** `loadSentence(en, i)` and `countSentence(de, j)`, on the keys both documents have: the same counts. */
  countPair(en: DocumentFeatures, i: number, de: DocumentFeatures, j: number): MatchCounts {
    const cut = this.cutFor(en, de);
    this.loadSentence(en, i, cut.english);
    return this.countShared(cut.german, j);
  }

  /** `count` of German sentence `j` of `shared` (sharedKeys.ts): the same counts, from only the keys that can match. */
  countShared(shared: SharedGermanKeys, j: number): MatchCounts {
    this.matchShared(shared, j);
    return { en: popcount(this.enBits), de: this.deCount };
  }

  /** `count(doc.at(j))` without gathering its keys. */
  countSentence(doc: DocumentFeatures, j: number): MatchCounts {
    const { tokenStart, tokenKeySets } = doc;
    const { start, keys } = doc.keySets;
    const first = tokenStart[j]!;
    let enBits = 0;
    let deCount = 0;
    for (let t = first; t < tokenStart[j + 1]!; t++) {
      const set = tokenKeySets[t]!;
      let hit = 0;
      for (let k = start[set]!; k < start[set + 1]!; k++) hit |= this.mask[keys[k]!]!;
      if (hit !== 0) {
        deCount++;
        enBits |= hit;
      }
    }
    return { en: popcount(enBits), de: deCount };
  }

  /** Clears the masks of the sentence loaded, so that a key no loaded token has reads 0. */
  private unload(): void {
    const en = this.loadedEn;
    if (en === undefined) return;
    if (this.loadedIndex < 0) {
      const { keys } = en as SentenceFeatures;
      for (let k = 0; k < keys.length; k++) this.mask[keys[k]!] = 0;
      return;
    }
    const doc = en as DocumentFeatures;
    const { start, keys } = this.loadedSets!;
    for (let t = doc.tokenStart[this.loadedIndex]!; t < doc.tokenStart[this.loadedIndex + 1]!; t++) {
      const set = doc.tokenKeySets[t]!;
      for (let k = start[set]!; k < start[set + 1]!; k++) this.mask[keys[k]!] = 0;
    }
  }

  /**
   * `count` of German sentence `j` of `shared` (sharedKeys.ts), written into two arrays at `cell`, each
   * capped at 255, without an object per pair (PairStats counts half a million pairs on an 18k-sentence
   * document): the same counts, from only the keys that can match. The loaded English sentence must be one
   * of those `shared` was made with.
   */
  countSharedInto(shared: SharedGermanKeys, j: number, enOut: Uint8Array, deOut: Uint8Array, cell: number): void {
    this.matchShared(shared, j);
    enOut[cell] = Math.min(255, popcount(this.enBits));
    deOut[cell] = Math.min(255, this.deCount);
  }

  /** Matches against German sentence `j` of `shared`; the results go to fields (deBits is not kept). */
  private matchShared(shared: SharedGermanKeys, j: number): void {
    const { sentenceStart, tokenSets } = shared;
    const { start, keys } = shared.sets;
    let enBits = 0;
    let deCount = 0;
    for (let t = sentenceStart[j]!; t < sentenceStart[j + 1]!; t++) {
      const set = tokenSets[t]!;
      let hit = 0;
      for (let k = start[set]!; k < start[set + 1]!; k++) {
        hit |= this.mask[keys[k]!]!;
      }
      if (hit !== 0) {
        deCount++;
        enBits |= hit;
      }
    }
    this.enBits = enBits;
    this.deCount = deCount;
  }

  /** Which tokens matched, as bitmasks (bit t = token t; tokens past the 31st share the last bit). */
  masks(de: SentenceFeatures): MatchCounts {
    this.match(de);
    return { en: this.enBits, de: this.deBits };
  }

  /**
   * How many content tokens of the German sentence pair off with tokens of the loaded English sentence when
   * each token is used once (a maximum bipartite matching): a word said twice in German needs two
   * counterparts, where `count` lets one English word explain every German token it matches. English tokens
   * past the 31st share one bit, which may then be used as often as tokens share it.
   */
  pairedOneToOne(de: SentenceFeatures): number {
    const hits: number[] = [];
    const { starts, keys } = de;
    for (let t = 0; t < contentCount(de); t++) {
      let hit = 0;
      for (let k = starts[t]!; k < starts[t + 1]!; k++) {
        hit |= this.mask[keys[k]!]!;
      }
      if (hit !== 0) hits.push(hit);
    }
    const sharedUses = Math.max(1, this.loadedTokens - (TRACKED - 1));
    return maximumMatching(hits, (bit) => (bit === TRACKED - 1 ? sharedUses : 1));
  }

  /** Matches against a German sentence's keys; the results go to fields. */
  private match(de: SentenceFeatures): void {
    const { starts, keys } = de;
    let enBits = 0;
    let deBits = 0;
    let deCount = 0;
    for (let t = 0; t < contentCount(de); t++) {
      let hit = 0;
      for (let k = starts[t]!; k < starts[t + 1]!; k++) {
        hit |= this.mask[keys[k]!]!;
      }
      if (hit !== 0) {
        deCount++;
        deBits |= 1 << Math.min(t, TRACKED - 1);
        enBits |= hit;
      }
    }
    this.enBits = enBits;
    this.deBits = deBits;
    this.deCount = deCount;
  }
}

/** Two documents' key sets cut down to the keys both have: `english` for loading, `german` for counting. */
export interface DocumentPairKeys {
  en: DocumentFeatures;
  de: DocumentFeatures;
  english: KeySets;
  german: SharedGermanKeys;
}

function popcount(x: number): number {
  x = x - ((x >>> 1) & 0x55555555);
  x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
  return (((x + (x >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
}

/**
 * Size of a maximum matching between German tokens (each given by the mask of English token bits it
 * matches) and English token bits, bit b used at most `uses(b)` times (Kuhn's augmenting paths; sentences
 * have a few dozen tokens, so the cubic worst case stays small).
 */
function maximumMatching(hits: readonly number[], uses: (bit: number) => number): number {
  const holders: number[][] = Array.from({ length: TRACKED }, () => []);
  const augment = (token: number, seen: Uint8Array): boolean => {
    for (let bit = 0; bit < TRACKED; bit++) {
      if (!(hits[token]! & (1 << bit)) || seen[bit]) continue;
      seen[bit] = 1;
      const held = holders[bit]!;
      if (held.length < uses(bit)) {
        held.push(token);
        return true;
      }
      for (let h = 0; h < held.length; h++) {
        if (augment(held[h]!, seen)) {
          held[h] = token;
          return true;
        }
      }
    }
    return false;
  };
  let matched = 0;
  for (let token = 0; token < hits.length; token++) if (augment(token, new Uint8Array(TRACKED))) matched++;
  return matched;
}
