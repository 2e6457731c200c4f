import { Command, Option } from 'commander';
import { outputOption } from '../options.js';

export function defineEval(program: Command): void {
  program
    .command('eval')
    .description('score an alignment against gold links (strict and lax precision/recall/F1, vecalign definitions)')
    .argument('<alignment>', 'alignment JSON written by `satzpaar align`')
    .requiredOption('--gold <file>', 'gold links, one per line: [EN indices]:[DE indices], 0-based')
    .addOption(new Option('--format <format>', 'text or json').choices(['text', 'json']).default('text'))
    .addOption(outputOption())
    .action(async (alignment: string, options) => {
      const { runEval } = await import('./eval.js');
      await runEval(alignment, options);
    });
}
