// Where the time of one `satzpaar align` goes, from a V8 CPU profile (`node --cpu-prof`): every sample
// is given to the innermost stage on its stack (the lexicon loaded inside language detection counts
// as lexicon loading, a stemmer called while analysing as analysis), garbage collection apart.
import { readFileSync } from 'node:fs';

/** Stages in report order; `fns` are function names. */
const STAGES = [
  { stage: 'read (files, encoding)', fns: ['readDocument'] },
  { stage: 'lexicon load', fns: ['shippedLexicon', 'shippedReverseLexicon'] },
  { stage: 'language detection', fns: ['assignLanguages'] },
  { stage: 'segment', fns: ['splitSentences'] },
  { stage: 'analyse (tokens, stems, compounds)', fns: ['analyse', 'analyseAll', 'analyseInto', 'readerText'] },
  // By name alone: the bundle's chunks do not say which source file a function came from, and these
  // method names are the lexicon's only (src/lexicon/lexicon.ts).
  { stage: 'lexicon look-ups', fns: ['translations', 'hasGermanStem', 'hasEnglishStem', 'germanLemmas'] },
  { stage: 'candidate scoring, mode choice', fns: ['findCandidates', 'chooseMode'] },
  { stage: 'DP (band, pair matches, path)', fns: ['heaviestMonotoneChain', 'bandAroundAnchors', 'PairStats', 'typicalUnmatched', 'lengthRatio', 'bestPath'] },
  { stage: 'links (scores, strays, moved, paragraphs)', fns: ['placeStrayPieces', 'mergeRestructuredParagraphs', 'describeLink', 'omission', 'contextualScores', 'linkMovedSentences'] },
  { stage: 'claims', fns: ['extractDocumentClaims', 'diffClaims'] },
  { stage: 'writing (JSON, file)', fns: ['writeAlignment', 'writeWholeFile', 'formatAlignmentJson'] },
];
const GC = 'garbage collection';
const REST = 'start-up, module loading, other';

/** `[{ stage, ms, share }]` of a .cpuprofile file, in STAGES order, then GC and the rest. */
export function stageSplit(path) {
  const profile = JSON.parse(readFileSync(path, 'utf8'));
  const nodes = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const stageOf = new Map();
  const stageOfNode = (id) => {
    if (stageOf.has(id)) return stageOf.get(id);
    const { functionName } = nodes.get(id).callFrame;
    let stage = functionName === '(garbage collector)' ? GC : STAGES.find((s) => s.fns.includes(functionName))?.stage;
    if (stage === undefined) stage = parent.has(id) ? stageOfNode(parent.get(id)) : REST;
    stageOf.set(id, stage);
    return stage;
  };
  const ms = new Map();
  profile.samples.forEach((id, k) => {
    const stage = stageOfNode(id);
    ms.set(stage, (ms.get(stage) ?? 0) + (profile.timeDeltas[k] ?? 0) / 1000);
  });
  const total = [...ms.values()].reduce((a, b) => a + b, 0);
  return [...STAGES.map((s) => s.stage), GC, REST].map((stage) => ({ stage, ms: ms.get(stage) ?? 0, share: (ms.get(stage) ?? 0) / total }));
}
