import { parentPort } from 'node:worker_threads';
import type { Lang } from '../core/types.js';
import { Lexicon, type LexiconParts } from '../lexicon/lexicon.js';
import { Analyser } from './features.js';
import { packFeatures, transferList } from './packedFeatures.js';

/** What the main thread asks of this worker: one side's sentences, analysed with its lexicon. */
export interface AnalysisRequest {
  texts: string[];
  lang: Lang;
  lexicon: LexiconParts | null;
}

/**
 * Worker thread entry (pipeline/analysisThread.ts starts it): analyses one document's sentences with an
 * analyser of its own and sends back their features, packed and numbered by that analyser, for the main
 * thread to renumber as its own (packedFeatures.ts).
 */
parentPort?.once('message', ({ texts, lang, lexicon }: AnalysisRequest) => {
  const analyser = new Analyser(lexicon ? Lexicon.fromParts(lexicon) : null);
  const packed = packFeatures(analyser.analyseAll(texts, lang), analyser.keyTable());
  parentPort!.postMessage(packed, transferList(packed));
});
