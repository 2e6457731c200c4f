import type { Lang, ModeChoice } from '../../core/types.js';
import { UserError } from '../../core/errors.js';
import { parseLangsOption } from '../../language/assign.js';
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
  });
  for (const file of writer.write(alignment, { minScore: options.minScore })) {
    await writeOutput(options.output === undefined ? undefined : options.output + file.suffix, file.content);
  }
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

