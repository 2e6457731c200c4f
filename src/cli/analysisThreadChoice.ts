import { statSync } from 'node:fs';
import { AnalysisThread } from './analysisThread.js';

/**
 * Whether an `align` or `diff` analyses the German side in a worker thread, and that thread: when the two
 * files hold at least this many bytes. Measured pair by pair on the 2-core machine of bench/README.md
 * (issue 25), the thread never paid, from 0.08 MB to 7.4 MB of input: two analysers running at once there
 * each run about 1.3–1.7 times slower than one alone, and the thread's own start-up and a cold German
 * analysis (no warm code, no English stems remembered) cost more than running the sides in turn saves.
 * So it is off by default; `SATZPAAR_ANALYSIS_THREAD_MIN_BYTES` sets the size (0: always) where the
 * cores are free, and for tests and measurements.
 */
const MIN_BYTES = Number.POSITIVE_INFINITY;

function minBytes(): number {
  const override = Number(process.env.SATZPAAR_ANALYSIS_THREAD_MIN_BYTES || Number.NaN);
  return Number.isNaN(override) ? MIN_BYTES : override;
}

let started: AnalysisThread | undefined;

/**
 * Starts the thread before the aligning code loads when the two files are large enough, so that its own
 * start-up overlaps the main thread's; `analysisThreadFor` hands it over. Files whose size cannot be told
 * (pipes, missing files, which fail later with their own message) start none here.
 */
export function startAnalysisThreadEarly(files: readonly string[]): void {
  let bytes = 0;
  try {
    for (const file of files) {
      const stats = statSync(file);
      if (!stats.isFile()) return;
      bytes += stats.size;
    }
  } catch {
    return;
  }
  if (bytes >= minBytes()) started = new AnalysisThread();
}

/** The thread started early, or a new one when the pair's text is large enough, or none. */
export function analysisThreadFor(texts: readonly string[]): AnalysisThread | undefined {
  const thread = started;
  started = undefined;
  if (thread) return thread;
  const bytes = texts.reduce((sum, text) => sum + Buffer.byteLength(text, 'utf8'), 0);
  return bytes >= minBytes() ? new AnalysisThread() : undefined;
}
