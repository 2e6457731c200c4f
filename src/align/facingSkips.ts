import { isSkip, type Span } from './holes.js';

/**
 * One sentence left alone on each side, next to each other between two links (or a document edge):
 * the DP skipped both because their words do not match ("The equation is:" / "Die zugehörige Formel ist
 * ganz einfach:", "See for more information." / "Lesen Sie ." where a link's text is missing), but they
 * take each other's place, so they become a 1-1 link. Longer runs of skips stay as they are: there a
 * paragraph was dropped or added. On the development gold every such pair is a gold link (one a set).
 */
export function pairFacingSkips(path: Span[]): Span[] {
  const out: Span[] = [];
  for (let k = 0; k < path.length; k++) {
    const here = path[k]!;
    const next = path[k + 1];
    if (next && facing(here, next) && !skipAt(path, k - 1) && !skipAt(path, k + 2)) {
      out.push([here[0], next[1], here[2], next[3]]);
      k++;
      continue;
    }
    out.push(here);
  }
  return out;
}

/** A single English sentence alone next to a single German one, in either order. */
function facing(a: Span, b: Span): boolean {
  const enAlone = (s: Span) => s[1] - s[0] === 1 && s[2] === s[3];
  const deAlone = (s: Span) => s[3] - s[2] === 1 && s[0] === s[1];
  return (enAlone(a) && deAlone(b)) || (deAlone(a) && enAlone(b));
}

/** Whether the path has a skip at `k` (no span there, past an edge, is none). */
function skipAt(path: Span[], k: number): boolean {
  const span = path[k];
  return span !== undefined && isSkip(span);
}
