import { contentCount, type SentenceFeatures } from '../analyse/features.js';
import type { AlignmentLink } from '../core/types.js';
import type { PairMatcher } from '../score/match.js';
import { contextualScores } from '../score/context.js';
import { lengthAgreement } from '../score/length.js';
import { round } from '../score/pair.js';
import { bandAroundAnchors, type Band } from './band.js';
import { heaviestMonotoneChain, type Candidate } from './candidates.js';
import { mergeRestructuredParagraphs, type Paragraphs, type Span } from './holes.js';
import { addedMatches, describeLink, foundShare, omission } from './links.js';
import { linkMovedSentences, MOVED } from './moved.js';
import { lengthRatio, PairStats, REFERENCE_UNMATCHED, typicalUnmatched } from './pairStats.js';
import { placeStrayPieces, type StrayEvidence } from './strayPieces.js';

/** Bead shapes (English sentences, German sentences) the dynamic programme may use. */
const BEADS: ReadonlyArray<readonly [number, number]> = [
  [1, 1], [1, 0], [0, 1], [1, 2], [2, 1], [2, 2], [1, 3], [3, 1],
];

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

/** Candidates at least this sure may anchor the band. */
const ANCHOR_SCORE = 0.6;

/**
 * Monotone alignment by dynamic programming over beads, restricted to a band around the path
 * of confident anchors so that time and memory grow linearly with the document length. When both
 * documents mark paragraphs, a restructured paragraph becomes one link (holes.ts).
 */
export function alignParallel(en: SentenceFeatures[], de: SentenceFeatures[], candidates: Candidate[], matcher: PairMatcher, paragraphs?: Paragraphs): AlignmentLink[] {
  const anchors = heaviestMonotoneChain(candidates.filter((c) => c.score >= ANCHOR_SCORE), de.length);
  const band = bandAroundAnchors(anchors, en.length, de.length);
  const stats = new PairStats(en, de, band, matcher);
  const ratio = lengthRatio(en, de, anchors);
  const path = bestPath(en, de, band, stats, typicalUnmatched(en, de, stats), ratio);
  const found = (skip: Span, paragraph: Span) => foundShare(en, de, skip, paragraph, matcher);
  const evidence: StrayEvidence = {
    found,
    added: (skip, link) => addedMatches(en, de, skip, link, matcher),
    lengthFit: ([i0, i1, j0, j1]) => Math.log(lengthAgreement(charCount(en, i0, i1), charCount(de, j0, j1), ratio) + 1e-6),
    tokens: ([i0, i1, j0]) => contentCount(i1 > i0 ? en[i0]! : de[j0]!),
  };
  const links = mergeRestructuredParagraphs(placeStrayPieces(path, evidence), paragraphs, found).map(([i0, i1, j0, j1]) => (i0 === i1 || j0 === j1 ? omission(range(i0, i1), range(j0, j1)) : describeLink(en, de, range(i0, i1), range(j0, j1), matcher)));
  const scores = contextualScores(links.map((l) => (l.en.length && l.de.length ? l.score : undefined)));
  const scored = links.map((l, k) => (scores[k] === undefined ? l : { ...l, score: round(scores[k]!) }));
  // Moved pairs keep their own pair score: their neighbours in the list are not theirs.
  const describe = (enGroup: number[], deGroup: number[]) => describeLink(en, de, enGroup, deGroup, matcher);
  const weak = (k: number) => links[k]!.score < MOVED.weak;
  return linkMovedSentences(scored, candidates, describe, weak, (lang, index) => contentCount((lang === 'en' ? en : de)[index]!));
}

function bestPath(en: SentenceFeatures[], de: SentenceFeatures[], band: Band, stats: PairStats, typical: number, ratio: number): Span[] {
  const n = en.length;
  const enTokens = Int32Array.from(en, contentCount);
  const deTokens = Int32Array.from(de, contentCount);
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
  for (let r = 0; r <= n; r++) {
    for (let c = band.lo[r]!; c <= band.hi[r]!; c++) {
      const here = at(r, c);
      let best = r === 0 && c === 0 ? 0 : Infinity;
      let bestBead = 0;
      for (let b = 0; b < BEADS.length; b++) {
        const [di, dj] = BEADS[b]!;
        if (di > r || dj > c) continue;
        const from = at(r - di, c - dj);
        if (from < 0 || cost[from] === Infinity) continue;
        const total = cost[from]! + beadCost(r - di, r, c - dj, c);
        if (total < best) {
          best = total;
          bestBead = b;
        }
      }
      cost[here] = best;
      back[here] = bestBead;
    }
  }

  function beadCost(i0: number, i1: number, j0: number, j1: number): number {
    const sentences = i1 - i0 + (j1 - j0);
    if (i0 === i1 || j0 === j1) return skip * sentences;
    enMatchedIn.fill(0);
    deMatchedIn.fill(0);
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
      enLength += en[i]!.length;
    }
    for (let j = j0; j < j1; j++) {
      tokens += deTokens[j]!;
      matched += Math.min(deMatchedIn[j - j0]!, deTokens[j]!);
      deLength += de[j]!.length;
    }
    const length = -Math.log(lengthAgreement(enLength, deLength, ratio) + 1e-6);
    const raw = tokens === 0 ? 1 : 1 - matched / tokens;
    // Rescaled so that the typical pair of this document costs what it costs with a good lexicon.
    const unmatchedShare = Math.max(0, REFERENCE_UNMATCHED + ((1 - REFERENCE_UNMATCHED) * (raw - typical)) / (1 - typical + 1e-9));
    return C.unmatched * unmatchedShare * sentences + C.length * length + C.merge * (sentences - 2);
  }

  // The band's edges are monotone and consecutive rows overlap, so (n, m) is always reachable.
  if (cost[at(n, de.length)] === Infinity) throw new Error('the alignment band left no path through the documents');
  const spans: Span[] = [];
  let r = n;
  let c = de.length;
  while (r > 0 || c > 0) {
    const [di, dj] = BEADS[back[at(r, c)]!]!;
    spans.push([r - di, r, c - dj, c]);
    r -= di;
    c -= dj;
  }
  return spans.reverse();
}

function charCount(sentences: SentenceFeatures[], from: number, to: number): number {
  let count = 0;
  for (let k = from; k < to; k++) count += sentences[k]!.length;
  return count;
}

function range(from: number, to: number): number[] {
  const out: number[] = [];
  for (let k = from; k < to; k++) out.push(k);
  return out;
}
