import type { IndexLink } from './gold.js';

export interface PrecisionRecall {
  precision: number;
  recall: number;
  f1: number;
}

export interface AlignmentScores {
  strict: PrecisionRecall;
  lax: PrecisionRecall;
  /** Sentences the gold leaves without counterpart (1-0/0-1) that the test also leaves alone; undefined when the gold has none. */
  omissionRecall?: number;
  /** Links counted on each side (1-0/0-1 excluded). */
  testLinks: number;
  goldLinks: number;
}

/**
 * Scores a test alignment against gold in vecalign's definitions (Sennrich & Volk 2010):
 * strict counts links that match a gold link exactly; lax counts a link as right when both its
 * English and its German side overlap one gold link. 1-0 and 0-1 links are left out of both.
 */
export function scoreAlignment(test: IndexLink[], gold: IndexLink[]): AlignmentScores {
  const testPairs = test.filter(isPair);
  const goldPairs = gold.filter(isPair);
  const goldKeys = new Set(goldPairs.map(key));
  const testKeys = new Set(testPairs.map(key));
  const strictHitsTest = testPairs.filter((l) => goldKeys.has(key(l))).length;
  const strictHitsGold = goldPairs.filter((l) => testKeys.has(key(l))).length;
  const laxHitsTest = overlapping(testPairs, goldPairs);
  const laxHitsGold = overlapping(goldPairs, testPairs);
  return {
    strict: prf(strictHitsTest, testPairs.length, strictHitsGold, goldPairs.length),
    lax: prf(laxHitsTest, testPairs.length, laxHitsGold, goldPairs.length),
    omissionRecall: omissionRecall(test, gold),
    testLinks: testPairs.length,
    goldLinks: goldPairs.length,
  };
}

function isPair(l: IndexLink): boolean {
  return l.en.length > 0 && l.de.length > 0;
}

function key(l: IndexLink): string {
  return `${[...l.en].sort((a, b) => a - b).join(',')}:${[...l.de].sort((a, b) => a - b).join(',')}`;
}

/** How many links of `links` share at least one English and one German sentence with some link of `other`. */
function overlapping(links: IndexLink[], other: IndexLink[]): number {
  const byEn = new Map<number, IndexLink[]>();
  for (const o of other) for (const i of o.en) byEn.set(i, [...(byEn.get(i) ?? []), o]);
  let hits = 0;
  for (const l of links) {
    const partners = l.en.flatMap((i) => byEn.get(i) ?? []);
    if (partners.some((o) => o.de.some((j) => l.de.includes(j)))) hits++;
  }
  return hits;
}

function omissionRecall(test: IndexLink[], gold: IndexLink[]): number | undefined {
  const alone = (links: IndexLink[]) => {
    const set = new Set<string>();
    for (const l of links) {
      if (l.de.length === 0) for (const i of l.en) set.add(`en${i}`);
      if (l.en.length === 0) for (const j of l.de) set.add(`de${j}`);
    }
    return set;
  };
  const goldAlone = alone(gold);
  if (goldAlone.size === 0) return undefined;
  const testAlone = alone(test);
  let found = 0;
  for (const s of goldAlone) if (testAlone.has(s)) found++;
  return found / goldAlone.size;
}

/** Precision `hitsTest / testCount`, recall `hitsGold / goldCount` (0 when nothing is counted) and their F1. */
export function prf(hitsTest: number, testCount: number, hitsGold: number, goldCount: number): PrecisionRecall {
  const precision = testCount === 0 ? 0 : hitsTest / testCount;
  const recall = goldCount === 0 ? 0 : hitsGold / goldCount;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1 };
}
