import { Command, Option } from 'commander';
import { CLAIMS_FORMATS } from '../../write/claims/formats.js';
import { alignmentOptions } from '../alignOptions.js';
import { outputOption } from '../options.js';

export function defineDiff(program: Command): void {
  const command = program
    .command('diff')
    .description('compare the claims (numbers, amounts, dates, names, negation) of an English and a German document')
    .argument('<file1>', 'first document, or an alignment JSON written by "satzpaar align"')
    .argument('[file2]', 'second document (omit when file1 is an alignment)')
    .addOption(outputOption())
    .addOption(new Option('--format <format>', 'output format').choices(CLAIMS_FORMATS).default('text'))
    .addOption(new Option('--fail-on <status>', 'exit with 1 when any finding has this status').choices(['conflict']))
    .option('--verbose', 'text format: also list the matches found in other sentences, not only their count');
  for (const option of alignmentOptions()) command.addOption(option);
  command.action(async (file1: string, file2: string | undefined, options, self: Command) => {
    const { runDiff } = await import('./diff.js');
    await runDiff(file1, file2, options, (name) => self.getOptionValueSource(name));
  });
}
