import type { BatchJob, BatchResult } from './job.js';
import { runAnyJob } from './recordJob.js';

/** Piscina worker entry: one job in, one result out. */
export default function alignPair(job: BatchJob): Promise<BatchResult> {
  return runAnyJob(job);
}
