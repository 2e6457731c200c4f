import { readdirSync, rmSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { parseManifest, type ManifestEntry } from '../../batch/manifest.js';
import { isComplete, outputBase } from '../../batch/outputs.js';
import { optionsRecord, type BatchJob, type BatchResult, type BatchSettings } from '../../batch/job.js';
import { CLEAN_OR_LINES, EXIT_FAILURE, UserError } from '../../core/errors.js';
import { lexiconForOption, type LexiconMode } from '../../lexicon/load.js';
import { ENGLISH_GERMAN, type ModeChoice } from '../../core/types.js';
import type { Encoding } from '../../read/decode.js';
import { noneDropped, UNIT_FILTERS, type UnitFilter } from '../../write/hygiene.js';
import { resolveTmxLangs } from '../../write/tmx.js';
import { describeDropped } from '../writeAlignment.js';
import { resolveCreationDate, writerSettings, type ExportCliOptions } from '../exportOptions.js';
import { readAbbreviations } from './align.js';
import { writeOutput } from '../output.js';
import { startProgress } from '../progress.js';
import { readTextFile } from '../../read/readDocument.js';
import { readStdin } from '../../read/stdin.js';

export interface BatchCliOptions extends ExportCliOptions {
  outDir?: string;
  format: string;
  jobs?: number;
  resume?: boolean;
  trustColumns?: boolean;
  forceLangs?: boolean;
  mode: ModeChoice;
  presegmented?: boolean;
  clean?: boolean;
  sentenceLinks?: boolean;
  encoding?: Encoding;
  abbreviations?: string;
  lexicon?: string | false;
  lexiconMode?: LexiconMode;
}

export async function runBatch(manifestPath: string, options: BatchCliOptions): Promise<void> {
  // Batch aligns English–German pairs: a --tmx-langs that does not name them fails once, not for every pair.
  if (options.tmxLangs) resolveTmxLangs(options.tmxLangs, ENGLISH_GERMAN);
  if (options.clean && options.presegmented) throw new UserError(CLEAN_OR_LINES);
  if (options.forceLangs && !options.trustColumns) throw new UserError('--force-langs keeps stated languages; state them with --trust-columns');
  const streaming = options.outDir === undefined;
  if (streaming && options.format !== 'jsonl') {
    throw new UserError(`--out-dir is required for --format ${options.format}; only --format jsonl can stream every pair to stdout`);
  }
  const entries = parseManifest(await readManifest(manifestPath), manifestPath, manifestPath === '-' ? process.cwd() : dirname(resolve(manifestPath)));
  if (options.outDir) {
    await makeOutDir(options.outDir);
    removeStrayTempFilesOnSignal(options.outDir);
  }

  // A bad --lexicon or --abbreviations file is the user's error for the whole batch, not a failure of every pair.
  lexiconForOption(options.lexicon, options.lexiconMode);
  const settings: BatchSettings = {
    format: options.format,
    mode: options.mode,
    presegmented: options.presegmented ?? false,
    clean: options.clean ?? false,
    sentenceLinks: options.sentenceLinks ?? false,
    encoding: options.encoding,
    abbreviations: options.abbreviations ? await readAbbreviations(options.abbreviations) : undefined,
    writer: writerSettings(options, process.cwd()),
    creationDate: resolveCreationDate(options.creationDate, process.env.SOURCE_DATE_EPOCH).toISOString(),
    lexicon: options.lexicon,
    lexiconMode: options.lexiconMode ?? 'add',
    trustColumns: options.trustColumns ?? false,
    forceLangs: options.forceLangs ?? false,
  };
  const jobs: BatchJob[] = [];
  let skipped = 0;
  entries.forEach((entry, index) => {
    const base = options.outDir ? outputBase(options.outDir, entry.name, options.format) : undefined;
    const job: BatchJob = { index, enPath: entry.enPath, dePath: entry.dePath, outputBase: base, settings };
    if (base && options.resume && isComplete(base, options.format, optionsRecord(job))) {
      skipped++;
      return;
    }
    jobs.push(job);
  });

  const { failures, dropped } = await runJobs(jobs, options.jobs ?? availableParallelism(), streaming);
  reportSummary(entries, jobs.length, skipped, failures, dropped);
  if (failures.length > 0) process.exitCode = EXIT_FAILURE;
}

/** The manifest goes through the document reader's checks (binary, encoding, BOM) and messages. */
async function readManifest(path: string): Promise<string> {
  return path === '-' ? await readStdin() : await readTextFile(path);
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
 * is written in manifest order as soon as every earlier pair is done, so output is deterministic.
 */
async function runJobs(jobs: BatchJob[], threads: number, streaming: boolean): Promise<{ failures: BatchResult[]; dropped: Record<UnitFilter, number> }> {
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
    if (streaming) {
      pending.set(result.index, result.ok ? (result.content ?? '') : '');
      flush();
    }
    progress.tick(!result.ok);
  };

  const workers = Math.min(threads, jobs.length);
  if (workers === 1) {
    const { runJob } = await import('../../batch/job.js');
    for (const job of jobs) settle(await runJob(job));
  } else {
    const { Piscina } = await import('piscina');
    const pool = new Piscina({ filename: new URL('../../batch/worker.js', import.meta.url).href, minThreads: workers, maxThreads: workers });
    try {
      await Promise.all(jobs.map((job) => (pool.run(job) as Promise<BatchResult>).then(settle)));
    } finally {
      await pool.destroy();
    }
  }
  await flushing;
  progress.stop();
  return { failures: failures.sort((a, b) => a.index - b.index), dropped };
}

function reportSummary(entries: ManifestEntry[], ran: number, skipped: number, failures: BatchResult[], dropped: Record<UnitFilter, number>): void {
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

/**
 * Worker threads share this process's pid, so their unfinished temp files in the output folder
 * can be recognised and removed when the batch is interrupted; then the process ends by the
 * signal, as a single `align` does (the shell sees 130 for Ctrl-C).
 */
function removeStrayTempFilesOnSignal(outDir: string): void {
  const marker = `.satzpaar-${process.pid}-`;
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
    process.on(signal, () => {
      for (const name of readdirSync(outDir)) {
        if (name.includes(marker) && name.endsWith('.tmp')) rmSync(join(outDir, name), { force: true });
      }
      process.removeAllListeners(signal);
      process.kill(process.pid, signal);
    });
  }
}
