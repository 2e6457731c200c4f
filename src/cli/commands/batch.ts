import { mkdir } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import type { Shard } from '../../batch/shard.js';
import { isComplete, outputBase } from '../../batch/outputs.js';
import { optionsRecord, withRecordOptions, type BatchJob, type BatchResult, type BatchSettings } from '../../batch/job.js';
import { EXIT_FAILURE, UserError } from '../../core/errors.js';
import { ENGLISH_GERMAN } from '../../core/types.js';
import { noneDropped, UNIT_FILTERS, type UnitFilter } from '../../write/hygiene.js';
import type { FormatName } from '../../write/formats.js';
import { resolveTmxLangs } from '../../write/tmx.js';
import { describeDropped } from '../writeAlignment.js';
import { BATCH_WORDS } from '../optionWords.js';
import { resolveCreationDate, writerSettings, type ExportCliOptions } from '../exportOptions.js';
import { alignSettingsFrom } from '../alignSettings.js';
import type { AlignOptionValues } from '../alignOptions.js';
import { writeOutput } from '../../io/output.js';
import { batchWorkerFile } from '../../batch/workerFile.js';
import { startProgress } from '../progress.js';
import { removeStrayTempFilesOnSignal, untilSignalled } from '../interrupt.js';
import { attachMergedResults, readBatchEntries, type BatchEntry } from './batchInput.js';

export interface BatchCliOptions extends ExportCliOptions, Omit<AlignOptionValues, 'langs'> {
  outDir?: string;
  format: FormatName;
  jobs?: number;
  resume?: boolean;
  trustColumns?: boolean;
  /** `--records [FILE]`: pairs in and results out as JSONL records (README, "Records"). */
  records?: string | true;
  shard?: Shard;
  /** Write streamed results as they finish rather than in input order. */
  unordered?: boolean;
  /** Result files (or folders of them) of the shards to join instead of aligning. */
  merge?: string[];
}

export async function runBatch(manifestPath: string | undefined, options: BatchCliOptions): Promise<void> {
  // Batch aligns English–German pairs: a --tmx-langs that does not name them fails once, not for every pair.
  if (options.tmxLangs) resolveTmxLangs(options.tmxLangs, ENGLISH_GERMAN);
  if (options.forceLangs && !options.trustColumns) throw new UserError('--force-langs keeps stated languages; state them with --trust-columns');
  const asRecords = options.records !== undefined;
  if (asRecords && (options.outDir !== undefined || options.format !== 'json')) {
    throw new UserError('--records writes one result record a line to stdout, each with the alignment as JSON; drop --out-dir and --format');
  }
  const streaming = options.outDir === undefined;
  if (streaming && !asRecords && options.format !== 'jsonl') {
    throw new UserError(`--out-dir is required for --format ${options.format}; only --format jsonl can stream every pair to stdout`);
  }
  // A bad --lexicon or --abbreviations file is the user's error for the whole batch, not a failure of every pair.
  const settings: BatchSettings = {
    align: await alignSettingsFrom(options, options.trustColumns ? ENGLISH_GERMAN : undefined),
    format: options.format,
    writer: writerSettings(options, process.cwd()),
    creationDate: resolveCreationDate(options.creationDate, process.env.SOURCE_DATE_EPOCH).toISOString(),
  };
  const entries = await readBatchEntries({ manifest: manifestPath, records: options.records, shard: options.shard });
  if (options.merge) await attachMergedResults(entries, options.merge);
  if (options.outDir) {
    await makeOutDir(options.outDir);
    removeStrayTempFilesOnSignal(options.outDir);
  }

  const jobs: BatchJob[] = [];
  let skipped = 0;
  entries.forEach((entry, index) => {
    const base = options.outDir ? outputBase(options.outDir, entry.name, options.format) : undefined;
    const job: BatchJob = { index, enPath: entry.enPath, dePath: entry.dePath, outputBase: base, settings: withRecordOptions(settings, entry.options), ...entry.overrides, words: BATCH_WORDS };
    if (base && options.resume && isComplete(base, options.format, optionsRecord(job))) {
      skipped++;
      return;
    }
    jobs.push(job);
  });

  // Merged results need no aligning: writing them out is quick on one thread.
  const threads = options.merge ? 1 : (options.jobs ?? availableParallelism());
  const { failures, dropped } = await runJobs(jobs, threads, streaming, options.unordered ?? false);
  reportSummary(entries, jobs.length, skipped, failures, dropped);
  // A pair that could not be aligned is a result like any other in records mode (an error record), and
  // in a merge it was recorded by its shard: the run did its job. Any other failure fails the run.
  const recorded = new Set(jobs.filter((job) => asRecords || job.known?.ok === false).map((job) => job.index));
  if (failures.some((failure) => !recorded.has(failure.index))) process.exitCode = EXIT_FAILURE;
}

async function makeOutDir(dir: string): Promise<void> {
  try {
    await mkdir(dir, { recursive: true });
  } catch (error) {
    throw new UserError(`${dir}: cannot create the output folder (${(error as NodeJS.ErrnoException).code}); choose another --out-dir`);
  }
}

/**
 * Runs the jobs on a pool of worker threads (inline for a single thread). Streamed content
 * is written in manifest order as soon as every earlier pair is done, so output is deterministic;
 * `unordered` writes each as it finishes instead.
 */
async function runJobs(jobs: BatchJob[], threads: number, streaming: boolean, unordered: boolean): Promise<{ failures: BatchResult[]; dropped: Record<UnitFilter, number> }> {
  const dropped = noneDropped();
  if (jobs.length === 0) return { failures: [], dropped };
  const progress = startProgress(jobs.length);
  const failures: BatchResult[] = [];
  const pending = new Map<number, string>();
  const order = jobs.map((job) => job.index);
  let nextToFlush = 0;
  let flushing = Promise.resolve();
  const flush = () => {
    let content = '';
    while (nextToFlush < order.length && pending.has(order[nextToFlush]!)) {
      content += pending.get(order[nextToFlush]!)!;
      pending.delete(order[nextToFlush]!);
      nextToFlush++;
    }
    if (content) flushing = flushing.then(() => writeOutput(undefined, content));
  };
  const settle = (result: BatchResult) => {
    if (!result.ok) failures.push(result);
    else for (const filter of UNIT_FILTERS) dropped[filter] += result.dropped?.[filter] ?? 0;
    if (streaming && unordered && result.content) {
      const content = result.content;
      flushing = flushing.then(() => writeOutput(undefined, content));
    } else if (streaming) {
      pending.set(result.index, result.content ?? '');
      flush();
    }
    progress.tick(!result.ok);
  };

  const workers = Math.min(threads, jobs.length);
  if (workers === 1) {
    const { runAnyJob } = await import('../../batch/recordJob.js');
    for (const job of jobs) settle(await runAnyJob(job));
  } else {
    const { Piscina } = await import('piscina');
    const pool = new Piscina({ filename: batchWorkerFile(), minThreads: workers, maxThreads: workers });
    try {
      await untilSignalled(() => pool.destroy(), Promise.all(jobs.map((job) => (pool.run(job) as Promise<BatchResult>).then(settle))));
    } finally {
      await pool.destroy();
    }
  }
  await flushing;
  progress.stop();
  return { failures: failures.sort((a, b) => a.index - b.index), dropped };
}

function reportSummary(entries: BatchEntry[], ran: number, skipped: number, failures: BatchResult[], dropped: Record<UnitFilter, number>): void {
  const done = ran - failures.length;
  const parts = [`${done} of ${entries.length} pairs aligned`];
  if (skipped > 0) parts.push(`${skipped} already done (skipped with --resume)`);
  if (failures.length > 0) parts.push(`${failures.length} failed`);
  const filtered = describeDropped(dropped);
  if (filtered.length > 0) parts.push(`left out by the translation-memory filters: ${filtered.join(', ')}`);
  process.stderr.write(`satzpaar batch: ${parts.join(', ')}\n`);
  for (const failure of failures) {
    const entry = entries[failure.index]!;
    process.stderr.write(`  line ${entry.line} (${entry.name}): ${failure.ok ? '' : failure.error}\n`);
  }
}
