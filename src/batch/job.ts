import type { AlignmentDocument, Lang, ModeChoice } from '../core/types.js';
import { UserError } from '../core/errors.js';
import { lexiconForOption, type LexiconMode } from '../lexicon/load.js';
import { alignDocuments } from '../pipeline/alignDocuments.js';
import { documentFromText, readDocument, type SourceDocument } from '../read/readDocument.js';
import { writerFor } from '../write/formats.js';
import type { TmxLangs } from '../write/tmx.js';
import { writeOutput } from '../cli/output.js';
import type { ResultRecord } from './records.js';

export interface BatchJob {
  index: number;
  enPath: string;
  dePath: string;
  format: string;
  /** Where to write (path prefix); undefined to return the content for streaming to stdout. */
  outputBase?: string;
  mode: ModeChoice;
  presegmented: boolean;
  /** `--clean`: markup and noise removed before segmentation (HTML pages, XML documents, paged text and subtitles get it anyway). */
  clean: boolean;
  /** `--sentence-links`: restructured paragraphs keep their sentence links. */
  sentenceLinks: boolean;
  minScore?: number;
  tmxLangs?: TmxLangs;
  /** TMX creationdate, resolved once for the whole batch. */
  creationDate: Date;
  /** `--lexicon FILE` / `--no-lexicon` (false); undefined for the shipped lexicon. */
  lexicon?: string | false;
  /** Whether the --lexicon file's pairs join the shipped lexicon or replace it. */
  lexiconMode: LexiconMode;
  /** Trust the manifest's columns instead of detecting the languages. */
  trustColumns: boolean;
  /** A record's inline documents (`en_text`, `de_text`), aligned instead of reading the paths, which then only label them. */
  enText?: string;
  deText?: string;
  /** Answer with a result record under this id (null: an input line without a usable id) instead of the format's output. */
  recordId?: string | null;
  /** The result, known without aligning: an invalid record, or a shard's result being merged. */
  known?: ResultRecord;
}

export type BatchResult =
  | { index: number; ok: true; content?: string }
  | { index: number; ok: false; error: string; content?: string };

/** Aligns one manifest pair. Errors become results, so one bad pair never stops a batch. */
export async function runJob(job: BatchJob): Promise<BatchResult> {
  try {
    return await writeJob(job, alignPair(job, await readPair(job)));
  } catch (error) {
    return { index: job.index, ok: false, error: failureMessage(error) };
  }
}

export function readPair(job: BatchJob): Promise<[SourceDocument, SourceDocument]> {
  const read = (path: string, text: string | undefined) => (text === undefined ? readDocument(path) : Promise.resolve(documentFromText(path, text)));
  return Promise.all([read(job.enPath, job.enText), read(job.dePath, job.deText)]);
}

export function alignPair(job: BatchJob, documents: [SourceDocument, SourceDocument]): AlignmentDocument {
  const langs: [Lang, Lang] | undefined = job.trustColumns ? ['en', 'de'] : undefined;
  const alignment = alignDocuments({
    documents,
    langs,
    mode: job.mode,
    presegmented: job.presegmented,
    segmentOptions: { clean: job.clean },
    sentenceLinks: job.sentenceLinks,
    lexicon: lexiconForOption(job.lexicon, job.lexiconMode),
    // A manifest pairs English with German; --trust-columns is batch's way to state them.
    languageAdvice: { statesLanguages: '--trust-columns (first column English, second German)' },
  });
  if (alignment.documents.en.path !== job.enPath) {
    throw new UserError(`${job.enPath} looks German and ${job.dePath} English; swap the columns (or pass --trust-columns)`);
  }
  return alignment;
}

/** Writes the pair's output in the job's format: to its files, or as content for streaming to stdout. */
export async function writeJob(job: BatchJob, alignment: AlignmentDocument): Promise<BatchResult> {
  const files = await writerFor(job.format).write(alignment, { minScore: job.minScore, tmxLangs: job.tmxLangs, clock: () => job.creationDate });
  if (job.outputBase === undefined) return { index: job.index, ok: true, content: files.map((f) => f.content).join('') };
  for (const file of files) await writeOutput(job.outputBase + file.suffix, file.content);
  return { index: job.index, ok: true };
}

export function failureMessage(error: unknown): string {
  return error instanceof UserError ? error.message : `internal error: ${error instanceof Error ? error.message : String(error)}`;
}
