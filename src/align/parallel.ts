import type { SentenceFeatures } from '../analyse/features.js';
import type { AlignmentLink } from '../core/types.js';
import { scorePair } from '../score/pair.js';
import { link } from './links.js';

/** Bead shapes (English sentences, German sentences) the dynamic programme may use. */
const BEADS: ReadonlyArray<readonly [number, number]> = [
  [1, 1], [1, 0], [0, 1], [1, 2], [2, 1], [2, 2], [1, 3], [3, 1],
];
/** Cost of leaving one sentence without a counterpart. */
const SKIP_COST = 0.7;
/** Extra cost per bead for many-to-many shapes, so 1-1 wins ties. */
const SHAPE_PENALTY = 0.15;

/**
 * Monotone alignment by dynamic programming over beads, restricted to a band around
 * the diagonal so that time and memory grow linearly with the document length.
 */
export function alignParallel(en: SentenceFeatures[], de: SentenceFeatures[]): AlignmentLink[] {
  const n = en.length;
  const m = de.length;
  const width = Math.max(30, Math.ceil(Math.abs(n - m) + 0.1 * Math.max(n, m)));
  const band = (i: number) => {
    const centre = n === 0 ? 0 : Math.round((i * m) / n);
    return [Math.max(0, centre - width), Math.min(m, centre + width)] as const;
  };
  const cost = new Map<number, number>();
  const back = new Map<number, number>();
  const key = (i: number, j: number) => i * (m + 1) + j;
  cost.set(0, 0);
  for (let i = 0; i <= n; i++) {
    const [lo, hi] = band(i);
    for (let j = lo; j <= hi; j++) {
      if (i === 0 && j === 0) continue;
      let best = Infinity;
      let bestBead = -1;
      BEADS.forEach(([di, dj], beadIndex) => {
        if (di > i || dj > j) return;
        const previous = cost.get(key(i - di, j - dj));
        if (previous === undefined) return;
        const total = previous + beadCost(en, de, i - di, i, j - dj, j);
        if (total < best) {
          best = total;
          bestBead = beadIndex;
        }
      });
      if (bestBead >= 0) {
        cost.set(key(i, j), best);
        back.set(key(i, j), bestBead);
      }
    }
  }
  const links: AlignmentLink[] = [];
  let i = n;
  let j = m;
  while (i > 0 || j > 0) {
    const bead = BEADS[back.get(key(i, j))!]!;
    const enIdx = range(i - bead[0], i);
    const deIdx = range(j - bead[1], j);
    links.push(enIdx.length && deIdx.length ? link(enIdx, deIdx, scorePair(enIdx.map((k) => en[k]!), deIdx.map((k) => de[k]!))) : link(enIdx, deIdx));
    i -= bead[0];
    j -= bead[1];
  }
  return links.reverse();
}

function beadCost(en: SentenceFeatures[], de: SentenceFeatures[], i0: number, i1: number, j0: number, j1: number): number {
  const size = i1 - i0 + (j1 - j0);
  if (i0 === i1 || j0 === j1) return SKIP_COST * size;
  const { score } = scorePair(en.slice(i0, i1), de.slice(j0, j1));
  const shape = size > 2 ? SHAPE_PENALTY * (size - 2) : 0;
  return size * (1 - score) * 0.5 + shape;
}

function range(from: number, to: number): number[] {
  const out: number[] = [];
  for (let k = from; k < to; k++) out.push(k);
  return out;
}
