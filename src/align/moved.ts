import type { AlignmentLink } from '../core/types.js';
import type { Candidate } from './candidates.js';

/** Thresholds of the moved-sentence pass (tuned on the development gold and GIMP's glossary; docs/alignment.md). */
export const MOVED = {
  /** A pair of left-alone sentences this sure, each the other's best, starts a moved block. */
  seed: 0.9,
  /** Neighbours of a moved pair, both left alone, join the block from this pair score. */
  grow: 0.5,
};

/**
 * The monotone path leaves a sentence the translator moved elsewhere without a counterpart on both
 * sides: a glossary sorted by the German terms, a note moved to another section. Among the sentences
 * left alone (1-0 on one side, 0-1 on the other), a confident pair that is each other's best candidate
 * is linked after all, and so are its left-alone neighbours in step with it (the rest of a moved
 * entry). Everything else stays an omission: a deleted paragraph has no such counterpart.
 * The moved link takes the English sentence's place in the list and carries `moved: true`; the German
 * sentence's 0-1 entry goes. `describe` scores a link as the path's links are scored.
 */
export function linkMovedSentences(links: AlignmentLink[], candidates: Candidate[], describe: (en: number[], de: number[]) => AlignmentLink): AlignmentLink[] {
  const enAlone = new Map<number, number>();
  const deAlone = new Map<number, number>();
  links.forEach((link, k) => {
    if (link.de.length === 0 && link.en.length === 1) enAlone.set(link.en[0]!, k);
    if (link.en.length === 0 && link.de.length === 1) deAlone.set(link.de[0]!, k);
  });
  if (enAlone.size === 0 || deAlone.size === 0) return links;
  const score = new Map<string, number>();
  const bestOfEn = new Map<number, Candidate>();
  const bestOfDe = new Map<number, Candidate>();
  for (const c of candidates) {
    if (!enAlone.has(c.en) || !deAlone.has(c.de)) continue;
    score.set(`${c.en},${c.de}`, c.score);
    if (c.score > (bestOfEn.get(c.en)?.score ?? -1)) bestOfEn.set(c.en, c);
    if (c.score > (bestOfDe.get(c.de)?.score ?? -1)) bestOfDe.set(c.de, c);
  }
  const pairs = new Map<number, number>();
  const taken = new Set<number>();
  const accept = (i: number, j: number) => {
    pairs.set(i, j);
    taken.add(j);
  };
  const seeds = [...bestOfEn.values()].filter((c) => c.score >= MOVED.seed && bestOfDe.get(c.de) === c).sort((a, b) => a.en - b.en);
  for (const seed of seeds) {
    if (pairs.has(seed.en) || taken.has(seed.de)) continue;
    accept(seed.en, seed.de);
    for (const step of [1, -1]) {
      for (let i = seed.en + step, j = seed.de + step; enAlone.has(i) && deAlone.has(j) && !pairs.has(i) && !taken.has(j); i += step, j += step) {
        if ((score.get(`${i},${j}`) ?? 0) < MOVED.grow) break;
        accept(i, j);
      }
    }
  }
  if (pairs.size === 0) return links;
  const out: AlignmentLink[] = [];
  const dropped = new Set([...taken].map((j) => deAlone.get(j)!));
  links.forEach((link, k) => {
    if (dropped.has(k)) return;
    const j = link.de.length === 0 && link.en.length === 1 ? pairs.get(link.en[0]!) : undefined;
    out.push(j === undefined ? link : { ...describe(link.en, [j]), moved: true });
  });
  return out;
}
