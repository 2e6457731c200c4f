import { describe, expect, it } from 'vitest';
import { bandAroundAnchors } from '../../../src/align/band.js';
import { REFERENCE_UNMATCHED } from '../../../src/align/pairStats.js';
import { bestPath, PARALLEL_COSTS, type DocumentCosts, type MatchCounts, type SentenceSizes } from '../../../src/align/trellis.js';
import { lengthAgreement } from '../../../src/score/length.js';
import type { Band } from '../../../src/align/band.js';

const BEADS: ReadonlyArray<readonly [number, number]> = [[1, 1], [1, 0], [0, 1], [1, 2], [2, 1], [2, 2], [1, 3], [3, 1]];

/** The dynamic programme as it was before beads were dropped early: every bead of every cell costed, in BEADS order. */
function everyBeadPath({ enTokens, deTokens, enChars, deChars }: SentenceSizes, band: Band, stats: MatchCounts, { typicalUnmatched: typical, lengthRatio: ratio }: DocumentCosts): number[][] {
  const n = enTokens.length;
  const m = deTokens.length;
  const C = PARALLEL_COSTS;
  const skip = C.skip + C.skipUncertainty * (typical - REFERENCE_UNMATCHED);
  const cost = new Map<string, number>([['0,0', 0]]);
  const back = new Map<string, number>();
  const beadCost = (i0: number, i1: number, j0: number, j1: number) => {
    const sentences = i1 - i0 + (j1 - j0);
    if (i0 === i1 || j0 === j1) return skip * sentences;
    const enIn = [0, 0, 0];
    const deIn = [0, 0, 0];
    for (let i = i0; i < i1; i++) {
      for (let j = j0; j < j1; j++) {
        const cell = stats.cell(i, j);
        if (cell < 0) continue;
        enIn[i - i0] += stats.enMatched[cell]!;
        deIn[j - j0] += stats.deMatched[cell]!;
      }
    }
    let tokens = 0;
    let matched = 0;
    let enLength = 0;
    let deLength = 0;
    for (let i = i0; i < i1; i++) [tokens, matched, enLength] = [tokens + enTokens[i]!, matched + Math.min(enIn[i - i0]!, enTokens[i]!), enLength + enChars[i]!];
    for (let j = j0; j < j1; j++) [tokens, matched, deLength] = [tokens + deTokens[j]!, matched + Math.min(deIn[j - j0]!, deTokens[j]!), deLength + deChars[j]!];
    const length = -Math.log(lengthAgreement(enLength, deLength, ratio) + 1e-6);
    const raw = tokens === 0 ? 1 : 1 - matched / tokens;
    const share = Math.max(0, REFERENCE_UNMATCHED + ((1 - REFERENCE_UNMATCHED) * (raw - typical)) / (1 - typical + 1e-9));
    return C.unmatched * share * sentences + C.length * length + C.merge * (sentences - 2);
  };
  for (let r = 0; r <= n; r++) {
    for (let c = band.lo[r]!; c <= band.hi[r]!; c++) {
      let best = r === 0 && c === 0 ? 0 : Infinity;
      let bestBead = 0;
      BEADS.forEach(([di, dj], b) => {
        if (di > r || dj > c || c - dj < band.lo[r - di]! || c - dj > band.hi[r - di]!) return;
        const from = cost.get(`${r - di},${c - dj}`) ?? Infinity;
        if (from === Infinity) return;
        const total = from + beadCost(r - di, r, c - dj, c);
        if (total < best) [best, bestBead] = [total, b];
      });
      cost.set(`${r},${c}`, best);
      back.set(`${r},${c}`, bestBead);
    }
  }
  const spans: number[][] = [];
  for (let r = n, c = m; r > 0 || c > 0; ) {
    const [di, dj] = BEADS[back.get(`${r},${c}`)!]!;
    spans.push([r - di, r, c - dj, c]);
    [r, c] = [r - di, c - dj];
  }
  return spans.reverse();
}

describe('bestPath', () => {
  it('chooses the path that costing every bead chooses, ties included', () => {
    let seed = 11;
    const random = (k: number) => Math.floor(((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648) * k);
    for (let round = 0; round < 150; round++) {
      const n = 1 + random(30);
      const m = 1 + random(30);
      // Few distinct sizes and matches, so that equal totals are common.
      const sizes: SentenceSizes = {
        enTokens: Int32Array.from({ length: n }, () => random(4)),
        deTokens: Int32Array.from({ length: m }, () => random(4)),
        enChars: Int32Array.from({ length: n }, () => 10 * random(4)),
        deChars: Int32Array.from({ length: m }, () => 10 * random(4)),
      };
      const anchors = Array.from({ length: random(4) }, () => ({ en: random(n), de: random(m), score: 1 })).sort((a, b) => a.en - b.en);
      const monotone = anchors.filter((a, k) => k === 0 || (a.en > anchors[k - 1]!.en && a.de > anchors[k - 1]!.de));
      const band = bandAroundAnchors(monotone, n, m);
      const enMatched = new Uint8Array(n * m).map(() => random(3));
      const deMatched = new Uint8Array(n * m).map(() => random(3));
      const stats: MatchCounts = { cell: (i, j) => i * m + j, enMatched, deMatched };
      const document: DocumentCosts = { typicalUnmatched: [0.3, 0.5, 0.8][random(3)]!, lengthRatio: 1.1 };
      expect(bestPath(sizes, band, stats, document)).toEqual(everyBeadPath(sizes, band, stats, document));
    }
  });
});
