import { UserError } from '../core/errors.js';
import { pairLanguages, type AlignmentDocument, type LanguagePair } from '../core/types.js';
import { FILTER_LABELS, UNIT_FILTERS, type UnitFilter } from '../write/hygiene.js';
import type { ExportCount } from '../write/units.js';
import { findingsFor } from '../pipeline/reportFindings.js';
import { writerFor, type AlignmentWriter, type FormatName } from '../write/formats.js';
import { resolveCreationDate, writerSettings, type ExportCliOptions } from './exportOptions.js';
import { checkOutputPath, writeOutputs } from '../io/output.js';

/** What `align` and `export` take to write an alignment in some format. */
export interface WriteAlignmentOptions extends ExportCliOptions {
  format: FormatName;
  output?: string;
}

/**
 * Checks the format/-o combination before any work is done: a multi-file format needs -o,
 * and no file the writer would write (e.g. OUT.en for Moses) may overwrite an input. The
 * languages name Moses' files; before aligning they are assumed English–German, and checked
 * again with the alignment's own before writing.
 */
export function outputWriter(options: Pick<WriteAlignmentOptions, 'format' | 'output'>, inputPaths: string[], languages?: LanguagePair): AlignmentWriter {
  const writer = writerFor(options.format);
  if (writer.binary && (options.output === undefined || options.output === '-')) {
    throw new UserError(`--format ${options.format} writes a workbook, not text; give its path with -o`);
  }
  if (writer.needsOutputPath && (options.output === undefined || options.output === '-')) {
    throw new UserError(`--format ${options.format} writes several files; give their common prefix with -o`);
  }
  if (options.output !== undefined) {
    for (const suffix of writer.outputSuffixes(languages)) checkOutputPath(options.output + suffix, inputPaths);
  }
  return writer;
}

/** Writes every file of the format (atomically) and, for export formats, one count line on stderr. */
export async function writeAlignment(doc: AlignmentDocument, options: WriteAlignmentOptions, inputPaths: string[]): Promise<void> {
  const writer = outputWriter(options, inputPaths, pairLanguages(doc));
  const writerOptions = {
    ...writerSettings(options, process.cwd()),
    clock: () => resolveCreationDate(options.creationDate, process.env.SOURCE_DATE_EPOCH),
    findings: await findingsFor(writer, doc),
  };
  const files = await writer.write(doc, writerOptions);
  await writeOutputs(files.map((file) => ({ path: options.output === undefined ? undefined : options.output + file.suffix, content: file.content })));
  if (writer.count) process.stderr.write(`satzpaar: ${describeCount(writer.count(doc, writerOptions), options.minScore)}\n`);
}

/** e.g. `wrote 123 translation units (45 below --min-score 0.5, 30 one-sided links left out)`. */
export function describeCount(count: ExportCount, minScore: number | undefined): string {
  const reasons = [
    count.deletedInReview > 0 ? `${count.deletedInReview} deleted in review` : '',
    count.belowMinScore > 0 ? `${count.belowMinScore} below --min-score ${minScore}` : '',
    count.oneSided > 0 ? `${count.oneSided} one-sided (1-0/0-1) ${plural(count.oneSided, 'link')}` : '',
    count.emptyAfterCleaning > 0 ? `${count.emptyAfterCleaning} with no writable text` : '',
    ...describeDropped(count.dropped),
  ].filter((reason) => reason !== '');
  return `wrote ${count.written} ${plural(count.written, count.noun)}${reasons.length > 0 ? ` (${reasons.join(', ')} left out)` : ''}`;
}

/** Each translation-memory filter's removals, e.g. `89 number-only`, `157 duplicate`; none for filters that removed nothing. */
export function describeDropped(dropped: Record<UnitFilter, number>): string[] {
  return UNIT_FILTERS.filter((filter) => dropped[filter] > 0).map((filter) => `${dropped[filter]} ${FILTER_LABELS[filter]}`);
}

function plural(n: number, word: string): string {
  return n === 1 ? word : `${word}s`;
}
