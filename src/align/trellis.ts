import { lengthAgreement } from '../score/length.js';
import type { Band } from './band.js';
import type { Span } from './holes.js';
import { REFERENCE_UNMATCHED } from './pairStats.js';

/**
 * The dynamic programme of parallel mode, on numbers only: what each sentence holds (content tokens,
 * characters) and, for the pairs in the band, how many tokens of each side find a counterpart in the
 * other (`MatchCounts`, filled by pairStats.ts from the features). Scoring ends where these arrays are
 * filled; nothing here reads a word.
 */

/** Per sentence: content tokens and characters (without whitespace). */
export interface SentenceSizes {
  enTokens: Int32Array;
  deTokens: Int32Array;
  enChars: Int32Array;
  deChars: Int32Array;
}

/** Matched tokens of each side for the pairs near the band, by cell (see PairStats). */
export interface MatchCounts {
  cell(i: number, j: number): number;
  readonly enMatched: Uint8Array;
  readonly deMatched: Uint8Array;
}

/** What the whole document pair says about its costs: its typical unmatched share, its length ratio. */
export interface DocumentCosts {
  typicalUnmatched: number;
  lengthRatio: number;
}

/** Bead shapes (English sentences, German sentences) the dynamic programme may use. */
const BEADS: ReadonlyArray<readonly [number, number]> = [
  [1, 1], [1, 0], [0, 1], [1, 2], [2, 1], [2, 2], [1, 3], [3, 1],
];

/**
 * The order in which a cell costs its beads (indices into BEADS): the two skips first, whose cost is one
 * product, so that the best total they set lets most 1-1 beads and merges stop before their length term.
 */
const COSTING_ORDER: readonly number[] = [1, 2, 0, 3, 4, 5, 6, 7];

/** Costs of the dynamic programme (tuned on the development gold; see docs/alignment.md). */
export const PARALLEL_COSTS = {
  /** Per sentence in a link, times the share of content tokens without a counterpart. */
  unmatched: 1,
  /** Per unit of −ln(length agreement). */
  length: 0.2,
  /** Per sentence left without a counterpart. */
  skip: 1.1,
  /**
   * Added to `skip` per unit of typical unmatched share above the reference: without a lexicon
   * the evidence that a sentence has no counterpart is weaker, so leaving it out costs more.
   */
  skipUncertainty: 0.6,
  /** Per sentence beyond the first on each side of a merge or split. */
  merge: 1.3,
};

export function bestPath(sizes: SentenceSizes, band: Band, stats: MatchCounts, document: DocumentCosts): Span[] {
  const { enTokens, deTokens, enChars, deChars } = sizes;
  const { typicalUnmatched: typical, lengthRatio: ratio } = document;
  const n = enTokens.length;
  const m = deTokens.length;
  // Matched tokens per sentence of the bead being costed (beads have at most three sentences a side).
  const enMatchedIn = new Int32Array(3);
  const deMatchedIn = new Int32Array(3);
  const rowOffset = new Int32Array(n + 2);
  for (let r = 0; r <= n; r++) rowOffset[r + 1] = rowOffset[r]! + (band.hi[r]! - band.lo[r]! + 1);
  const cost = new Float64Array(rowOffset[n + 1]!).fill(Infinity);
  const back = new Uint8Array(rowOffset[n + 1]!);
  const at = (r: number, c: number) => (c < band.lo[r]! || c > band.hi[r]! ? -1 : rowOffset[r]! + c - band.lo[r]!);
  cost[at(0, 0)] = 0;
  const C = PARALLEL_COSTS;
  const skip = C.skip + C.skipUncertainty * (typical - REFERENCE_UNMATCHED);
  const floors = Float64Array.from(BEADS, ([di, dj]) => beadCostFloor(di, dj, skip));
  // The bead shapes as two arrays of numbers: the loop below runs eight times for each of some 400k cells.
  const beadEn = Int32Array.from(BEADS, ([di]) => di);
  const beadDe = Int32Array.from(BEADS, ([, dj]) => dj);
  const { lo, hi } = band;
  for (let r = 0; r <= n; r++) {
    for (let c = lo[r]!; c <= hi[r]!; c++) {
      let best = r === 0 && c === 0 ? 0 : Infinity;
      let bestBead = 0;
      for (let k = 0; k < COSTING_ORDER.length; k++) {
        const b = COSTING_ORDER[k]!;
        const di = beadEn[b]!;
        const dj = beadDe[b]!;
        if (di > r || dj > c) continue;
        // `at(r - di, c - dj)`, written out.
        const fromRow = r - di;
        const fromColumn = c - dj;
        if (fromColumn < lo[fromRow]! || fromColumn > hi[fromRow]!) continue;
        const costFrom = cost[rowOffset[fromRow]! + fromColumn - lo[fromRow]!]!;
        if (costFrom === Infinity) continue;
        // A bead that cannot beat the best so far even at its least possible cost need not be costed (most
        // merges: they start at the merge cost). Sums of floats only grow with their terms, so the choice,
        // ties included, is the one costing every bead would make.
        if (costFrom + floors[b]! >= best) continue;
        const total = costFrom + beadCost(fromRow, r, fromColumn, c, best - costFrom);
        // Of equal totals the bead listed first in BEADS wins, as when they were costed in that order.
        if (total < best || (total === best && b < bestBead)) {
          best = total;
          bestBead = b;
        }
      }
      const here = rowOffset[r]! + c - lo[r]!;
      cost[here] = best;
      back[here] = bestBead;
    }
  }

  /**
   * The cost of a bead, or Infinity for a link that is sure to cost `budget` or more (the best total so far
   * less the cost of the cell it starts from), found before its length term, whose logarithm and
   * exponential are most of a bead's cost: 600k merges are costed on an 18k-sentence document.
   */
  function beadCost(i0: number, i1: number, j0: number, j1: number, budget: number): number {
    const sentences = i1 - i0 + (j1 - j0);
    if (i0 === i1 || j0 === j1) return skip * sentences;
    if (sentences === 2) return oneToOneCost(i0, j0, budget);
    // Three elements: zeroed by hand, which is cheaper than a call to fill for each bead.
    enMatchedIn[0] = enMatchedIn[1] = enMatchedIn[2] = 0;
    deMatchedIn[0] = deMatchedIn[1] = deMatchedIn[2] = 0;
    for (let i = i0; i < i1; i++) {
      for (let j = j0; j < j1; j++) {
        const cell = stats.cell(i, j);
        if (cell < 0) continue;
        enMatchedIn[i - i0] += stats.enMatched[cell]!;
        deMatchedIn[j - j0] += stats.deMatched[cell]!;
      }
    }
    // A sentence cannot match more tokens than it has, however many sentences of the other side it meets.
    let tokens = 0;
    let matched = 0;
    let enLength = 0;
    let deLength = 0;
    for (let i = i0; i < i1; i++) {
      tokens += enTokens[i]!;
      matched += Math.min(enMatchedIn[i - i0]!, enTokens[i]!);
      enLength += enChars[i]!;
    }
    for (let j = j0; j < j1; j++) {
      tokens += deTokens[j]!;
      matched += Math.min(deMatchedIn[j - j0]!, deTokens[j]!);
      deLength += deChars[j]!;
    }
    // The length term is at least −0.2 · ln(1 + 1e-6 + 1e-7), and the 0.01 covers it and the rounding of
    // the sums with room to spare (as beadCostFloor's), so a merge dropped here could not have been chosen.
    if (unmatchedCost(tokens, matched, sentences) + C.merge * (sentences - 2) - 0.01 >= budget) return Infinity;
    return linkCost(tokens, matched, enLength, deLength, sentences);
  }

  /**
   * The 1-1 bead, which nearly every cell has: one cell of matches, no sums over sentences. The sums of
   * `beadCost` are of integers, so the figures here, and the cost, are the same to the last bit.
   */
  function oneToOneCost(i: number, j: number, budget: number): number {
    const cell = stats.cell(i, j);
    const enTokensHere = enTokens[i]!;
    const deTokensHere = deTokens[j]!;
    const matched = cell < 0 ? 0 : Math.min(stats.enMatched[cell]!, enTokensHere) + Math.min(stats.deMatched[cell]!, deTokensHere);
    // As for merges: sure to cost the budget or more before its length term (see beadCost).
    if (unmatchedCost(enTokensHere + deTokensHere, matched, 2) - 0.01 >= budget) return Infinity;
    return linkCost(enTokensHere + deTokensHere, matched, enChars[i]!, deChars[j]!, 2);
  }

  function linkCost(tokens: number, matched: number, enLength: number, deLength: number, sentences: number): number {
    const length = -Math.log(lengthAgreement(enLength, deLength, ratio) + 1e-6);
    return unmatchedCost(tokens, matched, sentences) + C.length * length + C.merge * (sentences - 2);
  }

  /** The first term of a link's cost: its sentences times their unmatched share, never below 0. */
  function unmatchedCost(tokens: number, matched: number, sentences: number): number {
    const raw = tokens === 0 ? 1 : 1 - matched / tokens;
    // Rescaled so that the typical pair of this document costs what it costs with a good lexicon.
    const unmatchedShare = Math.max(0, REFERENCE_UNMATCHED + ((1 - REFERENCE_UNMATCHED) * (raw - typical)) / (1 - typical + 1e-9));
    return C.unmatched * unmatchedShare * sentences;
  }

  // The band's edges are monotone and consecutive rows overlap, so (n, m) is always reachable.
  if (cost[at(n, m)] === Infinity) throw new Error('the alignment band left no path through the documents');
  const spans: Span[] = [];
  let r = n;
  let c = m;
  while (r > 0 || c > 0) {
    const [di, dj] = BEADS[back[at(r, c)]!]!;
    spans.push([r - di, r, c - dj, c]);
    r -= di;
    c -= dj;
  }
  return spans.reverse();
}

/**
 * No less than any cost `beadCost` gives a bead of `di` English and `dj` German sentences: a skip costs
 * `skip` a sentence; a link at least its merge cost, its unmatched share being at least 0 and its length
 * term at least −ln(1 + 1e-6) (the length agreement is at most 1, give or take the normal approximation's
 * 1e-7) — the 0.01 subtracted covers that with room to spare.
 */
function beadCostFloor(di: number, dj: number, skip: number): number {
  const sentences = di + dj;
  if (di === 0 || dj === 0) return skip * sentences;
  return PARALLEL_COSTS.merge * (sentences - 2) - 0.01;
}
