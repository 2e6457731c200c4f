import { buildClaimsDiff } from '../../claims/index.js';
import { EXIT_FAILURE, UserError } from '../../core/errors.js';
import type { AlignmentDocument } from '../../core/types.js';
import { lexiconForOption } from '../../lexicon/load.js';
import { readAlignment } from '../../read/readAlignment.js';
import { claimsFormatter } from '../../write/claims/formats.js';
import { reportChalk } from '../colours.js';
import { checkOutputPath, writeOutput } from '../output.js';
import { alignFiles, filesRead, type AlignFilesOptions } from './align.js';

export interface DiffCliOptions extends AlignFilesOptions {
  output?: string;
  format: string;
  failOn?: 'conflict';
  verbose?: boolean;
}

/** Options that only mean something when satzpaar aligns the two documents itself. */
const ALIGNING_OPTIONS = ['mode', 'langs', 'forceLangs', 'presegmented', 'clean', 'sentenceLinks', 'abbreviations', 'encoding', 'lexicon', 'lexiconMode'] as const;

export async function runDiff(
  fileA: string,
  fileB: string | undefined,
  options: DiffCliOptions,
  optionSource: (name: string) => string | undefined,
): Promise<void> {
  checkOutputPath(options.output, filesRead(fileB === undefined ? [fileA] : [fileA, fileB], options));
  let alignment: AlignmentDocument;
  if (fileB === undefined) {
    const given = ALIGNING_OPTIONS.find((name) => optionSource(name) === 'cli');
    if (given) throw new UserError(`--${kebabCase(given)} applies when diffing two documents; ${fileA} is used as an existing alignment`);
    alignment = await readAlignment(fileA);
  } else {
    alignment = await alignFiles(fileA, fileB, options);
  }
  // The lexicon that aligned the documents also tells whether two claims speak of one thing.
  const diff = buildClaimsDiff(alignment, { lexicon: fileB === undefined ? undefined : lexiconForOption(options.lexicon, options.lexiconMode) });
  const format = await claimsFormatter(options.format);
  const chalk = reportChalk(options.output !== undefined && options.output !== '-');
  await writeOutput(options.output, format(diff, { verbose: options.verbose ?? false, chalk, alignment }));
  if (options.failOn === 'conflict' && diff.findings.some((f) => f.status === 'conflict')) {
    process.exitCode = EXIT_FAILURE;
  }
}

/** The option as typed: commander names `--lexicon-mode` `lexiconMode`. */
function kebabCase(name: string): string {
  return name.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`);
}
