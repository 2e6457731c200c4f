import type { DocumentFeatures } from '../analyse/documentFeatures.js';
import { contentCount, type SentenceFeatures } from '../analyse/features.js';
import type { AlignmentLink } from '../core/types.js';
import type { PairMatcher } from '../score/match.js';
import { contextualScores } from '../score/context.js';
import { contradicts, sideOf } from '../score/contradiction.js';
import { lengthAgreement } from '../score/length.js';
import { round } from '../score/pair.js';
import { bandAroundAnchors } from './band.js';
import { heaviestMonotoneChain, type Candidate } from './candidates.js';
import { mergeRestructuredParagraphs, type Span } from './holes.js';
import type { Layout } from './layout.js';
import { addedMatches, addedPairs, describeLink, foundShare, mergeFeatures, omission } from './links.js';
import { linkMovedSentences, MOVED } from './moved.js';
import { lengthRatio, PairStats, typicalUnmatched } from './pairStats.js';
import { placeStrayPieces, type StrayEvidence } from './strayPieces.js';
import { bestPath, type SentenceSizes } from './trellis.js';
import { unlinkPieces } from './unlinkPieces.js';

/** Candidates at least this sure may anchor the band. */
const ANCHOR_SCORE = 0.6;

/**
 * Monotone alignment by dynamic programming over beads, restricted to a band around the path
 * of confident anchors so that time and memory grow linearly with the document length. When both
 * documents mark paragraphs, a restructured paragraph becomes one link (holes.ts).
 */
export function alignParallel(en: DocumentFeatures, de: DocumentFeatures, candidates: Candidate[], matcher: PairMatcher, layout: Layout = {}): AlignmentLink[] {
  const { paragraphs, sentencesInLine } = layout;
  const anchors = heaviestMonotoneChain(candidates.filter((c) => c.score >= ANCHOR_SCORE), de.length);
  const band = bandAroundAnchors(anchors, en.length, de.length);
  const stats = new PairStats(en, de, band, matcher);
  const ratio = lengthRatio(en, de, anchors);
  const sizes: SentenceSizes = {
    enTokens: tokenCounts(en),
    deTokens: tokenCounts(de),
    enChars: en.lengths,
    deChars: de.lengths,
  };
  const path = bestPath(sizes, band, stats, { typicalUnmatched: typicalUnmatched(en, de, stats), lengthRatio: ratio });
  const found = (skip: Span, paragraph: Span) => foundShare(en, de, skip, paragraph, matcher);
  const evidence: StrayEvidence = {
    found,
    added: (skip, link) => addedMatches(en, de, skip, link, matcher),
    paired: (skip, link) => addedPairs(en, de, skip, link, matcher),
    lengthFit: ([i0, i1, j0, j1]) => Math.log(lengthAgreement(sumOver(i0, i1, (i) => en.lengths[i]!), sumOver(j0, j1, (j) => de.lengths[j]!), ratio) + 1e-6),
    tokens: ([i0, i1, j0]) => (i1 > i0 ? en.tokenCount(i0) : de.tokenCount(j0)),
    numbersOnly: ([i0, i1, j0]) => numbersOnly(i1 > i0 ? en.at(i0) : de.at(j0)),
    contradicted: ([i0, i1, j0, j1]) => contradicts(sideOf(en, i0, i1), sideOf(de, j0, j1), () => describeLink(en, de, range(i0, i1), range(j0, j1), matcher).lexical ?? 0),
    pairedTokens: ([i0, i1, j0, j1]) => {
      matcher.load(mergeFeatures(en.slice(i0, i1)));
      return matcher.pairedOneToOne(mergeFeatures(de.slice(j0, j1)));
    },
    sentencesIn: sentencesInLine && (([i0, i1, j0, j1]) => [sumOver(i0, i1, (i) => sentencesInLine('en', i)), sumOver(j0, j1, (j) => sentencesInLine('de', j))]),
  };
  const links = mergeRestructuredParagraphs(placeStrayPieces(unlinkPieces(path, evidence), evidence), paragraphs, found).map(([i0, i1, j0, j1]) => (i0 === i1 || j0 === j1 ? omission(range(i0, i1), range(j0, j1)) : describeLink(en, de, range(i0, i1), range(j0, j1), matcher)));
  const scores = contextualScores(links.map((l) => (l.en.length && l.de.length ? l.score : undefined)));
  const scored = links.map((l, k) => (scores[k] === undefined ? l : { ...l, score: round(scores[k]!) }));
  // Moved pairs keep their own pair score: their neighbours in the list are not theirs.
  const describe = (enGroup: number[], deGroup: number[]) => describeLink(en, de, enGroup, deGroup, matcher);
  const weak = (k: number) => links[k]!.score < MOVED.weak;
  return linkMovedSentences(scored, candidates, describe, weak, (lang, index) => (lang === 'en' ? en : de).tokenCount(index));
}

/** Whether every content token of the sentence is a number (its anchors are the numbers, one a distinct token). */
function numbersOnly(sentence: SentenceFeatures): boolean {
  const tokens = contentCount(sentence);
  return tokens > 0 && sentence.anchors.length === tokens && sentence.anchors.every((anchor) => /^\d[\d.,]*$/.test(anchor));
}

/** Each sentence's content tokens. */
function tokenCounts(doc: DocumentFeatures): Int32Array {
  return Int32Array.from({ length: doc.length }, (_, i) => doc.tokenCount(i));
}

/** The sum of `valueAt(k)` over sentences from … to − 1 of a span's side. */
function sumOver(from: number, to: number, valueAt: (k: number) => number): number {
  let sum = 0;
  for (let k = from; k < to; k++) sum += valueAt(k);
  return sum;
}

function range(from: number, to: number): number[] {
  const out: number[] = [];
  for (let k = from; k < to; k++) out.push(k);
  return out;
}
