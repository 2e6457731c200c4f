import type { SentenceFeatures } from './features.js';
import type { KeySets } from './keySets.js';

/**
 * A document's sentence features in a few flat arrays (the fields of `SentenceFeatures`, one sentence after
 * another). Kept as three typed-array views and an object per sentence, the features of an 18k-sentence
 * document were some 150k small objects that lived the whole run: the young-generation collector copied each
 * of them twice while the analysis made them, and the old generation then marked them. Flat, they are a dozen
 * objects; `at` gives one sentence's features when a reader wants them as a unit.
 * A token's keys are its word type's: each token names its key set (`tokenKeySets`) instead of carrying a copy
 * of its some 15 keys (20 MB for the two sides of handbook-x6, made and copied for every run).
 */
export interface FlatFeatures {
  /** Per sentence: `SentenceFeatures.length` and `.clauseStarts`. */
  lengths: Int32Array;
  clauseStarts: Int32Array;
  /** Sentence i's content tokens are tokens tokenStart[i] … tokenStart[i + 1] − 1 of the document (`heads`). */
  tokenStart: Int32Array;
  /** Per content token, its own key (`SentenceFeatures.heads`). */
  heads: Int32Array;
  /** Sentence i's anchors are anchors[anchorStart[i]] … anchors[anchorStart[i + 1] − 1]. */
  anchorStart: Int32Array;
  anchors: string[];
  /** Per content token, the set of its keys (`keySets`): tokens of one word type have the same. */
  tokenKeySets: Int32Array;
  keySets: KeySets;
}

export class DocumentFeatures implements FlatFeatures {
  readonly lengths: Int32Array;
  readonly clauseStarts: Int32Array;
  readonly tokenStart: Int32Array;
  readonly heads: Int32Array;
  readonly anchorStart: Int32Array;
  readonly anchors: string[];
  readonly tokenKeySets: Int32Array;
  readonly keySets: KeySets;

  constructor(flat: FlatFeatures) {
    this.lengths = flat.lengths;
    this.clauseStarts = flat.clauseStarts;
    this.tokenStart = flat.tokenStart;
    this.heads = flat.heads;
    this.anchorStart = flat.anchorStart;
    this.anchors = flat.anchors;
    this.tokenKeySets = flat.tokenKeySets;
    this.keySets = flat.keySets;
  }

  /** The number of sentences. */
  get length(): number {
    return this.lengths.length;
  }

  /** Sentence i's content tokens: `contentCount` of its features. */
  tokenCount(i: number): number {
    return this.tokenStart[i + 1]! - this.tokenStart[i]!;
  }

  /** Sentence i's features, its keys gathered from its tokens' sets (made at each call: keep them only while in use). */
  at(i: number): SentenceFeatures {
    const firstToken = this.tokenStart[i]!;
    const lastToken = this.tokenStart[i + 1]!;
    const { start, keys: setKeys } = this.keySets;
    const starts = new Int32Array(lastToken - firstToken + 1);
    for (let t = firstToken; t < lastToken; t++) {
      const set = this.tokenKeySets[t]!;
      starts[t - firstToken + 1] = starts[t - firstToken]! + start[set + 1]! - start[set]!;
    }
    const keys = new Int32Array(starts[lastToken - firstToken]!);
    for (let t = firstToken; t < lastToken; t++) {
      const set = this.tokenKeySets[t]!;
      keys.set(setKeys.subarray(start[set]!, start[set + 1]!), starts[t - firstToken]!);
    }
    return {
      length: this.lengths[i]!,
      starts,
      keys,
      heads: this.heads.subarray(firstToken, lastToken),
      anchors: this.anchorsOf(i),
      clauseStarts: this.clauseStarts[i]!,
    };
  }

  /** Sentence i's anchors. */
  anchorsOf(i: number): string[] {
    return this.anchors.slice(this.anchorStart[i]!, this.anchorStart[i + 1]!);
  }

  /** Sentences from … to − 1, each as `at` gives it. */
  slice(from: number, to: number): SentenceFeatures[] {
    const out: SentenceFeatures[] = [];
    for (let i = from; i < to; i++) out.push(this.at(i));
    return out;
  }
}

/**
 * Builds a document's features sentence by sentence: a sentence's tokens (`addToken`) and anchors
 * (`addAnchor`), then `endSentence`.
 */
export class DocumentFeaturesBuilder {
  private readonly lengths: Int32List;
  private readonly clauseStarts: Int32List;
  private readonly tokenStart: Int32List;
  private readonly heads: Int32List;
  private readonly anchorStart: Int32List;
  private readonly anchors: string[] = [];
  private readonly tokenKeySets: Int32List;
  /** The anchors of the sentence being built: one set for all sentences, emptied after each (a sentence may have 100k). */
  private readonly sentenceAnchors = new Set<string>();

  /** `sentences`: how many sentences are coming, to size the arrays (they grow if more come). */
  constructor(sentences = 1) {
    // Sentences of manuals and news have some 10 content tokens.
    this.lengths = new Int32List(sentences);
    this.clauseStarts = new Int32List(sentences);
    this.tokenStart = new Int32List(sentences + 1, 0);
    this.anchorStart = new Int32List(sentences + 1, 0);
    this.heads = new Int32List(sentences * 12);
    this.tokenKeySets = new Int32List(sentences * 12);
  }

  /** A content token of the sentence: its own key, and the set of all its keys. */
  addToken(head: number, keySet: number): void {
    this.heads.push(head);
    this.tokenKeySets.push(keySet);
  }

  /** An anchor of the sentence; one it has already is not added again. */
  addAnchor(anchor: string): void {
    if (this.sentenceAnchors.has(anchor)) return;
    this.sentenceAnchors.add(anchor);
    this.anchors.push(anchor);
  }

  endSentence(length: number, clauseStarts: number): void {
    this.lengths.push(length);
    this.clauseStarts.push(clauseStarts);
    this.tokenStart.push(this.heads.length);
    this.anchorStart.push(this.anchors.length);
    this.sentenceAnchors.clear();
  }

  /** `keySets`: the sets `addToken` was given. */
  build(keySets: KeySets): DocumentFeatures {
    return new DocumentFeatures({
      lengths: this.lengths.array(),
      clauseStarts: this.clauseStarts.array(),
      tokenStart: this.tokenStart.array(),
      heads: this.heads.array(),
      anchorStart: this.anchorStart.array(),
      anchors: this.anchors,
      tokenKeySets: this.tokenKeySets.array(),
      keySets,
    });
  }
}

/** An Int32Array that grows as numbers are added. */
class Int32List {
  private values: Int32Array;
  length = 0;

  /** `capacity`: how many numbers to make room for at first; `first`: a number to start with. */
  constructor(capacity: number, first?: number) {
    this.values = new Int32Array(Math.max(16, capacity));
    if (first !== undefined) this.push(first);
  }

  push(value: number): void {
    if (this.length === this.values.length) this.grow(this.length + 1);
    this.values[this.length++] = value;
  }

  /** The numbers added: a view of the list's storage, or a copy where much of the storage went unused. */
  array(): Int32Array {
    return this.length < this.values.length * 0.75 ? this.values.slice(0, this.length) : this.values.subarray(0, this.length);
  }

  private grow(needed: number): void {
    const grown = new Int32Array(Math.max(needed, this.values.length * 2));
    grown.set(this.values.subarray(0, this.length));
    this.values = grown;
  }
}
