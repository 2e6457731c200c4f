import { Command, Option } from 'commander';
import { outputOption } from '../options.js';

export function defineEval(program: Command): void {
  program
    .command('eval')
    .description('score an alignment against gold links: strict and lax precision/recall/F1 (vecalign definitions), or precision and coverage recall for comparable gold (links.json)')
    .argument('<alignment>', 'alignment JSON written by `satzpaar align`')
    .requiredOption('--gold <file>', 'gold links, one per line: [EN indices]:[DE indices], 0-based; or comparable gold: links.json with strong and weak links between segment lines')
    .option('--pair <en-de>', 'comparable gold: the article pair to score, by its segment file names (e.g. 000-004), when the file holds several')
    .option('--segments <dir>', 'comparable gold: the folder of its segment files; the sentences are mapped onto them by their offsets into the aligned documents (without it, sentence k is segment line k + 1)')
    .option('--types <file>', 'the gold links\' types, one a line (exact, assumed, null, coarse), for ignore-coarse scoring; default: NAME.types beside NAME.gold when it exists')
    .addOption(new Option('--format <format>', 'text or json').choices(['text', 'json']).default('text'))
    .addOption(outputOption())
    .action(async (alignment: string, options) => {
      const { runEval } = await import('./eval.js');
      await runEval(alignment, options);
    });
}
