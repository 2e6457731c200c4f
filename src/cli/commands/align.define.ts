import { Command, Option } from 'commander';
import { ALIGNMENT_FORMATS } from '../../write/formats.js';
import { exportOptions } from '../exportOptions.js';
import { encodingOption, lexiconOptions, outputOption } from '../options.js';

export function defineAlign(program: Command): void {
  const command = program
    .command('align')
    .description('segment and align two documents (one English, one German, in either order)')
    .argument('<file1>', 'first document')
    .argument('<file2>', 'second document')
    .addOption(outputOption())
    .addOption(new Option('--format <format>', 'output format').choices(ALIGNMENT_FORMATS).default('json'))
    .addOption(new Option('--mode <mode>', 'translation (parallel), comparable texts, or decide').choices(['auto', 'parallel', 'comparable']).default('auto'))
    .option('--langs <l1,l2>', 'languages of file1,file2 (en,de or de,en); skips detection')
    .option('--presegmented', 'input has one sentence per line')
    .option('--abbreviations <file>', 'extra abbreviations, one per line')
    .addOption(encodingOption());
  for (const option of lexiconOptions()) command.addOption(option);
  for (const option of exportOptions()) command.addOption(option);
  command.action(async (file1: string, file2: string, options) => {
    const { runAlign } = await import('./align.js');
    await runAlign(file1, file2, options);
  });
}
