import type { AlignmentDocument, Lang, ModeChoice } from '../core/types.js';
import { UserError } from '../core/errors.js';
import { lexiconForOption, type LexiconMode } from '../lexicon/load.js';
import { alignDocuments } from '../pipeline/alignDocuments.js';
import type { Encoding } from '../read/decode.js';
import { documentFromText, readDocument, type SourceDocument } from '../read/readDocument.js';
import { writerFor, type WriterOptions } from '../write/formats.js';
import type { UnitFilter } from '../write/hygiene.js';
import { writeOutput } from '../cli/output.js';
import { optionsRecordPath } from './outputs.js';
import type { ResultRecord } from './records.js';

/** Everything that decides a pair's output besides its two files: recorded beside the output for --resume. */
export interface BatchSettings {
  format: string;
  mode: ModeChoice;
  presegmented: boolean;
  /** `--clean`: markup and noise removed before segmentation (HTML pages, XML documents, paged text and subtitles get it anyway). */
  clean: boolean;
  /** `--sentence-links`: restructured paragraphs keep their sentence links. */
  sentenceLinks: boolean;
  encoding?: Encoding;
  /** Extra abbreviations for the segmenter, read once for the whole batch. */
  abbreviations?: string[];
  /** The export settings (`--min-score`, `--tmx-langs`, filters, source paths); the TMX date is `creationDate`. */
  writer: Omit<WriterOptions, 'clock'>;
  /** TMX creationdate, resolved once for the whole batch (an ISO string, so the record compares as text). */
  creationDate: string;
  /** `--lexicon FILE` / `--no-lexicon` (false); undefined for the shipped lexicon. */
  lexicon?: string | false;
  /** Whether the --lexicon file's pairs join the shipped lexicon or replace it. */
  lexiconMode: LexiconMode;
  /** Trust the manifest's columns instead of detecting the languages. */
  trustColumns: boolean;
  /** With trustColumns: keep them even where a confident detection disagrees. */
  forceLangs: boolean;
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
}

export type BatchResult =
  /** `dropped`: the units each translation-memory filter removed (export formats only). */
  | { index: number; ok: true; content?: string; dropped?: Record<UnitFilter, number> }
  | { index: number; ok: false; error: string; content?: string };

/** What a pair's output was made from; --resume recomputes the pair when it differs. */
export function optionsRecord(job: Pick<BatchJob, 'enPath' | 'dePath' | 'settings'>): string {
  return JSON.stringify({ files: [job.enPath, job.dePath], settings: job.settings }) + '\n';
}

/** Aligns one manifest pair. Errors become results, so one bad pair never stops a batch. */
export async function runJob(job: BatchJob): Promise<BatchResult> {
  try {
    return await writeJob(job, alignPair(job, await readPair(job)));
  } catch (error) {
    return { index: job.index, ok: false, error: failureMessage(error) };
  }
}

export function readPair(job: BatchJob): Promise<[SourceDocument, SourceDocument]> {
  const read = (path: string, text: string | undefined) => (text === undefined ? readDocument(path, job.settings.encoding) : Promise.resolve(documentFromText(path, text)));
  return Promise.all([read(job.enPath, job.enText), read(job.dePath, job.deText)]);
}

export function alignPair(job: BatchJob, documents: [SourceDocument, SourceDocument]): AlignmentDocument {
  const { settings } = job;
  const langs: [Lang, Lang] | undefined = settings.trustColumns ? ['en', 'de'] : undefined;
  // Either column order is fine, as for align: the roles come from the detected languages.
  return alignDocuments({
    documents,
    langs,
    forceLangs: settings.forceLangs,
    mode: settings.mode,
    presegmented: settings.presegmented,
    segmentOptions: { clean: settings.clean, abbreviations: settings.abbreviations },
    sentenceLinks: settings.sentenceLinks,
    lexicon: lexiconForOption(settings.lexicon, settings.lexiconMode),
    // A manifest pairs English with German; --trust-columns is batch's way to state them.
    languageAdvice: { statesLanguages: '--trust-columns (first column English, second German)', forcesLanguages: '--force-langs' },
  });
}

/** Writes the pair's output in the batch's format: to its files (with the options record), or as content for streaming. */
export async function writeJob(job: BatchJob, alignment: AlignmentDocument): Promise<BatchResult> {
  const { settings } = job;
  const creationDate = new Date(settings.creationDate);
  const writer = writerFor(settings.format);
  const writerOptions = { ...settings.writer, clock: () => creationDate };
  const files = await writer.write(alignment, writerOptions);
  const dropped = writer.count?.(alignment, writerOptions).dropped;
  if (job.outputBase === undefined) return { index: job.index, ok: true, content: files.map((f) => f.content).join(''), dropped };
  for (const file of files) await writeOutput(job.outputBase + file.suffix, file.content);
  await writeOutput(optionsRecordPath(job.outputBase), optionsRecord(job));
  return { index: job.index, ok: true, dropped };
}

export function failureMessage(error: unknown): string {
  return error instanceof UserError ? error.message : `internal error: ${error instanceof Error ? error.message : String(error)}`;
}
