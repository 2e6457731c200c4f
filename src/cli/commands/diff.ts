import { buildClaimsDiff } from '../../claims/index.js';
import { EXIT_FAILURE, UserError } from '../../core/errors.js';
import type { AlignmentDocument } from '../../core/types.js';
import type { Lexicon } from '../../lexicon/lexicon.js';
import { lexiconFor } from '../../lexicon/load.js';
import { readAlignment } from '../../read/readAlignment.js';
import { claimsFormatter } from '../../write/claims/formats.js';
import { reportChalk } from '../colours.js';
import { checkOutputPath, writeOutput } from '../../io/output.js';
import { alignSettingsFrom } from '../alignSettings.js';
import { alignmentOptions, type AlignOptionValues } from '../alignOptions.js';
import { alignFiles, filesRead } from './align.js';

export interface DiffCliOptions extends AlignOptionValues {
  output?: string;
  format: string;
  failOn?: 'conflict';
  verbose?: boolean;
}


export async function runDiff(
  fileA: string,
  fileB: string | undefined,
  options: DiffCliOptions,
  optionSource: (name: string) => string | undefined,
): Promise<void> {
  checkOutputPath(options.output, filesRead(fileB === undefined ? [fileA] : [fileA, fileB], options));
  let alignment: AlignmentDocument;
  let lexicon: Lexicon | null | undefined;
  if (fileB === undefined) {
    // Options that only mean something when satzpaar aligns the two documents itself.
    const given = alignmentOptions().find((option) => optionSource(option.attributeName()) === 'cli');
    if (given) throw new UserError(`${given.long} applies when diffing two documents; ${fileA} is used as an existing alignment`);
    alignment = await readAlignment(fileA);
  } else {
    const settings = await alignSettingsFrom(options);
    alignment = await alignFiles(fileA, fileB, settings);
    // The lexicon that aligned the documents also tells whether two claims speak of one thing.
    lexicon = lexiconFor(settings.lexicon);
  }
  const diff = buildClaimsDiff(alignment, { lexicon });
  const format = await claimsFormatter(options.format);
  const chalk = reportChalk(options.output !== undefined && options.output !== '-');
  await writeOutput(options.output, format(diff, { verbose: options.verbose ?? false, chalk, alignment }));
  if (options.failOn === 'conflict' && diff.findings.some((f) => f.status === 'conflict')) {
    process.exitCode = EXIT_FAILURE;
  }
}
