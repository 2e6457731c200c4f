/** A scored sentence pair of comparable texts: the probability that it is a correct link. */
export interface ScoredPair {
  en: number;
  de: number;
  probability: number;
}

export interface ComparableGroup {
  en: number[];
  de: number[];
  /** The lowest probability of the pairs the group claims. */
  probability: number;
}

export interface GroupThresholds {
  /** Probability a pair needs to open a link. */
  link: number;
  /** Probability a pair needs to open a link when it is the best pair of both its sentences. */
  mutual: number;
  /** Probability a sentence needs with every sentence of a link's other side to join it. */
  join: number;
}

/**
 * Links comparable sentences into groups. A group claims that every English sentence in it
 * corresponds to every German one, so a sentence may only join a group whose other side it
 * corresponds to throughout: best pair first, a pair of two free sentences opens a group when its
 * probability reaches `link`, or the lower `mutual` when neither sentence has a better pair (in long
 * reports, where most sentences have no counterpart, the pair that stands out for both its sentences
 * is a link even where its own evidence is modest); a free sentence joins the group of its counterpart when its
 * probability with each sentence of that group's other side reaches `join`. A headline that sums
 * up two German sentences thus becomes a 1-2 link, and two English and two German sentences that
 * all state one fact a 2-2 link — but never a chain whose ends say different things.
 * `probability(i, j)` gives the probability of any pair (0 for a pair never scored).
 */
export function groupComparable(pairs: ScoredPair[], probability: (en: number, de: number) => number, enCount: number, deCount: number, thresholds: GroupThresholds): ComparableGroup[] {
  const enBest = new Float64Array(enCount);
  const deBest = new Float64Array(deCount);
  for (const p of pairs) {
    enBest[p.en] = Math.max(enBest[p.en]!, p.probability);
    deBest[p.de] = Math.max(deBest[p.de]!, p.probability);
  }
  const opens = (p: ScoredPair) => p.probability >= thresholds.link || (p.probability >= thresholds.mutual && p.probability >= enBest[p.en]! && p.probability >= deBest[p.de]!);
  const floor = Math.min(thresholds.link, thresholds.join, thresholds.mutual);
  const ordered = pairs.filter((p) => p.probability >= floor).sort((a, b) => b.probability - a.probability || a.en - b.en || a.de - b.de);
  const enGroup = new Int32Array(enCount).fill(-1);
  const deGroup = new Int32Array(deCount).fill(-1);
  const groups: ComparableGroup[] = [];
  for (const pair of ordered) {
    const ge = enGroup[pair.en]!;
    const gd = deGroup[pair.de]!;
    if (ge < 0 && gd < 0) {
      if (!opens(pair)) continue;
      enGroup[pair.en] = deGroup[pair.de] = groups.length;
      groups.push({ en: [pair.en], de: [pair.de], probability: pair.probability });
    } else if (ge < 0) {
      const group = groups[gd]!;
      const lowest = lowestWith(group.de, (j) => probability(pair.en, j));
      if (lowest < thresholds.join) continue;
      group.en.push(pair.en);
      group.probability = Math.min(group.probability, lowest);
      enGroup[pair.en] = gd;
    } else if (gd < 0) {
      const group = groups[ge]!;
      const lowest = lowestWith(group.en, (i) => probability(i, pair.de));
      if (lowest < thresholds.join) continue;
      group.de.push(pair.de);
      group.probability = Math.min(group.probability, lowest);
      deGroup[pair.de] = ge;
    }
  }
  for (const group of groups) {
    group.en.sort(ascending);
    group.de.sort(ascending);
  }
  return groups;
}

function lowestWith(members: number[], probability: (member: number) => number): number {
  let lowest = 1;
  for (const m of members) lowest = Math.min(lowest, probability(m));
  return lowest;
}

function ascending(a: number, b: number): number {
  return a - b;
}
