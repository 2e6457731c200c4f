import type { AlignMode } from '../core/types.js';
import { heaviestMonotoneChain, type Candidate } from './candidates.js';

export interface ModeDecision {
  mode: AlignMode;
  reason: string;
}

/** How sure a candidate must be to count as a confident anchor, and the share of sentences that must have one. */
export interface ModeEvidence {
  confident: number;
  minCoverage: number;
  /** A second way to recognise a translation whose words the lexicon knows too few of; see `DiagonalEvidence`. */
  diagonal?: DiagonalEvidence;
}

/**
 * Short translations in a vocabulary the lexicon lacks (GNOME's help pages: "bounce keys" ↔ "Springende
 * Tasten") have few confident pairs, 17–45 % of their text. Their likely pairs (score ≥ `likely`) still run
 * along the diagonal: in order, each near the place its position predicts, with similar sentence counts.
 * Comparable texts that share some sentences — two help pages with the same "Open the Activities overview …
 * Click Settings" steps, a news site's menus and footer around two articles — miss at least one of these.
 */
export interface DiagonalEvidence {
  likely: number;
  /** Share of the shorter document's text on the order-keeping chain of likely pairs. */
  minChainCoverage: number;
  /** Share of the text with a likely pair that the chain passes through. */
  minMonotonicity: number;
  /** Largest distance of a chain link from the diagonal, as a share of the documents (|i/n − j/m|). */
  maxDeviation: number;
  minSizeRatio: number;
  /** Chain links per sentence of the shorter document (and at least three). */
  minChainShare: number;
  /**
   * A long chain that hugs the diagonal is a translation even with less coverage (freely translated manual
   * pages: 14–115 links, every one within 2–5 % of its expected place, 34–41 % of the text): chance does not
   * line up that many pairs that closely.
   */
  tight: { minLinks: number; maxDeviation: number; minChainCoverage: number; minMonotonicity: number };
}

/**
 * With the lexicon, translations have 53–93 % of their text in sentences with a confident counterpart
 * (handbook chapters and pages, Debian Reference, manual pages, test fixtures), comparable texts at
 * most 35 % (a news-site template around two articles); bench/mode-choice.mjs.
 */
export const WITH_LEXICON: ModeEvidence = {
  confident: 0.8,
  minCoverage: 0.45,
  diagonal: {
    likely: 0.3,
    minChainCoverage: 0.45,
    minMonotonicity: 0.75,
    maxDeviation: 0.25,
    minSizeRatio: 0.7,
    minChainShare: 0.25,
    tight: { minLinks: 10, maxDeviation: 0.05, minChainCoverage: 0.3, minMonotonicity: 0.7 },
  },
};
/**
 * Without a lexicon pair scores run lower (only names, numbers, cognates and shared words match): the
 * handbook translations have 20–28 % of their text in sentences with a candidate above 0.5, 96–97 % of
 * it in order. Comparable texts reach as much (the Kinvolk articles up to 27 %, the news pages 43 %),
 * but at most 72 % in order: the order decides, and the coverage only needs to rule out chance.
 */
export const WITHOUT_LEXICON: ModeEvidence = { confident: 0.5, minCoverage: 0.15 };

/**
 * Translations link most sentences, in order; comparable texts link few, in any order.
 * Decides from the confident candidates: the share of the shorter document's text (its sentences
 * weighed by their length) that has one, the share of their text that one order-keeping chain
 * can pass through, and the sentence-count ratio. Weighing by length keeps short boilerplate out of
 * the decision: two news pages of one site share their menus, cookie notice, "more stories" and
 * footer line by line and in order, while their articles are only comparable.
 * `enLengths`/`deLengths`: each sentence's length (non-space characters).
 */
export function chooseMode(candidates: Candidate[], enLengths: ArrayLike<number>, deLengths: ArrayLike<number>, evidence: ModeEvidence = WITH_LEXICON): ModeDecision {
  const enCount = enLengths.length;
  const deCount = deLengths.length;
  // Two one-sentence documents (a title page) can only correspond to each other, however little the words show it.
  if (enCount === 1 && deCount === 1) return { mode: 'parallel', reason: 'auto: one sentence in each document, paired as a translation' };
  const confident = candidates.filter((c) => c.score >= evidence.confident);
  const shorter = Math.min(enCount, deCount);
  const coverage = textCoverage(confident, enCount <= deCount ? 'en' : 'de', enCount <= deCount ? enLengths : deLengths);
  const order = orderKept(confident, enLengths, deCount);
  // One link keeps any order: it tells a translation only when a document is that one sentence.
  const monotonicity = order.sentences === 1 && shorter === 1 ? 1 : order.monotonicity;
  const sizeRatio = shorter / Math.max(enCount, deCount, 1);
  const parallel = coverage >= evidence.minCoverage && monotonicity >= 0.8 && sizeRatio >= 0.5;
  const reason = `auto: ${(coverage * 100).toFixed(0)}% of the shorter document's text has a confident counterpart, ${(monotonicity * 100).toFixed(0)}% of those links keep the order, sentence-count ratio ${sizeRatio.toFixed(2)}`;
  if (!parallel && evidence.diagonal && sizeRatio >= evidence.diagonal.minSizeRatio) {
    const diagonal = diagonalChain(candidates, enLengths, deLengths, evidence.diagonal.likely);
    const rule = evidence.diagonal;
    const along =
      diagonal.coverage >= rule.minChainCoverage && diagonal.monotonicity >= rule.minMonotonicity && diagonal.deviation <= rule.maxDeviation &&
      diagonal.links >= Math.max(3, rule.minChainShare * shorter);
    const tight =
      diagonal.links >= rule.tight.minLinks && diagonal.deviation <= rule.tight.maxDeviation &&
      diagonal.coverage >= rule.tight.minChainCoverage && diagonal.monotonicity >= rule.tight.minMonotonicity;
    if (along || tight) {
      return {
        mode: 'parallel',
        reason: `${reason}; but ${(diagonal.coverage * 100).toFixed(0)}% of its text has a likely counterpart (score ≥ ${rule.likely}) in order along the diagonal (${(diagonal.monotonicity * 100).toFixed(0)}% in order, every link within ${(diagonal.deviation * 100).toFixed(0)}% of its expected place)`,
      };
    }
  }
  return { mode: parallel ? 'parallel' : 'comparable', reason };
}

/**
 * The order-keeping chain through the candidates scoring at least `likely`: the share of the shorter document's
 * text on it, the share of the text with such a candidate it passes through, how far its links stray from the
 * diagonal, and how many there are.
 */
function diagonalChain(candidates: Candidate[], enLengths: ArrayLike<number>, deLengths: ArrayLike<number>, likely: number) {
  const enCount = enLengths.length;
  const deCount = deLengths.length;
  const { chain, monotonicity } = orderKept(candidates.filter((c) => c.score >= likely), enLengths, deCount);
  const side = enCount <= deCount ? 'en' : 'de';
  const coverage = textCoverage(chain, side, side === 'en' ? enLengths : deLengths);
  let deviation = 0;
  for (const c of chain) deviation = Math.max(deviation, Math.abs((c.en + 0.5) / enCount - (c.de + 0.5) / deCount));
  return { coverage, monotonicity, deviation, links: chain.length };
}

/**
 * The heaviest order-keeping chain through `pairs`, and the share of the English text with a pair that it
 * passes through (0 with fewer than two such sentences), weighed by sentence length. The chain takes at most
 * one pair per English sentence, so repeated text (several equally good counterparts) does not count against
 * the order. `sentences`: how many English sentences have a pair.
 */
function orderKept(pairs: Candidate[], enLengths: ArrayLike<number>, deCount: number): { chain: Candidate[]; monotonicity: number; sentences: number } {
  const withPair = [...new Set(pairs.map((c) => c.en))];
  const chain = heaviestMonotoneChain(pairs, deCount);
  const monotonicity = withPair.length < 2 ? 0 : sumOf(chain.map((c) => enLengths[c.en]!)) / sumOf(withPair.map((i) => enLengths[i]!));
  return { chain, monotonicity, sentences: withPair.length };
}

function sumOf(values: number[]): number {
  let sum = 0;
  for (const v of values) sum += v;
  return sum;
}

/** The share of one document's text (non-space characters) in sentences that have a confident counterpart. */
function textCoverage(confident: Candidate[], side: 'en' | 'de', lengths: ArrayLike<number>): number {
  const covered = new Uint8Array(lengths.length);
  for (const c of confident) covered[c[side]] = 1;
  let total = 0;
  let linked = 0;
  for (let k = 0; k < lengths.length; k++) {
    total += lengths[k]!;
    if (covered[k]) linked += lengths[k]!;
  }
  return total === 0 ? 0 : linked / total;
}
