import type { Lang } from '../core/types.js';
import { COMPETITION_FEATURE_COUNT } from './comparableModel.js';
import { logit } from './context.js';
import type { Restatements } from './restatement.js';

/**
 * A pair in the light of the pairs around it (`COMPETITION_FEATURES`, in order): how its first
 * probability compares with the best its English and its German sentence reach with any sentence;
 * the first probability of its sentence's neighbours with the same counterpart (a report goes on
 * about one fact for a sentence or two: "… parallel landen, das war … nicht möglich. Sie kamen daher
 * nacheinander an."); and the best a restatement of either side in its own document reaches with
 * the other side, times how closely it restates.
 */
export function competitionFeatures(pairs: ReadonlyArray<{ en: number; de: number }>, first: ArrayLike<number>, enCount: number, deCount: number, restated: Record<Lang, Restatements>): Float64Array {
  const enBest = new Float64Array(enCount);
  const deBest = new Float64Array(deCount);
  const byPair = new Map<number, number>();
  pairs.forEach((p, k) => {
    enBest[p.en] = Math.max(enBest[p.en]!, first[k]!);
    deBest[p.de] = Math.max(deBest[p.de]!, first[k]!);
    byPair.set(p.en * deCount + p.de, first[k]!);
  });
  const at = (i: number, j: number) => (i < 0 || j < 0 || i >= enCount || j >= deCount ? 0 : (byPair.get(i * deCount + j) ?? 0));
  const out = new Float64Array(pairs.length * COMPETITION_FEATURE_COUNT);
  pairs.forEach((p, k) => {
    const own = logit(first[k]!);
    const o = k * COMPETITION_FEATURE_COUNT;
    out[o] = own;
    out[o + 1] = own - logit(enBest[p.en]!);
    out[o + 2] = own - logit(deBest[p.de]!);
    out[o + 3] = first[k]! >= enBest[p.en]! ? 1 : 0;
    out[o + 4] = first[k]! >= deBest[p.de]! ? 1 : 0;
    out[o + 5] = Math.max(at(p.en - 1, p.de), at(p.en + 1, p.de));
    out[o + 6] = Math.max(at(p.en, p.de - 1), at(p.en, p.de + 1));
    let viaEnglish = 0;
    for (const n of restated.en.neighbours[p.en]!) viaEnglish = Math.max(viaEnglish, n.similarity * at(n.other, p.de));
    let viaGerman = 0;
    for (const n of restated.de.neighbours[p.de]!) viaGerman = Math.max(viaGerman, n.similarity * at(p.en, n.other));
    out[o + 7] = viaEnglish;
    out[o + 8] = viaGerman;
  });
  return out;
}
