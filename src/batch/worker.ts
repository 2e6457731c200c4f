import { runJob, type BatchJob, type BatchResult } from './job.js';

/** Piscina worker entry: one job in, one result out. */
export default function alignPair(job: BatchJob): Promise<BatchResult> {
  return runJob(job);
}
