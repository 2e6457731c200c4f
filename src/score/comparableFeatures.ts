import { contentCount, type SentenceFeatures } from '../analyse/features.js';
import type { ClaimEvidence } from './claimEvidence.js';
import { PairMatcher } from './match.js';
import { bestClause, salienceWeights, weighted } from './salience.js';

/**
 * The evidence that an English and a German sentence of two independent reports state the same
 * fact, as one vector per pair (the order of `PAIR_FEATURES`); `src/score/comparableModel.ts`
 * weighs it into a probability. docs/alignment.md, "Comparable mode", explains each.
 */
export const PAIR_FEATURES = [
  'enCoverage',
  'deCoverage',
  'bestClause',
  'matchedWeight',
  'translatedWeight',
  'sharedFigures',
  'sharedNames',
  'positionGap',
  'bothLeading',
  'short',
  'documentSize',
  'unsharedFigures',
] as const;

export const PAIR_FEATURE_COUNT = PAIR_FEATURES.length;

/** Sentences this near the top of both documents are headline, standfirst or lead — in documents of at least LEADING_MIN_SENTENCES. */
export const LEADING_SENTENCES = 3;
export const LEADING_MIN_SENTENCES = 8;
/**
 * Pairs of documents shorter than this many sentence pairs count as this many: the model learnt the
 * base rate of links on reports of 10 sentences and more, and a note of three sentences is no
 * likelier to correspond sentence for sentence.
 */
export const MIN_DOCUMENT_PAIRS = 100;
/** A sentence with this few content tokens (a caption credit, a dateline, a one-word heading) says little either way. */
export const SHORT_TOKENS = 3;

export class ComparablePairFeatures {
  /** Salience weights of each sentence's tokens. */
  readonly enWeights: Float64Array[];
  readonly deWeights: Float64Array[];
  /** Each English sentence with only its words as written as keys: what a German token shares as a string, not as a translation. */
  private readonly enHeads: SentenceFeatures[];
  private readonly heads: PairMatcher;
  /** Whether both documents are long enough to have a headline and lead apart from their body. */
  private readonly leading: boolean;

  constructor(
    private readonly en: SentenceFeatures[],
    private readonly de: SentenceFeatures[],
    private readonly claims: ClaimEvidence,
    private readonly matcher: PairMatcher,
    keyCount: number,
  ) {
    this.enWeights = salienceWeights(en);
    this.deWeights = salienceWeights(de);
    this.enHeads = en.map(headsOnly);
    this.heads = new PairMatcher(keyCount);
    this.leading = Math.min(en.length, de.length) >= LEADING_MIN_SENTENCES;
  }

  /** Writes the features of English sentence `i` and German sentence `j` into `out` (PAIR_FEATURE_COUNT values from `at`). */
  write(i: number, j: number, out: Float64Array, at = 0): void {
    const en = this.en[i]!;
    const de = this.de[j]!;
    const enTokens = contentCount(en);
    const deTokens = contentCount(de);
    this.matcher.load(en);
    const masks = this.matcher.masks(de);
    this.heads.load(this.enHeads[i]!);
    const sharedStrings = this.heads.masks(de).de;
    const [enMatched, enTotal] = weighted(this.enWeights[i]!, masks.en, 0, enTokens);
    const [deMatched, deTotal] = weighted(this.deWeights[j]!, masks.de, 0, deTokens);
    const [translated] = weighted(this.deWeights[j]!, masks.de & ~sharedStrings, 0, deTokens);
    const gap = Math.abs((i + 0.5) / this.en.length - (j + 0.5) / this.de.length);
    out[at] = enTotal > 0 ? enMatched / enTotal : 0;
    out[at + 1] = deTotal > 0 ? deMatched / deTotal : 0;
    out[at + 2] = Math.max(bestClause(this.enWeights[i]!, masks.en, en), bestClause(this.deWeights[j]!, masks.de, de));
    out[at + 3] = Math.log1p(enMatched + deMatched);
    out[at + 4] = Math.log1p(translated);
    out[at + 5] = Math.log1p(this.claims.sharedFigures(i, j));
    out[at + 6] = Math.log1p(this.claims.sharedNames(i, j));
    out[at + 7] = gap;
    out[at + 8] = this.leading && i < LEADING_SENTENCES && j < LEADING_SENTENCES ? 1 : 0;
    out[at + 9] = Math.min(enTokens, deTokens) <= SHORT_TOKENS ? 1 : 0;
    // The more sentences two reports have, the smaller the share of pairs that correspond.
    out[at + 10] = Math.log(Math.max(MIN_DOCUMENT_PAIRS, this.en.length * this.de.length));
    out[at + 11] = Math.log1p(this.claims.unsharedFigures(i, j));
  }
}

function headsOnly(f: SentenceFeatures): SentenceFeatures {
  const tokens = contentCount(f);
  return { ...f, starts: Int32Array.from({ length: tokens + 1 }, (_, t) => t), keys: f.heads };
}
