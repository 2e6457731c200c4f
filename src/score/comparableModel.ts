import { PAIR_FEATURE_COUNT } from './comparableFeatures.js';

/**
 * How comparable mode weighs evidence and when it links: one object, fitted by
 * `bench/align-comparable-news.mjs` on development stories and held out story by story
 * (docs/alignment.md, "Comparable mode"). A caller may pass another (the benchmark does, to score
 * a story with a model fitted without it).
 */
export interface ComparableModel {
  /** Logistic weights of the pair features (`PAIR_FEATURES`, in order) and their bias. */
  pair: { bias: number; weights: readonly number[] };
  /**
   * Logistic weights of the competition features (`COMPETITION_FEATURES`): how the pair's first
   * probability compares with the best each of its two sentences has with any other sentence.
   */
  competition: { bias: number; weights: readonly number[] };
  /** Probability a pair needs to open a link. */
  link: number;
  /** Probability a pair needs to open a link when it is the best pair of both its sentences. */
  mutual: number;
  /** Probability a sentence needs with every sentence of a link's other side to join it. */
  join: number;
}

export const COMPETITION_FEATURES = [
  'pairLogit',
  'behindBestOfEnglish',
  'behindBestOfGerman',
  'bestOfEnglish',
  'bestOfGerman',
  'nextToEnglish',
  'nextToGerman',
  'restatedInEnglish',
  'restatedInGerman',
] as const;
export const COMPETITION_FEATURE_COUNT = COMPETITION_FEATURES.length;

/**
 * Fitted on all 38 stories and seed pairs of the benchmark (eight development news stories, six seed
 * pairs, 24 news stories linked for it); `mutual` above 1 leaves that way of opening a link off, as the
 * fit chose.
 */
export const COMPARABLE_MODEL: ComparableModel = {
  pair: { bias: 2.1, weights: [0.94, 1.08, 1.33, 0.64, 0.03, 1.21, 0.33, -0.88, 1.49, -0.25, -1.05, 0.2] },
  competition: { bias: -0.69, weights: [0.88, -0.11, 0.12, 0.74, 0.33, 0.17, 0.93, 0.45, 0.39] },
  link: 0.2,
  mutual: 1.01,
  join: 0.35,
};

/** A model whose weights do not fit the features is a programming error, not the user's. */
export function checkModel(model: ComparableModel): void {
  if (model.pair.weights.length !== PAIR_FEATURE_COUNT || model.competition.weights.length !== COMPETITION_FEATURE_COUNT) {
    throw new Error(`comparable model: expected ${PAIR_FEATURE_COUNT} pair and ${COMPETITION_FEATURE_COUNT} competition weights`);
  }
}

export function logistic(bias: number, weights: readonly number[], x: ArrayLike<number>, at = 0): number {
  let z = bias;
  for (let k = 0; k < weights.length; k++) z += weights[k]! * x[at + k]!;
  return 1 / (1 + Math.exp(-z));
}
