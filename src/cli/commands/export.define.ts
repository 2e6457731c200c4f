import { Command, Option } from 'commander';
import { ALIGNMENT_FORMATS } from '../../write/formats.js';
import { exportOptions } from '../exportOptions.js';
import { outputOption } from '../options.js';

export function defineExport(program: Command): void {
  const command = program
    .command('export')
    .description('write an alignment JSON (from align, or saved from the report\'s review) or an edited TSV/XLSX sheet in another format: tmx, xliff, tsv, xlsx, moses, jsonl')
    .argument('<alignment>', 'alignment JSON written by satzpaar align or the report, or a TSV/XLSX sheet written by --format tsv/xlsx and edited ("-" reads stdin)')
    .addOption(new Option('--format <format>', 'output format').choices(ALIGNMENT_FORMATS).makeOptionMandatory())
    .addOption(outputOption())
    .addOption(new Option('--documents <file1,file2>', 'for an edited sheet: the two documents it was made from, to check its texts against (default: the ones an XLSX names)').argParser((value: string) => value.split(',')));
  for (const option of exportOptions()) command.addOption(option);
  command.action(async (alignment: string, options) => {
    const { runExport } = await import('./export.js');
    await runExport(alignment, options);
  });
}
