import type { Candidate } from './candidates.js';

/**
 * For each English boundary row r (0 … n), the German boundaries lo[r] … hi[r] the dynamic
 * programme explores. The band follows the anchor path, not the diagonal: between two
 * consecutive anchors it covers their whole rectangle when that is small (this is where
 * deleted blocks hide: English advances 2 sentences while German advances 40), otherwise a
 * strip around the straight line between them, widened by the difference of the two gaps.
 */
export interface Band {
  lo: Int32Array;
  hi: Int32Array;
}

export const BAND_MARGIN = 8;
const RECTANGLE_LIMIT = 4000;

export function bandAroundAnchors(anchors: Candidate[], n: number, m: number): Band {
  const lo = new Int32Array(n + 1).fill(m);
  const hi = new Int32Array(n + 1).fill(0);
  const points: Array<[number, number]> = [[0, 0]];
  for (const a of anchors) points.push([a.en, a.de], [a.en + 1, a.de + 1]);
  points.push([n, m]);
  for (let k = 1; k < points.length; k++) cover(points[k - 1]!, points[k]!, lo, hi);
  for (let r = 0; r <= n; r++) {
    lo[r] = Math.max(0, lo[r]! - BAND_MARGIN);
    hi[r] = Math.min(m, hi[r]! + BAND_MARGIN);
  }
  // Monotone edges keep every cell reachable by beads that advance at most 3 sentences a side.
  for (let r = 1; r <= n; r++) hi[r] = Math.max(hi[r]!, hi[r - 1]!);
  for (let r = n - 1; r >= 0; r--) lo[r] = Math.min(lo[r]!, lo[r + 1]!);
  return { lo, hi };
}

function cover([a, b]: [number, number], [c, d]: [number, number], lo: Int32Array, hi: Int32Array): void {
  const rows = c - a;
  const cols = d - b;
  if ((rows + 1) * (cols + 1) <= RECTANGLE_LIMIT || rows === 0) {
    for (let r = a; r <= c; r++) widen(r, b, d, lo, hi);
    return;
  }
  const halfWidth = Math.abs(cols - rows);
  for (let r = a; r <= c; r++) {
    const centre = b + ((r - a) * cols) / rows;
    widen(r, Math.max(b, Math.floor(centre - halfWidth)), Math.min(d, Math.ceil(centre + halfWidth)), lo, hi);
  }
}

function widen(r: number, from: number, to: number, lo: Int32Array, hi: Int32Array): void {
  if (from < lo[r]!) lo[r] = from;
  if (to > hi[r]!) hi[r] = to;
}
