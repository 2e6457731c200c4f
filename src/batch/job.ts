import { statSync } from 'node:fs';
import type { AlignSettings } from '../core/settings.js';
import { ENGLISH_GERMAN, type AlignmentDocument } from '../core/types.js';
import { UserError } from '../core/errors.js';
import { InputError, messageOf, type OptionWords } from '../core/problems.js';
import { alignDocuments } from '../pipeline/alignDocuments.js';
import { findingsFor } from '../pipeline/reportFindings.js';
import { documentFromText, readDocument, type SourceDocument } from '../read/readDocument.js';
import { writerFor, type FormatName, type WriterOptions } from '../write/formats.js';
import type { UnitFilter } from '../write/hygiene.js';
import { writeOutput } from '../io/output.js';
import { optionsRecordPath } from './outputs.js';
import type { RecordOptions, ResultRecord } from './records.js';

/** Everything that decides a pair's output besides its two files: recorded beside the output for --resume. */
export interface BatchSettings {
  /** How every pair is aligned (a record may change some of it for its own pair: `withRecordOptions`). */
  align: AlignSettings;
  format: FormatName;
  /** The export settings (`--min-score`, `--tmx-langs`, filters, source paths); the TMX date is `creationDate`. */
  writer: Omit<WriterOptions, 'clock'>;
  /** TMX creationdate, resolved once for the whole batch (an ISO string, so the record compares as text). */
  creationDate: string;
}

/** The settings of one record's pair: what the record sets, over the batch's. */
export function withRecordOptions(settings: BatchSettings, options: RecordOptions | undefined): BatchSettings {
  if (options === undefined) return settings;
  const { trustColumns, ...aligning } = options;
  const align = { ...settings.align, ...aligning };
  // A manifest's columns, when trusted: English first, German second.
  if (trustColumns === true) align.langs = ENGLISH_GERMAN;
  if (trustColumns === false) delete align.langs;
  return { ...settings, align };
}

export interface BatchJob {
  index: number;
  enPath: string;
  dePath: string;
  /** Where to write (path prefix); undefined to return the content for streaming to stdout. */
  outputBase?: string;
  settings: BatchSettings;
  /** A record's inline documents (`en_text`, `de_text`), aligned instead of reading the paths, which then only label them. */
  enText?: string;
  deText?: string;
  /** Answer with a result record under this id (null: an input line without a usable id) instead of the format's output. */
  recordId?: string | null;
  /** The result, known without aligning: an invalid record, or a shard's result being merged. */
  known?: ResultRecord;
  /** How a failure names what the user can set (the batch command's options). */
  words: OptionWords;
}

export type BatchResult =
  /** `dropped`: the units each translation-memory filter removed (export formats only). */
  | { index: number; ok: true; content?: string; dropped?: Record<UnitFilter, number> }
  | { index: number; ok: false; error: string; content?: string };

/**
 * What a pair's output was made from: its two files, as they were (size and modification time, as
 * `make` judges them), and the settings; --resume recomputes the pair when any of it differs.
 */
export function optionsRecord(job: Pick<BatchJob, 'enPath' | 'dePath' | 'settings'>): string {
  return JSON.stringify({ files: [job.enPath, job.dePath], inputs: [fileStamp(job.enPath), fileStamp(job.dePath)], settings: job.settings }) + '\n';
}

/** `size:mtime` of a file, or null where it cannot be seen (an inline record text has no file). */
function fileStamp(path: string): string | null {
  try {
    const info = statSync(path);
    return `${info.size}:${info.mtimeMs}`;
  } catch {
    return null;
  }
}

/** Aligns one manifest pair. Errors become results, so one bad pair never stops a batch. */
export async function runJob(job: BatchJob): Promise<BatchResult> {
  try {
    // Taken before reading, so a file changed while the pair is aligned is aligned again on --resume.
    const record = job.outputBase === undefined ? undefined : optionsRecord(job);
    return await writeJob(job, alignPair(job, await readPair(job)), record);
  } catch (error) {
    return { index: job.index, ok: false, error: failureMessage(error, job.words) };
  }
}

export function readPair(job: BatchJob): Promise<[SourceDocument, SourceDocument]> {
  const read = (path: string, text: string | undefined) => (text === undefined ? readDocument(path, job.settings.align.encoding) : Promise.resolve(documentFromText(path, text)));
  return Promise.all([read(job.enPath, job.enText), read(job.dePath, job.deText)]);
}

export function alignPair(job: BatchJob, documents: [SourceDocument, SourceDocument]): AlignmentDocument {
  // The command's options were checked together; a record may set one of the two for its own pair.
  if (job.settings.align.clean && job.settings.align.presegmented) throw new InputError({ code: 'clean-with-lines' });
  // Either column order is fine, as for align: the roles come from the detected languages.
  return alignDocuments(documents, job.settings.align, { words: job.words });
}

/**
 * Writes the pair's output in the batch's format: to its files (with the options record, `record` when the
 * caller took it before reading the files), or as content for streaming.
 */
export async function writeJob(job: BatchJob, alignment: AlignmentDocument, record?: string): Promise<BatchResult> {
  const { settings } = job;
  const creationDate = new Date(settings.creationDate);
  const writer = writerFor(settings.format);
  const writerOptions = { ...settings.writer, clock: () => creationDate, findings: await findingsFor(writer, alignment) };
  const files = await writer.write(alignment, writerOptions);
  const dropped = writer.count?.(alignment, writerOptions).dropped;
  if (job.outputBase === undefined) return { index: job.index, ok: true, content: files.map((f) => f.content).join(''), dropped };
  for (const file of files) await writeOutput(job.outputBase + file.suffix, file.content);
  await writeOutput(optionsRecordPath(job.outputBase), record ?? optionsRecord(job));
  return { index: job.index, ok: true, dropped };
}

export function failureMessage(error: unknown, words: OptionWords): string {
  return error instanceof UserError ? messageOf(error, words) : `internal error: ${error instanceof Error ? error.message : String(error)}`;
}
