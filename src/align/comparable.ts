import type { DocumentFeatures } from '../analyse/documentFeatures.js';
import type { Claim } from '../claims/claim.js';
import type { AlignmentLink, Lang } from '../core/types.js';
import { ClaimEvidence } from '../score/claimEvidence.js';
import { ComparablePairFeatures, PAIR_FEATURE_COUNT } from '../score/comparableFeatures.js';
import { competitionFeatures } from '../score/competition.js';
import { checkModel, COMPARABLE_MODEL, COMPETITION_FEATURE_COUNT, logistic, type ComparableModel } from '../score/comparableModel.js';
import type { PairMatcher } from '../score/match.js';
import { round } from '../score/pair.js';
import { candidateOptions, findCandidates, type Candidate } from './candidates.js';
import { groupComparable, type ScoredPair } from './comparableGroups.js';
import { restatements, type Restatements } from '../score/restatement.js';
import { describeLink } from './links.js';

/** What comparable mode reads beyond the sentence features; the pipeline computes it only when comparable mode runs. */
export interface ComparableInputs {
  /** The claims of every sentence: figures, and the names the gazetteer knows. */
  claims: Record<Lang, Claim[][]>;
}

export interface ComparableOptions {
  inputs: () => ComparableInputs;
  model?: ComparableModel;
}

/** Up to this many sentence pairs every English sentence is scored against every German one; beyond, the pairs the index proposes. */
export const ALL_PAIRS_LIMIT = 250_000;

/** The sentence pairs comparable mode scores, and their pair features (PAIR_FEATURE_COUNT values a pair). */
export interface ComparablePairs {
  pairs: Array<{ en: number; de: number }>;
  features: Float64Array;
  /** Sentences of each document that restate each other. */
  restated: Record<Lang, Restatements>;
}

/**
 * Comparable texts: every plausible sentence pair gets a probability of being a correct link, from
 * its own evidence (`src/score/comparableFeatures.ts`) and then from how it compares with the
 * best pair each of its sentences has (a sentence that shares a little with everything links to
 * nothing in particular). Pairs are then grouped so that every sentence of a group corresponds to
 * every sentence on the group's other side (`groupComparable`); a group may therefore be n-m, its
 * indices need not be adjacent, and links may cross. Everything else stays unaligned.
 */
export function alignComparable(
  en: DocumentFeatures,
  de: DocumentFeatures,
  candidates: Candidate[],
  matcher: PairMatcher,
  keyCount: number,
  options: ComparableOptions,
): AlignmentLink[] {
  const model = options.model ?? COMPARABLE_MODEL;
  if (options.model) checkModel(options.model);
  const scored = comparablePairs(en, de, candidates, matcher, keyCount, options.inputs());
  const probabilities = comparableProbabilities(scored, en.length, de.length, model);
  const pairs: ScoredPair[] = scored.pairs.map((p, k) => ({ en: p.en, de: p.de, probability: probabilities[k]! }));
  const lookup = new Map<number, number>();
  for (const p of pairs) lookup.set(p.en * de.length + p.de, p.probability);
  const probability = (i: number, j: number) => lookup.get(i * de.length + j) ?? 0;
  const groups = groupComparable(pairs, probability, en.length, de.length, model);
  return groups.map((g) => ({ ...describeLink(en, de, g.en, g.de, matcher), score: round(g.probability) }));
}

/** The pairs to score and their features: all of them for documents of news length, else those the inverted index proposes. */
export function comparablePairs(
  en: DocumentFeatures,
  de: DocumentFeatures,
  candidates: Candidate[],
  matcher: PairMatcher,
  keyCount: number,
  inputs: ComparableInputs,
): ComparablePairs {
  const pairs = en.length * de.length <= ALL_PAIRS_LIMIT ? allPairs(en.length, de.length) : indexedPairs(en, de, candidates, matcher, keyCount);
  // The scorers read whole sentences, each many times: their features as views, made once.
  const enSentences = en.slice(0, en.length);
  const deSentences = de.slice(0, de.length);
  const scorer = new ComparablePairFeatures(enSentences, deSentences, new ClaimEvidence(inputs.claims), matcher, keyCount);
  const features = new Float64Array(pairs.length * PAIR_FEATURE_COUNT);
  pairs.forEach((p, k) => scorer.write(p.en, p.de, features, k * PAIR_FEATURE_COUNT));
  const restated = {
    en: restatements(enSentences, scorer.enWeights, matcher, sameDocumentCandidates(en, matcher, keyCount)),
    de: restatements(deSentences, scorer.deWeights, matcher, sameDocumentCandidates(de, matcher, keyCount)),
  };
  return { pairs, features, restated };
}

/** The sentences of one document worth comparing with each: all for a short document, the index's proposals for a long one. */
function sameDocumentCandidates(doc: DocumentFeatures, matcher: PairMatcher, keyCount: number): (a: number) => Iterable<number> {
  if (doc.length * doc.length <= ALL_PAIRS_LIMIT) {
    const all = Array.from({ length: doc.length }, (_, b) => b);
    return () => all;
  }
  const proposed: number[][] = Array.from({ length: doc.length }, () => []);
  for (const c of findCandidates(doc, doc, matcher, keyCount, candidateOptions(doc.length))) proposed[c.en]!.push(c.de);
  return (a) => proposed[a]!;
}

/** The probability of each pair: the pair model, then the competition model on top of it. */
export function comparableProbabilities(scored: ComparablePairs, enCount: number, deCount: number, model: ComparableModel): Float64Array {
  const first = scored.pairs.map((_, k) => logistic(model.pair.bias, model.pair.weights, scored.features, k * PAIR_FEATURE_COUNT));
  const competition = competitionFeatures(scored.pairs, first, enCount, deCount, scored.restated);
  return Float64Array.from(scored.pairs, (_, k) => logistic(model.competition.bias, model.competition.weights, competition, k * COMPETITION_FEATURE_COUNT));
}

function allPairs(enCount: number, deCount: number): Array<{ en: number; de: number }> {
  const pairs: Array<{ en: number; de: number }> = [];
  for (let i = 0; i < enCount; i++) for (let j = 0; j < deCount; j++) pairs.push({ en: i, de: j });
  return pairs;
}

/** The index's candidates from the English side and, searched the other way, from the German side. */
function indexedPairs(en: DocumentFeatures, de: DocumentFeatures, candidates: Candidate[], matcher: PairMatcher, keyCount: number): Array<{ en: number; de: number }> {
  const reverse = findCandidates(de, en, matcher, keyCount, candidateOptions(en.length));
  const seen = new Set<number>();
  const pairs: Array<{ en: number; de: number }> = [];
  const add = (i: number, j: number) => {
    const key = i * de.length + j;
    if (seen.has(key)) return;
    seen.add(key);
    pairs.push({ en: i, de: j });
  };
  for (const c of candidates) add(c.en, c.de);
  for (const c of reverse) add(c.de, c.en);
  return pairs.sort((a, b) => a.en - b.en || a.de - b.de);
}
