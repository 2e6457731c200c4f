import type { Worker } from 'node:worker_threads';
import type { AnalysisRequest } from '../analyse/analysisWorker.js';
import type { PackedFeatures } from '../analyse/packedFeatures.js';
import type { AnalyseApart } from '../pipeline/startAlignment.js';

/**
 * A worker thread for one side's analysis, started as soon as the caller knows the pair is large enough to
 * gain from it, so that loading its modules overlaps what the main thread does before it has sentences.
 * One request per thread; `close` ends it (also when no request came, the run having failed before).
 */
export class AnalysisThread {
  // node:worker_threads is loaded here, by the rare run that starts a thread, not by every align (a few ms of start-up).
  private readonly worker: Worker = new (process.getBuiltinModule('node:worker_threads').Worker)(new URL('../analyse/analysisWorker.js', import.meta.url));
  private ended = false;

  constructor() {
    // Whatever ends the worker without an answer (it could not start, it threw) leaves the side to the
    // caller; the error itself is not the run's (the caller's own analysis meets any real one).
    this.worker.on('error', () => undefined);
    this.worker.once('exit', () => (this.ended = true));
    // Until asked, the thread does not keep the process alive: a run that fails before it has sentences exits as before.
    this.worker.unref();
  }

  readonly analyse: AnalyseApart = (texts, lang, lexicon) =>
    new Promise((resolve) => {
      if (this.ended) return resolve(undefined);
      this.worker.ref();
      this.worker.once('exit', () => resolve(undefined));
      this.worker.once('message', (packed: PackedFeatures) => resolve(packed));
      const request: AnalysisRequest = { texts, lang, lexicon: lexicon?.parts() ?? null };
      this.worker.postMessage(request);
    });

  close(): void {
    void this.worker.terminate();
  }
}
