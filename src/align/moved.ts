import type { AlignmentLink } from '../core/types.js';
import type { Candidate } from './candidates.js';
import { omission } from './links.js';

/** Thresholds of the moved-sentence pass (tuned on the development gold and GIMP's glossary; docs/alignment.md). */
export const MOVED = {
  /** A pair of left-alone sentences this sure, each the other's best, starts a moved block. */
  seed: 0.9,
  /** Neighbours of a moved pair, both free, join the block from this pair score. */
  grow: 0.5,
  /** A 1-1 link of the path under this pair score may have paired sentences that moved. */
  weak: 0.3,
  /** A moved pair without a neighbour in step needs this many content words a side ("Shift" ≠ "Verschieben"). */
  loneTokens: 3,
};

/**
 * The monotone path cannot follow a sentence the translator moved elsewhere: it leaves it without a
 * counterpart on both sides, or, where the counts work out, pairs it with whatever stands in its place
 * (a glossary sorted by the German terms: "Backup" against "Kernel"). Among the sentences left alone
 * and those in weak 1-1 links (`weak`: pair score under `MOVED.weak`), a confident pair that is each
 * other's best candidate is linked after all, and so are its free neighbours in step with it (the rest
 * of a moved entry); a pair without such a neighbour needs a few content words a side, or free sentences
 * next to it on both sides. A weak link that loses a sentence that way leaves its other sentence alone.
 * Everything else stays as the path has it: a deleted paragraph has no such counterpart.
 * A moved link takes its English sentence's place in the list and carries `moved: true`; `describe`
 * scores it as the path's links are scored.
 */
export function linkMovedSentences(
  links: AlignmentLink[],
  candidates: Candidate[],
  describe: (en: number[], de: number[]) => AlignmentLink,
  weak: (k: number) => boolean = () => false,
  contentWords: (lang: 'en' | 'de', index: number) => number = () => MOVED.loneTokens,
): AlignmentLink[] {
  const enFree = new Map<number, number>();
  const deFree = new Map<number, number>();
  links.forEach((link, k) => {
    const single = link.en.length <= 1 && link.de.length <= 1;
    if (!single || (link.en.length === 1 && link.de.length === 1 && !weak(k))) return;
    if (link.en.length === 1) enFree.set(link.en[0]!, k);
    if (link.de.length === 1) deFree.set(link.de[0]!, k);
  });
  if (enFree.size === 0 || deFree.size === 0) return links;
  const score = new Map<string, number>();
  const bestOfEn = new Map<number, Candidate>();
  const bestOfDe = new Map<number, Candidate>();
  for (const c of candidates) {
    if (!enFree.has(c.en) || !deFree.has(c.de)) continue;
    score.set(`${c.en},${c.de}`, c.score);
    if (c.score > (bestOfEn.get(c.en)?.score ?? -1)) bestOfEn.set(c.en, c);
    if (c.score > (bestOfDe.get(c.de)?.score ?? -1)) bestOfDe.set(c.de, c);
  }
  const pairs = new Map<number, number>();
  const taken = new Set<number>();
  // A pair the path already links is in place, not moved.
  const free = (i: number, j: number) => enFree.has(i) && deFree.has(j) && !pairs.has(i) && !taken.has(j) && enFree.get(i) !== deFree.get(j);
  const seeds = [...bestOfEn.values()].filter((c) => c.score >= MOVED.seed && bestOfDe.get(c.de) === c).sort((a, b) => a.en - b.en);
  for (const seed of seeds) {
    if (!free(seed.en, seed.de)) continue;
    const block: Array<[number, number]> = [[seed.en, seed.de]];
    for (const step of [1, -1]) {
      for (let i = seed.en + step, j = seed.de + step; free(i, j) && (score.get(`${i},${j}`) ?? 0) >= MOVED.grow; i += step, j += step) {
        block.push([i, j]);
      }
    }
    // A lone pair of one or two words is too little evidence to move it ("Accessed" / "Zugriffsrechte" in a table)
    // unless it stands where the path lost its way on both sides (a glossary heading whose entry moved with it).
    const short = Math.min(contentWords('en', seed.en), contentWords('de', seed.de)) < MOVED.loneTokens;
    const amongFree = (alone: Map<number, number>, at: number) => alone.has(at - 1) || alone.has(at + 1);
    if (block.length === 1 && short && !(amongFree(enFree, seed.en) && amongFree(deFree, seed.de))) continue;
    for (const [i, j] of block) {
      pairs.set(i, j);
      taken.add(j);
    }
  }
  if (pairs.size === 0) return links;
  const out: AlignmentLink[] = [];
  links.forEach((link, k) => {
    const i = link.en.length === 1 && enFree.get(link.en[0]!) === k ? link.en[0]! : undefined;
    const j = link.de.length === 1 && deFree.get(link.de[0]!) === k ? link.de[0]! : undefined;
    const movedEn = i !== undefined && pairs.has(i);
    const movedDe = j !== undefined && taken.has(j);
    if (!movedEn && !movedDe) {
      out.push(link);
      return;
    }
    if (movedEn) out.push({ ...describe([i!], [pairs.get(i!)!]), moved: true });
    else if (i !== undefined) out.push(omission([i], []));
    if (j !== undefined && !movedDe) out.push(omission([], [j]));
  });
  return out;
}
