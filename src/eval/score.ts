import type { IndexLink } from './gold.js';

export interface PrecisionRecall {
  precision: number;
  recall: number;
  f1: number;
}

/** The raw counts behind the scores, so that documents can be pooled (summed) before dividing. */
export interface AlignmentCounts {
  /** Predicted links (1-0/0-1 included) that are a gold link exactly, or (lax) overlap one on both sides. */
  strictTest: number;
  laxTest: number;
  /** Predicted links counted for precision. */
  test: number;
  /** Gold links with both sides non-empty that are predicted exactly, or (lax) overlap a predicted link. */
  strictGold: number;
  laxGold: number;
  /** Gold links counted for recall (both sides non-empty). */
  gold: number;
  /** Gold 1-0/0-1 links predicted exactly, all gold 1-0/0-1 links, all predicted ones. */
  nullHit: number;
  nullGold: number;
  nullTest: number;
  /** Gold sentences without counterpart, and how many of them the prediction also leaves alone. */
  aloneGold: number;
  aloneFound: number;
  /** Gold links left out as coarse (ignore-coarse), and the predicted links inside them left out with them. */
  coarseGold: number;
  coarseTest: number;
}

export interface AlignmentScores {
  strict: PrecisionRecall;
  lax: PrecisionRecall;
  /** Sentences the gold leaves without counterpart (1-0/0-1) that the test also leaves alone; undefined when the gold has none. */
  omissionRecall?: number;
  /** Gold 1-0/0-1 links predicted exactly (recall) and predicted ones that are gold (precision); undefined when the gold has none. */
  nullLinks?: { precision: number; recall: number };
  /** Links counted: predicted for precision (1-0/0-1 included), gold for recall (1-0/0-1 excluded). */
  testLinks: number;
  goldLinks: number;
  counts: AlignmentCounts;
}

/**
 * Scores a test alignment against gold in vecalign's definitions (Sennrich & Volk 2010):
 * precision runs over all predicted links, 1-0/0-1 included; recall over the gold links with both
 * sides non-empty. Strict counts a link that is a gold link exactly; lax one whose English and
 * German sides both overlap one gold link (a 1-0/0-1 link can only be right strictly).
 * `coarse` gold links (paragraphs whose inner sentence alignment is unknown) are scored
 * ignore-coarse: they leave the gold, and every predicted link lying entirely inside one leaves the
 * prediction, so nothing done inside a restructured paragraph helps or hurts.
 */
export function scoreAlignment(test: IndexLink[], gold: IndexLink[], coarse: IndexLink[] = []): AlignmentScores {
  return scoresFromCounts(countAlignment(test, gold, coarse));
}

export function countAlignment(test: IndexLink[], gold: IndexLink[], coarse: IndexLink[] = []): AlignmentCounts {
  const coarseKeys = new Set(coarse.map(key));
  const scoredGold = gold.filter((l) => !isEmpty(l) && !coarseKeys.has(key(l)));
  const uniqueTest = [...new Map(test.filter((l) => !isEmpty(l)).map((l) => [key(l), l])).values()];
  const scoredTest = uniqueTest.filter((l) => !coarse.some((c) => within(l, c)));
  const goldKeys = new Set(scoredGold.map(key));
  const testKeys = new Set(scoredTest.map(key));
  const goldPairs = scoredGold.filter(isPair);
  const testPairs = scoredTest.filter(isPair);
  const goldNulls = scoredGold.filter((l) => !isPair(l));
  const testNulls = scoredTest.filter((l) => !isPair(l));
  const goldByEn = byEnglish(goldPairs);
  const testByEn = byEnglish(testPairs);
  const alone = aloneSentences(gold);
  const aloneInTest = aloneSentences(test);
  return {
    strictTest: scoredTest.filter((l) => goldKeys.has(key(l))).length,
    laxTest: scoredTest.filter((l) => goldKeys.has(key(l)) || (isPair(l) && overlapsOne(l, goldByEn))).length,
    test: scoredTest.length,
    strictGold: goldPairs.filter((l) => testKeys.has(key(l))).length,
    laxGold: goldPairs.filter((l) => overlapsOne(l, testByEn)).length,
    gold: goldPairs.length,
    nullHit: goldNulls.filter((l) => testKeys.has(key(l))).length,
    nullGold: goldNulls.length,
    nullTest: testNulls.length,
    aloneGold: alone.size,
    aloneFound: [...alone].filter((s) => aloneInTest.has(s)).length,
    coarseGold: coarseKeys.size,
    coarseTest: uniqueTest.length - scoredTest.length,
  };
}

/** Precision, recall and F1 from (possibly pooled) counts. */
export function scoresFromCounts(c: AlignmentCounts): AlignmentScores {
  return {
    strict: prf(c.strictTest, c.test, c.strictGold, c.gold),
    lax: prf(c.laxTest, c.test, c.laxGold, c.gold),
    omissionRecall: c.aloneGold === 0 ? undefined : c.aloneFound / c.aloneGold,
    nullLinks: c.nullGold === 0 ? undefined : { precision: c.nullTest === 0 ? 0 : c.nullHit / c.nullTest, recall: c.nullHit / c.nullGold },
    testLinks: c.test,
    goldLinks: c.gold,
    counts: c,
  };
}

/** The sum of several documents' counts, for pooled (micro-averaged) scores. */
export function addCounts(a: AlignmentCounts, b: AlignmentCounts): AlignmentCounts {
  const sum = { ...a };
  for (const name of Object.keys(sum) as (keyof AlignmentCounts)[]) sum[name] += b[name];
  return sum;
}

function isEmpty(l: IndexLink): boolean {
  return l.en.length === 0 && l.de.length === 0;
}

function isPair(l: IndexLink): boolean {
  return l.en.length > 0 && l.de.length > 0;
}

function key(l: IndexLink): string {
  return `${[...l.en].sort((a, b) => a - b).join(',')}:${[...l.de].sort((a, b) => a - b).join(',')}`;
}

/** Whether every sentence of `link` lies inside `outer`, on both sides. */
function within(link: IndexLink, outer: IndexLink): boolean {
  return link.en.every((i) => outer.en.includes(i)) && link.de.every((j) => outer.de.includes(j));
}

/** The links holding each English sentence. */
function byEnglish(links: IndexLink[]): Map<number, IndexLink[]> {
  const map = new Map<number, IndexLink[]>();
  for (const l of links) for (const i of l.en) map.set(i, [...(map.get(i) ?? []), l]);
  return map;
}

/** Whether `link` shares at least one English and one German sentence with one link of the index. */
function overlapsOne(link: IndexLink, others: Map<number, IndexLink[]>): boolean {
  return link.en.some((i) => (others.get(i) ?? []).some((o) => o.de.some((j) => link.de.includes(j))));
}

function aloneSentences(links: IndexLink[]): Set<string> {
  const set = new Set<string>();
  for (const l of links) {
    if (l.de.length === 0) for (const i of l.en) set.add(`en${i}`);
    if (l.en.length === 0) for (const j of l.de) set.add(`de${j}`);
  }
  return set;
}

/** Precision `hitsTest / testCount`, recall `hitsGold / goldCount` (0 when nothing is counted) and their F1. */
export function prf(hitsTest: number, testCount: number, hitsGold: number, goldCount: number): PrecisionRecall {
  const precision = testCount === 0 ? 0 : hitsTest / testCount;
  const recall = goldCount === 0 ? 0 : hitsGold / goldCount;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1 };
}
