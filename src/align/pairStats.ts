import type { DocumentFeatures } from '../analyse/documentFeatures.js';
import type { PairMatcher } from '../score/match.js';
import { EN_DE_LENGTH_RATIO } from '../score/length.js';
import type { Band } from './band.js';
import type { Candidate } from './candidates.js';

/** Token matches of every sentence pair the band can touch, computed once. */
export class PairStats {
  readonly offset: Int32Array;
  readonly from: Int32Array;
  readonly to: Int32Array;
  readonly enMatched: Uint8Array;
  readonly deMatched: Uint8Array;

  constructor(en: DocumentFeatures, de: DocumentFeatures, band: Band, matcher: PairMatcher) {
    const n = en.length;
    const m = de.length;
    this.offset = new Int32Array(n + 1);
    this.from = new Int32Array(n);
    this.to = new Int32Array(n);
    for (let i = 0; i < n; i++) {
      // A bead ending at row r ≤ i + 3 reads German sentences from lo[i] − 3 up to hi[i + 3].
      this.from[i] = Math.max(0, band.lo[i]! - 3);
      this.to[i] = Math.min(m, band.hi[Math.min(n, i + 3)]! + 3);
      this.offset[i + 1] = this.offset[i]! + (this.to[i]! - this.from[i]!);
    }
    this.enMatched = new Uint8Array(this.offset[n]!);
    this.deMatched = new Uint8Array(this.offset[n]!);
    // Each German sentence is counted against some 30 English ones: cut down to the keys that can match once,
    // and each English one loaded with only the keys the German document has.
    const cut = matcher.cutFor(en, de);
    for (let i = 0; i < n; i++) {
      matcher.loadSentence(en, i, cut.english);
      for (let j = this.from[i]!; j < this.to[i]!; j++) {
        matcher.countSharedInto(cut.german, j, this.enMatched, this.deMatched, this.offset[i]! + j - this.from[i]!);
      }
    }
  }

  cell(i: number, j: number): number {
    return j >= this.from[i]! && j < this.to[i]! ? this.offset[i]! + j - this.from[i]! : -1;
  }
}

/** Unmatched share of a true pair when the lexicon covers the text well (the development handbooks). */
export const REFERENCE_UNMATCHED = 0.3;

/**
 * How much of a true pair typically stays unmatched in this document pair: the median, over the
 * English sentences, of the best unmatched share among the German sentences the band offers. With
 * the lexicon this is about 0.3; without one (--no-lexicon, other languages) about 0.8. The DP
 * rescales the unmatched share so that a typical pair costs the same either way — otherwise,
 * without a lexicon, leaving every sentence unaligned would look cheaper than linking it.
 */
export function typicalUnmatched(en: DocumentFeatures, de: DocumentFeatures, stats: PairStats): number {
  const best: number[] = [];
  for (let i = 0; i < en.length; i++) {
    const enTokens = en.tokenCount(i);
    let lowest = 1;
    for (let j = stats.from[i]!; j < stats.to[i]!; j++) {
      const tokens = enTokens + de.tokenCount(j);
      if (tokens === 0) continue;
      const cell = stats.cell(i, j);
      lowest = Math.min(lowest, 1 - (stats.enMatched[cell]! + stats.deMatched[cell]!) / tokens);
    }
    best.push(lowest);
  }
  if (best.length === 0) return REFERENCE_UNMATCHED;
  best.sort((a, b) => a - b);
  return Math.max(REFERENCE_UNMATCHED, best[best.length >> 1]!);
}

/**
 * The length ratio of this document pair: it differs by language pair (French runs longer than
 * German, German longer than English) and by text type. Measured on the anchors (confident 1-1
 * pairs, so deleted blocks do not skew it), or on the whole documents when anchors are few.
 */
export function lengthRatio(en: DocumentFeatures, de: DocumentFeatures, anchors: Candidate[]): number {
  let enTotal = 0;
  let deTotal = 0;
  if (anchors.length >= 20) {
    for (const a of anchors) {
      enTotal += en.lengths[a.en]!;
      deTotal += de.lengths[a.de]!;
    }
  } else {
    for (const length of en.lengths) enTotal += length;
    for (const length of de.lengths) deTotal += length;
  }
  return enTotal === 0 || deTotal === 0 ? EN_DE_LENGTH_RATIO : Math.min(2, Math.max(0.5, deTotal / enTotal));
}
