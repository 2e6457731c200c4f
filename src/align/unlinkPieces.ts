import { isSkip, type Span } from './holes.js';
import { STRAY_PIECES, type StrayEvidence } from './strayPieces.js';

/**
 * Sentences the DP put into a link they do not belong to, taken out before the stray pieces are placed:
 * - a link whose two sides state different facts is two omissions facing each other that the DP paired
 *   because their words are alike ("/dev/sr0 has the major device number 11" / "/dev/sda hat die
 *   major-Gerätenummer 8"): its sentences are left alone;
 * - a heading or label (one or two content words) at the edge of a merge that explains no content token
 *   of the other side beyond what the rest of the link explains, and without which the lengths agree
 *   about as well, is an omission the merge swallowed: a heading dropped in the translation ("Calendar"
 *   + "The Calendar service allows you …" / "Mit dem Kalenderdienst …"). The missing half of a real
 *   merge carries words of its own or the length the other side needs, so it stays. This is the join
 *   rule of strayPieces.ts read backwards.
 */
export function unlinkPieces(path: Span[], evidence: StrayEvidence): Span[] {
  return path.flatMap((span) => {
    if (isSkip(span)) return [span];
    if (evidence.contradicted(span)) return alone(span);
    return detachIdle(span, evidence);
  });
}

/** The span with its first idle edge sentence taken out (as a link of its own before or after it), or the span. */
function detachIdle(span: Span, evidence: StrayEvidence): Span[] {
  const [i0, i1, j0, j1] = span;
  const options: Array<[piece: Span, rest: Span, pieceFirst: boolean]> = [];
  if (i1 - i0 >= 2) options.push([[i0, i0 + 1, j0, j0], [i0 + 1, i1, j0, j1], true], [[i1 - 1, i1, j1, j1], [i0, i1 - 1, j0, j1], false]);
  if (j1 - j0 >= 2) options.push([[i0, i0, j0, j0 + 1], [i0, i1, j0 + 1, j1], true], [[i1, i1, j1 - 1, j1], [i0, i1, j0, j1 - 1], false]);
  for (const [piece, rest, pieceFirst] of options) {
    const tokens = evidence.tokens(piece);
    if (tokens === 0 || tokens > STRAY_PIECES.detachTokens || evidence.added(piece, rest) > 0) continue;
    if (evidence.lengthFit(rest) - evidence.lengthFit(span) < STRAY_PIECES.detachLength) continue;
    return pieceFirst ? [piece, rest] : [rest, piece];
  }
  return [span];
}

/** Each sentence of a span as a link of its own without counterpart, English first. */
function alone([i0, i1, j0, j1]: Span): Span[] {
  const out: Span[] = [];
  for (let i = i0; i < i1; i++) out.push([i, i + 1, j0, j0]);
  for (let j = j0; j < j1; j++) out.push([i1, i1, j, j + 1]);
  return out;
}
