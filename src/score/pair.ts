import type { DocumentFeatures } from '../analyse/documentFeatures.js';
import { contentCount, type SentenceFeatures } from '../analyse/features.js';
import { lengthAgreement } from './length.js';
import type { MatchCounts } from './match.js';

/** Evidence for one candidate link between a group of English and a group of German sentences. */
export interface GroupEvidence {
  /** Content tokens of each side, and how many of them found a counterpart on the other side. */
  enTokens: number;
  deTokens: number;
  matched: MatchCounts;
  /** Non-space characters of each side. */
  enLength: number;
  deLength: number;
}

export interface PairScore {
  /** Calibrated: roughly the probability that the link is correct. */
  score: number;
  lexical: number;
  length: number;
  shared: string[];
}

/** Share of content tokens, both sides together, that found a counterpart. */
export function lexicalOverlap(e: GroupEvidence): number {
  const tokens = e.enTokens + e.deTokens;
  return tokens === 0 ? 0 : (e.matched.en + e.matched.de) / tokens;
}

/**
 * Probability that a link with this evidence is correct: a logistic model of the lexical
 * overlap, the length agreement and how much text there is to judge by (a two-word heading that
 * matches fully is less certain than a 30-word sentence that matches 70%). The weights were
 * fitted on the development gold by bench/calibrate-score.mjs (see docs/alignment.md, "Calibration").
 */
export function calibratedScore(e: GroupEvidence): number {
  const lexical = lexicalOverlap(e);
  const length = lengthAgreement(e.enLength, e.deLength);
  const evidence = Math.min(e.enTokens + e.deTokens, 40) / 40;
  const z = CALIBRATION.bias + CALIBRATION.lexical * lexical + CALIBRATION.length * Math.log(length + 1e-4) + CALIBRATION.evidence * evidence * lexical;
  return 1 / (1 + Math.exp(-z));
}

/** Fitted by bench/calibrate-score.mjs on the development gold (1-1 output links and near misses). */
export const CALIBRATION = { bias: -4.12, lexical: 11.22, length: 0.88, evidence: 0.21 };

export function groupEvidence(en: SentenceFeatures[], de: SentenceFeatures[], matched: MatchCounts): GroupEvidence {
  let enTokens = 0;
  let deTokens = 0;
  let enLength = 0;
  let deLength = 0;
  for (const f of en) {
    enTokens += contentCount(f);
    enLength += f.length;
  }
  for (const f of de) {
    deTokens += contentCount(f);
    deLength += f.length;
  }
  return { enTokens, deTokens, matched, enLength, deLength };
}

/** `groupEvidence` of sentence i of `en` and j of `de`, without the two arrays: the candidate search scores 100k pairs. */
export function pairEvidence(en: DocumentFeatures, i: number, de: DocumentFeatures, j: number, matched: MatchCounts): GroupEvidence {
  return { enTokens: en.tokenCount(i), deTokens: de.tokenCount(j), matched, enLength: en.lengths[i]!, deLength: de.lengths[j]! };
}

/** The evidence fields a link carries in the output; `enAnchors`, `deAnchors`: the anchors of each side's sentences. */
export function describePair(enAnchors: readonly string[], deAnchors: readonly string[], evidence: GroupEvidence): PairScore {
  const deSet = new Set(deAnchors);
  const shared = [...new Set(enAnchors)].filter((a) => deSet.has(a)).sort();
  return {
    score: round(calibratedScore(evidence)),
    lexical: round(lexicalOverlap(evidence)),
    length: round(lengthAgreement(evidence.enLength, evidence.deLength)),
    shared,
  };
}

export function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}
