import type { Lang, ModeChoice } from '../../core/types.js';
import { UserError } from '../../core/errors.js';
import { parseLangsOption } from '../../language/assign.js';
import type { Lexicon } from '../../lexicon/lexicon.js';
import { loadUserLexicon, shippedLexicon } from '../../lexicon/load.js';
import { alignDocuments } from '../../pipeline/alignDocuments.js';
import { readDocument } from '../../read/readDocument.js';
import type { Encoding } from '../../read/decode.js';
import { writerFor } from '../../write/formats.js';
import { assertNotAnInput, writeOutput } from '../output.js';

export interface AlignCliOptions {
  output?: string;
  format: string;
  mode: ModeChoice;
  langs?: string;
  presegmented?: boolean;
  abbreviations?: string;
  encoding?: Encoding;
  minScore?: number;
  /** A file of extra pairs, `false` for --no-lexicon, undefined for the shipped lexicon alone. */
  lexicon?: string | false;
}

export async function runAlign(fileA: string, fileB: string, options: AlignCliOptions): Promise<void> {
  assertNotAnInput(options.output, [fileA, fileB]);
  const writer = writerFor(options.format);
  if (writer.needsOutputPath && !options.output) {
    throw new UserError(`--format ${options.format} writes several files; give their common prefix with -o`);
  }
  const langs: [Lang, Lang] | undefined = options.langs ? parseLangsOption(options.langs) : undefined;
  const documents = await Promise.all([readDocument(fileA, options.encoding), readDocument(fileB, options.encoding)]);
  const abbreviations = options.abbreviations ? await readAbbreviations(options.abbreviations) : undefined;
  const alignment = alignDocuments({
    documents: [documents[0], documents[1]],
    langs,
    mode: options.mode,
    presegmented: options.presegmented ?? false,
    segmentOptions: { abbreviations },
    lexicon: chooseLexicon(options.lexicon),
  });
  for (const file of writer.write(alignment, { minScore: options.minScore })) {
    await writeOutput(options.output === undefined ? undefined : options.output + file.suffix, file.content);
  }
}

function chooseLexicon(option: string | false | undefined): Lexicon | null | undefined {
  if (option === false) return null;
  return option === undefined ? undefined : loadUserLexicon(option, shippedLexicon());
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

