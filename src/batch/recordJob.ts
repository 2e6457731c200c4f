import { UserError } from '../core/errors.js';
import { parseAlignmentJson } from '../read/alignmentJson.js';
import { formatAlignmentJson } from '../write/json.js';
import { alignPair, failureMessage, readPair, runJob, writeJob, type BatchJob, type BatchResult } from './job.js';
import { formatResultRecord, type ResultRecord } from './records.js';

/**
 * Runs any batch job: a plain pair as `runJob` does; a record answers with a result record; a
 * merged result is written as the batch would have written it, without aligning again.
 */
export async function runAnyJob(job: BatchJob): Promise<BatchResult> {
  if (job.recordId === undefined && job.known === undefined) return runJob(job);
  const result = job.known ?? (await alignToResult(job));
  if (job.recordId !== undefined) {
    const content = formatResultRecord(result);
    return result.ok ? { index: job.index, ok: true, content } : { index: job.index, ok: false, error: result.error.message, content };
  }
  if (!result.ok) return { index: job.index, ok: false, error: result.error.message };
  try {
    return await writeJob(job, parseAlignmentJson(JSON.stringify(result.alignment), `result ${result.id}`));
  } catch (error) {
    return { index: job.index, ok: false, error: failureMessage(error, job.words) };
  }
}

/** Aligns a record's pair; every way it can fail is a coded error record, never a thrown error. */
async function alignToResult(job: BatchJob): Promise<ResultRecord> {
  const id = job.recordId ?? null;
  let documents;
  try {
    documents = await readPair(job);
  } catch (error) {
    return { id, ok: false, error: { code: error instanceof UserError ? 'unreadable-document' : 'internal-error', message: failureMessage(error, job.words) } };
  }
  try {
    // The alignment as `--format json` writes it (docs/format.md), so a result reads like an aligned file.
    return { id, ok: true, alignment: JSON.parse(formatAlignmentJson(alignPair(job, documents))) as unknown };
  } catch (error) {
    return { id, ok: false, error: { code: error instanceof UserError ? 'not-aligned' : 'internal-error', message: failureMessage(error, job.words) } };
  }
}
