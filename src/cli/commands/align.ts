import type { AlignmentDocument, ModeChoice } from '../../core/types.js';
import { UserError } from '../../core/errors.js';
import { parseLangsOption } from '../../language/assign.js';
import { lexiconForOption, type LexiconMode } from '../../lexicon/load.js';
import { alignDocuments } from '../../pipeline/alignDocuments.js';
import { readDocument } from '../../read/readDocument.js';
import type { Encoding } from '../../read/decode.js';
import { outputWriter, writeAlignment, type WriteAlignmentOptions } from '../writeAlignment.js';

export interface AlignCliOptions extends WriteAlignmentOptions {
  mode: ModeChoice;
  langs?: string;
  /** `--force-langs`: the stated languages stand even where a confident detection contradicts them. */
  forceLangs?: boolean;
  presegmented?: boolean;
  /** Clean mode (`--clean`): markup and noise removed before segmentation; HTML pages get it anyway. */
  clean?: boolean;
  /** `--sentence-links`: a restructured paragraph keeps its sentence links instead of becoming one n-m link. */
  sentenceLinks?: boolean;
  abbreviations?: string;
  encoding?: Encoding;
  /** A file of extra pairs, `false` for --no-lexicon, undefined for the shipped lexicon alone. */
  lexicon?: string | false;
  /** Whether the --lexicon file's pairs join the shipped lexicon or replace it. */
  lexiconMode?: LexiconMode;
}

export async function runAlign(fileA: string, fileB: string, options: AlignCliOptions): Promise<void> {
  const inputs = filesRead([fileA, fileB], options);
  outputWriter(options, inputs);
  const alignment = await alignFiles(fileA, fileB, options);
  await writeAlignment(alignment, options, inputs);
}

/** Every file an aligning command reads: inputs that -o must never overwrite. */
export function filesRead(documents: string[], options: Pick<AlignFilesOptions, 'abbreviations' | 'lexicon'>): string[] {
  const extra = [options.abbreviations, typeof options.lexicon === 'string' ? options.lexicon : undefined];
  return [...documents, ...extra.filter((path): path is string => path !== undefined)];
}

/** Everything that decides the alignment itself (not how it is written). */
export type AlignFilesOptions = Omit<AlignCliOptions, keyof WriteAlignmentOptions>;

/** Reads two documents and aligns them with the options `align` and `diff` share. */
export async function alignFiles(fileA: string, fileB: string, options: AlignFilesOptions): Promise<AlignmentDocument> {
  // Without segmentation rules or a lexicon to apply, any language pair can be aligned.
  const otherPairs = options.presegmented === true && options.lexicon === false;
  // A bad --lexicon file or --lexicon-mode is reported before the documents are read.
  const lexicon = lexiconForOption(options.lexicon, options.lexiconMode);
  const langs = options.langs ? parseLangsOption(options.langs, otherPairs) : undefined;
  if (options.forceLangs && !langs) throw new UserError('--force-langs keeps stated languages; state them with --langs (e.g. --langs de,en)');
  const documents = await Promise.all([readDocument(fileA, options.encoding), readDocument(fileB, options.encoding)]);
  const abbreviations = options.abbreviations ? await readAbbreviations(options.abbreviations) : undefined;
  return alignDocuments({
    documents: [documents[0], documents[1]],
    langs,
    forceLangs: options.forceLangs ?? false,
    mode: options.mode,
    presegmented: options.presegmented ?? false,
    segmentOptions: { abbreviations, clean: options.clean },
    lexicon,
    sentenceLinks: options.sentenceLinks ?? false,
  });
}


/** One abbreviation a line, with or without its final period; `#` starts a comment. */
export async function readAbbreviations(path: string): Promise<string[]> {
  const { text } = await readDocument(path).catch((error: unknown) => {
    throw error instanceof UserError ? new UserError(`--abbreviations ${error.message}`) : error;
  });
  return text
    .split(/\r?\n/)
    .map((line) => line.replace(/#.*/, '').trim())
    .filter((line) => line !== '');
}
