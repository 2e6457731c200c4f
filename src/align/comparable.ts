import type { SentenceFeatures } from '../analyse/features.js';
import type { AlignmentLink, Lang } from '../core/types.js';
import type { PairMatcher } from '../score/match.js';
import { round } from '../score/pair.js';
import { Salience } from '../score/salience.js';
import type { Candidate } from './candidates.js';
import { describeLink } from './links.js';

/** Salience a pair needs to be linked at all (tuned on the seed gold; see docs/alignment.md). */
export const COMPARABLE_THRESHOLD = 0.4;
/** Salience a sentence needs to join a counterpart that is already linked (a repeated claim). */
export const REPEAT_THRESHOLD = 0.5;
/**
 * A sentence whose own document says the same in the link already joins from this lower salience:
 * at least RESTATED_CONTAINMENT of its weighted wording recurs in a sentence of the link on its side
 * (a headline in its body sentence), or of that sentence's wording in it (a pull quote in the full
 * quotation). So does a sentence that shares a telltale number (two digits or more) with its
 * counterpart: "It launched Flatcar Container Linux in 2018." joins "So hat das Team seit dem Auftakt
 * zu Flatcar Container Linux im Jahr 2018 … ergänzt, sondern auch Inspektor Gadget entwickelt", which
 * is already linked to the sentence about Inspektor Gadget.
 */
export const RESTATED_THRESHOLD = 0.35;
export const RESTATED_CONTAINMENT = 0.5;
/**
 * Salience is a share of matched words, not a probability; the output score must mean what a
 * parallel link's score means ("right this often"), so that one `--min-score` serves both modes.
 * Logistic fit by bench/calibrate-score.mjs on the seed gold, shared and own (89 links: rough, see docs/alignment.md).
 */
export const COMPARABLE_CALIBRATION = { bias: -6.54, salience: 16.57 };

/** The probability that a comparable link with this salience is a gold link. */
export function comparableLinkScore(salience: number): number {
  return 1 / (1 + Math.exp(-(COMPARABLE_CALIBRATION.bias + COMPARABLE_CALIBRATION.salience * salience)));
}

export interface ComparableOptions {
  /** Whether the features carry lexicon translations; without them only names, numbers and cognates can match. */
  lexicon: boolean;
}

interface Group {
  en: number[];
  de: number[];
  /** The lowest salience of the pairs that formed the link. */
  salience: number;
}

/**
 * Comparable texts. Candidates (pairs sharing rare keys, from the inverted index) are rescored by
 * salience (rare words count more; whole sentences and their best-matched clause), then linked
 * greedily, best first, one-to-one and in any order. News texts repeat a claim (headline, lead,
 * body), so afterwards a still unlinked sentence may join the link of its counterpart when their
 * salience is high, or somewhat lower when a sentence of that link in its own document already says
 * most of what it says (a headline and its body sentence) — giving a 2-1 or 1-2 link whose indices
 * need not be adjacent. A link grows on one side only, so every sentence stays in exactly one link
 * and no link claims that unrelated sentences correspond. Everything else stays unaligned.
 * Two articles about one event share their names in almost every sentence, so with a lexicon a
 * pair is only considered when at least one matched word is a translation, not a shared string,
 * or the two share a number.
 */
export function alignComparable(
  en: SentenceFeatures[],
  de: SentenceFeatures[],
  candidates: Candidate[],
  matcher: PairMatcher,
  options: ComparableOptions = { lexicon: true },
): AlignmentLink[] {
  const salience = new Salience(en, de);
  // With a lexicon, a pair must share a translated word or a number, not only names (see hasClaimEvidence).
  const evident = options.lexicon ? candidates.filter((c) => hasClaimEvidence(en[c.en]!, de[c.de]!)) : candidates;
  const salient = byScore(evident.map((c) => ({ ...c, score: salience.score(c.en, c.de, en[c.en]!, de[c.de]!, matcher) })));
  const groups: Group[] = bestOneToOne(salient.filter((c) => c.score >= COMPARABLE_THRESHOLD)).map((c) => ({ en: [c.en], de: [c.de], salience: c.score }));
  // Whether most of sentence `a`'s weighted wording recurs in sentence `b` of the same document.
  const restates = (side: Lang, a: number, b: number) => {
    const doc = side === 'en' ? en : de;
    return salience.containment(side, a, doc[a]!, doc[b]!, matcher) >= RESTATED_CONTAINMENT;
  };
  const restated = (side: Lang, y: number, group: Group) => group[side].some((x) => restates(side, y, x) || restates(side, x, y));
  const sharesNumber = (c: Candidate) => sharedTelltaleNumber(en[c.en]!, de[c.de]!);
  addRepeats(groups, salient, restated, sharesNumber);
  return groups.map((g) => ({ ...describeLink(en, de, g.en.sort(ascending), g.de.sort(ascending), matcher), score: round(comparableLinkScore(g.salience)) }));
}

function addRepeats(
  groups: Group[],
  salient: Candidate[],
  restated: (side: Lang, sentence: number, group: Group) => boolean,
  sharesNumber: (candidate: Candidate) => boolean,
): void {
  const byEn = new Map(groups.map((g) => [g.en[0]!, g]));
  const byDe = new Map(groups.map((g) => [g.de[0]!, g]));
  for (const c of salient) {
    if (c.score < RESTATED_THRESHOLD) break;
    const repeated = c.score >= REPEAT_THRESHOLD || sharesNumber(c);
    const enGroup = byEn.get(c.en);
    const deGroup = byDe.get(c.de);
    if (!enGroup && deGroup && deGroup.de.length === 1 && (repeated || restated('en', c.en, deGroup))) {
      deGroup.en.push(c.en);
      deGroup.salience = Math.min(deGroup.salience, c.score);
      byEn.set(c.en, deGroup);
    } else if (!deGroup && enGroup && enGroup.en.length === 1 && (repeated || restated('de', c.de, enGroup))) {
      enGroup.de.push(c.de);
      enGroup.salience = Math.min(enGroup.salience, c.score);
      byDe.set(c.de, enGroup);
    }
  }
}

function byScore(candidates: Candidate[]): Candidate[] {
  return [...candidates].sort((a, b) => b.score - a.score || a.en - b.en || a.de - b.de);
}

function ascending(a: number, b: number): number {
  return a - b;
}

/** Greedy one-to-one matching, best score first (also used by the mode decision). */
export function bestOneToOne(candidates: Candidate[]): Candidate[] {
  const enUsed = new Set<number>();
  const deUsed = new Set<number>();
  const chosen: Candidate[] = [];
  for (const c of byScore(candidates)) {
    if (enUsed.has(c.en) || deUsed.has(c.de)) continue;
    enUsed.add(c.en);
    deUsed.add(c.de);
    chosen.push(c);
  }
  return chosen;
}

/**
 * Whether a pair shows more than shared names: a translated word, or a shared number of two or
 * more digits ("founded in Berlin in 2015" / "startete 2015 in Berlin", where the verbs differ).
 * One-digit numbers (counts, list items) are too common to show that two sentences agree.
 */
export function hasClaimEvidence(en: SentenceFeatures, de: SentenceFeatures): boolean {
  return translatedTokens(en, de) > 0 || sharedTelltaleNumber(en, de);
}

function sharedTelltaleNumber(en: SentenceFeatures, de: SentenceFeatures): boolean {
  const numbers = new Set(en.anchors.filter(isTelltaleNumber));
  return numbers.size > 0 && de.anchors.some((a) => numbers.has(a));
}

function isTelltaleNumber(anchor: string): boolean {
  return /^\d+(\.\d+)?$/.test(anchor) && anchor.replace('.', '').length >= 2;
}

/**
 * German tokens that match an English token spelled differently (a translation such as
 * "existing" / "vorhandenen", not a shared string such as "Kinvolk" or the "Flatcar" of
 * "Flatcar-Community"): names and loan words alone do not show that two sentences of two
 * articles about one event make the same claim. Shared numbers are not counted here (see
 * hasClaimEvidence).
 */
export function translatedTokens(en: SentenceFeatures, de: SentenceFeatures): number {
  let count = 0;
  for (let u = 0; u + 1 < de.starts.length; u++) {
    let found = false;
    for (let t = 0; t + 1 < en.starts.length && !found; t++) {
      // The same word as written, whole or as a part of a German compound, is a shared string.
      if (hasKey(de, u, en.heads[t]!)) continue;
      found = shareKey(en, t, de, u);
    }
    if (found) count++;
  }
  return count;
}

function shareKey(en: SentenceFeatures, t: number, de: SentenceFeatures, u: number): boolean {
  for (let a = en.starts[t]!; a < en.starts[t + 1]!; a++) {
    for (let b = de.starts[u]!; b < de.starts[u + 1]!; b++) if (en.keys[a] === de.keys[b]) return true;
  }
  return false;
}

function hasKey(f: SentenceFeatures, t: number, key: number): boolean {
  for (let k = f.starts[t]!; k < f.starts[t + 1]!; k++) if (f.keys[k] === key) return true;
  return false;
}
