import { Command, Option } from 'commander';
import { ALIGNMENT_FORMATS } from '../../write/formats.js';
import { exportOptions } from '../exportOptions.js';
import { outputOption } from '../options.js';

export function defineExport(program: Command): void {
  const command = program
    .command('export')
    .description('write an alignment JSON (from align) in another format: tmx, xliff, tsv, moses, jsonl')
    .argument('<alignment>', 'alignment JSON written by satzpaar align ("-" reads stdin)')
    .addOption(new Option('--format <format>', 'output format').choices(ALIGNMENT_FORMATS).makeOptionMandatory())
    .addOption(outputOption());
  for (const option of exportOptions()) command.addOption(option);
  command.action(async (alignment: string, options) => {
    const { runExport } = await import('./export.js');
    await runExport(alignment, options);
  });
}
