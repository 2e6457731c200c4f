import type { DocumentFeatures } from '../analyse/documentFeatures.js';
import type { KeySets } from '../analyse/keySets.js';
import { calibratedScore, pairEvidence } from '../score/pair.js';
import type { PairMatcher } from '../score/match.js';

/** A scored 1-1 pair found through the inverted index. */
export interface Candidate {
  en: number;
  de: number;
  score: number;
}

export interface CandidateOptions {
  /** Keys in more German sentences than this are too common to propose pairs. */
  maxDf: number;
  /** At most this many German sentences (those sharing the most keys) are scored per English one. */
  perSentence: number;
  /** Candidates scoring below this are dropped. */
  minScore: number;
}

/**
 * Candidate pairs for the mode decision, parallel anchors and comparable links alike. Keys in
 * more German sentences than `maxDf` propose no pairs; the limit grows slowly with the document
 * so that long documents that repeat themselves (manuals, x6 benchmarks) still find anchors.
 * `deCount`: the sentences of the document searched (the German one, or the other side when
 * searching from German, or the same document for its restatements).
 */
export function candidateOptions(deCount: number): CandidateOptions {
  return { maxDf: 12 + Math.floor(deCount / 400), perSentence: 6, minScore: 0 };
}

/**
 * Candidate pairs without scoring all n×m pairs: an inverted index maps each key (word,
 * number, cognate, German stem) to the German sentences containing it; each English sentence
 * collects the German sentences reached through its rarer keys and only the best few of those
 * are scored. Time is linear in the documents' length for a fixed `maxDf`.
 */
export function findCandidates(en: DocumentFeatures, de: DocumentFeatures, matcher: PairMatcher, keyCount: number, options: CandidateOptions): Candidate[] {
  const index = invertedIndex(de, keyCount);
  // Per key, how many German sentences have it when that is at most maxDf, else 0: one read for each of the
  // English keys (15 a token with the lexicon's translations, two thirds of them in no German sentence).
  const proposing = new Int32Array(keyCount);
  for (let key = 0; key < keyCount; key++) {
    const count = index.offsets[key + 1]! - index.offsets[key]!;
    if (count <= options.maxDf) proposing[key] = count;
  }
  const hits = new Int32Array(de.length);
  const seenKey = new Int32Array(keyCount).fill(-1);
  const candidates: Candidate[] = [];
  const touched = new Int32Array(de.length);
  const best = new Int32Array(options.perSentence);
  const rarestOfSet = new RarestKeys(en.keySets, proposing);
  const { tokenStart, tokenKeySets } = en;
  for (let i = 0; i < en.length; i++) {
    let touchedCount = 0;
    // Each English token proposes the German sentences of its rarest key only: an English word
    // has up to two dozen translation keys, and walking all their postings would dominate the run.
    for (let t = tokenStart[i]!; t < tokenStart[i + 1]!; t++) {
      const rarest = rarestOfSet.of(tokenKeySets[t]!);
      if (rarest < 0 || seenKey[rarest] === i) continue;
      seenKey[rarest] = i;
      for (let p = index.offsets[rarest]!; p < index.offsets[rarest + 1]!; p++) {
        const j = index.postings[p]!;
        if (hits[j] === 0) touched[touchedCount++] = j;
        hits[j]++;
      }
    }
    // The best few by hits; ties (repeated text) go to the sentence nearest the position a
    // translation would put it at, then to the lower index. Selection, not a full sort.
    const expected = (i * de.length) / Math.max(1, en.length);
    let bestCount = 0;
    for (let t = 0; t < touchedCount; t++) {
      const j = touched[t]!;
      if (bestCount === best.length && !ranksAbove(j, best[bestCount - 1]!, hits, expected)) continue;
      let slot = bestCount < best.length ? bestCount++ : bestCount - 1;
      while (slot > 0 && ranksAbove(j, best[slot - 1]!, hits, expected)) {
        best[slot] = best[slot - 1]!;
        slot--;
      }
      best[slot] = j;
    }
    for (let t = 0; t < touchedCount; t++) hits[touched[t]!] = 0;
    if (bestCount === 0) continue;
    // Scored in German order: at most `perSentence` of them, sorted in place; on the keys both documents have.
    sortAscending(best, bestCount);
    for (let c = 0; c < bestCount; c++) {
      const j = best[c]!;
      const score = calibratedScore(pairEvidence(en, i, de, j, matcher.countPair(en, i, de, j)));
      if (score >= options.minScore) candidates.push({ en: i, de: j, score });
    }
  }
  return candidates;
}

/**
 * The rarest key of each key set (the key in the fewest German sentences that still proposes pairs, of equal
 * ones the first), or −1 when none of its keys proposes any. A token's keys are its word type's, so the
 * rarest is found once per set and not again for each of the type's occurrences (on handbook-x6, 170k English
 * tokens of 6k sets, each with some 15 keys).
 */
class RarestKeys {
  /** The rarest key of each set, or −1 for none, or UNKNOWN until asked. */
  private readonly rarest: Int32Array;

  constructor(
    private readonly sets: KeySets,
    /** Per key, in how many German sentences it proposes pairs; 0: none. */
    private readonly proposing: Int32Array,
  ) {
    this.rarest = new Int32Array(sets.start.length - 1).fill(UNKNOWN);
  }

  of(set: number): number {
    const known = this.rarest[set]!;
    return known === UNKNOWN ? (this.rarest[set] = this.find(set)) : known;
  }

  private find(set: number): number {
    const { start, keys } = this.sets;
    let rarest = -1;
    let rarestCount = 0;
    for (let k = start[set]!; k < start[set + 1]!; k++) {
      const key = keys[k]!;
      const count = this.proposing[key]!;
      if (count > 0 && (rarest < 0 || count < rarestCount)) {
        rarest = key;
        rarestCount = count;
      }
    }
    return rarest;
  }
}

const UNKNOWN = -2;

/**
 * Whether German sentence `a` ranks above `b` as a candidate: more hits, then nearer the `expected` position,
 * then the lower index. A function of its own rather than a closure made for each English sentence.
 */
function ranksAbove(a: number, b: number, hits: Int32Array, expected: number): boolean {
  return hits[a]! > hits[b]! || (hits[a] === hits[b] && (Math.abs(a - expected) < Math.abs(b - expected) || (Math.abs(a - expected) === Math.abs(b - expected) && a < b)));
}

/** Sorts `values[0 … count − 1]` ascending by insertion: for the handful of candidates of a sentence. */
function sortAscending(values: Int32Array, count: number): void {
  for (let a = 1; a < count; a++) {
    const value = values[a]!;
    let b = a;
    for (; b > 0 && values[b - 1]! > value; b--) values[b] = values[b - 1]!;
    values[b] = value;
  }
}

/** Key → German sentences containing it, as compressed rows (offsets into one postings array). */
function invertedIndex(de: DocumentFeatures, keyCount: number): { offsets: Int32Array; postings: Int32Array } {
  const offsets = new Int32Array(keyCount + 1);
  const last = new Int32Array(keyCount).fill(-1);
  const { tokenStart, tokenKeySets } = de;
  const { start, keys } = de.keySets;
  for (let j = 0; j < de.length; j++) {
    for (let t = tokenStart[j]!; t < tokenStart[j + 1]!; t++) {
      const set = tokenKeySets[t]!;
      for (let k = start[set]!; k < start[set + 1]!; k++) {
        const key = keys[k]!;
        if (last[key] === j) continue;
        last[key] = j;
        offsets[key + 1]++;
      }
    }
  }
  for (let k = 0; k < keyCount; k++) offsets[k + 1] += offsets[k]!;
  const fill = offsets.slice(0, keyCount);
  const postings = new Int32Array(offsets[keyCount]!);
  last.fill(-1);
  for (let j = 0; j < de.length; j++) {
    for (let t = tokenStart[j]!; t < tokenStart[j + 1]!; t++) {
      const set = tokenKeySets[t]!;
      for (let k = start[set]!; k < start[set + 1]!; k++) {
        const key = keys[k]!;
        if (last[key] === j) continue;
        last[key] = j;
        postings[fill[key]!++] = j;
      }
    }
  }
  return { offsets, postings };
}

/**
 * The heaviest chain of candidates increasing in both English and German index (a weighted
 * longest increasing subsequence, O(k log k) with a Fenwick tree of prefix maxima): the
 * confident anchors a translation's alignment path must pass near.
 */
export function heaviestMonotoneChain(candidates: Candidate[], deCount: number): Candidate[] {
  const sorted = [...candidates].sort((a, b) => a.en - b.en || a.de - b.de);
  const treeValue = new Float64Array(deCount + 1);
  const treeIndex = new Int32Array(deCount + 1).fill(-1);
  const total = new Float64Array(sorted.length);
  const previous = new Int32Array(sorted.length).fill(-1);
  let start = 0;
  while (start < sorted.length) {
    let end = start;
    while (end < sorted.length && sorted[end]!.en === sorted[start]!.en) end++;
    // Query all of one English sentence's candidates before inserting any, so a chain uses each English sentence once.
    for (let k = start; k < end; k++) {
      let bestValue = 0;
      let bestIndex = -1;
      for (let p = sorted[k]!.de; p > 0; p -= p & -p) {
        if (treeValue[p]! > bestValue) {
          bestValue = treeValue[p]!;
          bestIndex = treeIndex[p]!;
        }
      }
      total[k] = bestValue + sorted[k]!.score;
      previous[k] = bestIndex;
    }
    for (let k = start; k < end; k++) {
      for (let p = sorted[k]!.de + 1; p <= deCount; p += p & -p) {
        if (total[k]! > treeValue[p]!) {
          treeValue[p] = total[k]!;
          treeIndex[p] = k;
        }
      }
    }
    start = end;
  }
  let best = -1;
  for (let k = 0; k < sorted.length; k++) if (best < 0 || total[k]! > total[best]!) best = k;
  const chain: Candidate[] = [];
  for (let k = best; k >= 0; k = previous[k]!) chain.push(sorted[k]!);
  return chain.reverse();
}
