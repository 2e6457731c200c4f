// Comparable mode's model fitted and applied on gold stories, for bench/align-comparable-news.mjs and
// for experiments: a story prepared once (the tool's sentences, the features of every pair, gold
// labels), the two logistic stages and the thresholds fitted on a set of stories.
import { comparablePairs, comparableProbabilities } from '../../dist/align/comparable.js';
import { competitionFeatures } from '../../dist/score/competition.js';
import { groupComparable } from '../../dist/align/comparableGroups.js';
import { Analyser } from '../../dist/analyse/features.js';
import { extractDocumentClaims } from '../../dist/claims/extract/document.js';
import { readerText } from '../../dist/segment/readerText.js';
import { shippedLexicon } from '../../dist/lexicon/load.js';
import { alignDocuments } from '../../dist/pipeline/alignDocuments.js';
import { DEFAULT_ALIGN_SETTINGS } from '../../dist/core/settings.js';
import { PAIR_FEATURE_COUNT } from '../../dist/score/comparableFeatures.js';
import { COMPETITION_FEATURE_COUNT, logistic } from '../../dist/score/comparableModel.js';
import { PairMatcher } from '../../dist/score/match.js';
import { pooled, scoreStory, segmentMap } from './comparableGold.mjs';
import { fitLogistic } from './logistic.mjs';

/** Ridge penalty per example: keeps the weights finite when a feature separates a small training set. */
export const RIDGE = 1e-3;
export const LINK_GRID = [0.2, 0.25, 0.3, 0.35, 0.4, 0.45, 0.5, 0.55, 0.6, 0.65, 0.7];
export const JOIN_GRID = [0.15, 0.2, 0.25, 0.3, 0.35, 0.4, 0.45, 0.5, 0.6, 0.7, 1.01];
export const MUTUAL_GRID = [0.1, 0.15, 0.2, 0.25, 0.3, 1.01];

/** A story with the tool's sentences, the features of every pair and their gold labels. */
export function prepare(story, kind = 'news') {
  const documents = [
    { path: story.enPath, text: story.enText, sha256: '', encoding: 'utf-8' },
    { path: story.dePath, text: story.deText, sha256: '', encoding: 'utf-8' },
  ];
  const { sentences } = alignDocuments(documents, { ...DEFAULT_ALIGN_SETTINGS, mode: 'comparable', presegmented: story.presegmented ?? false });
  // The features as the pipeline builds them (src/pipeline/alignDocuments.ts).
  const analyser = new Analyser(shippedLexicon());
  const en = analyser.analyseAll(sentences.en.map(readerText), 'en');
  const de = analyser.analyseAll(sentences.de.map(readerText), 'de');
  const inputs = { claims: extractDocumentClaims(sentences, { negation: false, names: 'gazetteer' }) };
  const scored = comparablePairs(en, de, [], new PairMatcher(analyser.keyCount), analyser.keyCount, inputs);
  if (scored.pairs.length !== en.length * de.length) throw new Error(`${story.name}: too long for every pair to be scored`);
  const map = segmentMap(story, sentences);
  const gold = new Set(story.links.map((l) => `${l.en}:${l.de}`));
  const labels = scored.pairs.map((p) => (map.en[p.en].some((ge) => map.de[p.de].some((gd) => gold.has(`${ge}:${gd}`))) ? 1 : 0));
  return { story, kind, documents, sentences, scored, labels };
}

export function align(s, model) {
  return alignDocuments(s.documents, { ...DEFAULT_ALIGN_SETTINGS, mode: 'auto', presegmented: s.story.presegmented ?? false }, { comparableModel: model });
}

/** Both logistic stages, then the thresholds that give the best pooled F1 on the training stories. */
export function fit(stories) {
  const pairRows = stories.flatMap((s) => s.labels.map((y, k) => [Array.from(s.scored.features.subarray(k * PAIR_FEATURE_COUNT, (k + 1) * PAIR_FEATURE_COUNT)), y]));
  const [pairBias, ...pairWeights] = fitLogistic(pairRows, { ridge: RIDGE });
  const pair = { bias: pairBias, weights: pairWeights };
  const competitionRows = stories.flatMap((s) => {
    const first = s.scored.pairs.map((_, k) => logistic(pair.bias, pair.weights, s.scored.features, k * PAIR_FEATURE_COUNT));
    const x = competitionFeatures(s.scored.pairs, first, s.sentences.en.length, s.sentences.de.length, s.scored.restated);
    return s.labels.map((y, k) => [Array.from(x.subarray(k * COMPETITION_FEATURE_COUNT, (k + 1) * COMPETITION_FEATURE_COUNT)), y]);
  });
  const [competitionBias, ...competitionWeights] = fitLogistic(competitionRows, { ridge: RIDGE });
  const model = { pair, competition: { bias: competitionBias, weights: competitionWeights } };
  const probabilities = stories.map((s) => comparableProbabilities(s.scored, s.sentences.en.length, s.sentences.de.length, model));
  // The F1 of each kind of text (news stories, the longer seed articles) pooled, then averaged over the
  // kinds: thresholds that suit the many short stories must not give up the few long pairs.
  const kinds = [...new Set(stories.map((s) => s.kind))];
  const f1 = (thresholds) => {
    const counts = stories.map((s, k) => scoreStory(s.story, { sentences: s.sentences, alignments: group(s, probabilities[k], thresholds) }));
    return kinds.reduce((sum, kind) => sum + pooled(counts.filter((_, k) => stories[k].kind === kind)).f1, 0) / kinds.length;
  };
  // Coordinate search: link and join with mutual off, then mutual, then link and join again.
  let best = { f1: -1, link: 0.5, join: 1.01, mutual: 1.01 };
  const consider = (thresholds) => {
    const score = f1(thresholds);
    if (score > best.f1 + 1e-9) best = { f1: score, ...thresholds };
  };
  const linkAndJoin = (mutual) => {
    for (const link of LINK_GRID) for (const join of JOIN_GRID) consider({ link, join, mutual });
  };
  linkAndJoin(1.01);
  for (const mutual of MUTUAL_GRID) consider({ link: best.link, join: best.join, mutual });
  linkAndJoin(best.mutual);
  return { ...model, link: best.link, join: best.join, mutual: best.mutual };
}

export function group(s, probabilities, thresholds) {
  const m = s.sentences.de.length;
  const pairs = s.scored.pairs.map((p, k) => ({ en: p.en, de: p.de, probability: probabilities[k] }));
  return groupComparable(pairs, (i, j) => probabilities[i * m + j], s.sentences.en.length, m, thresholds);
}
