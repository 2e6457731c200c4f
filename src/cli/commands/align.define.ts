import { Command, Option } from 'commander';
import { ALIGNMENT_FORMATS } from '../../write/formats.js';
import { encodingOption, outputOption, parseScore } from '../options.js';

export function defineAlign(program: Command): void {
  program
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
    .addOption(encodingOption())
    .option('--lexicon <file>', 'extra EN–DE word pairs: "english<TAB>german" or hunalign "german @ english" lines')
    .option('--no-lexicon', 'align without the shipped EN–DE lexicon (names, numbers, cognates and length only)')
    .option('--min-score <score>', 'export only links scoring at least this (0–1)', parseScore)
    .action(async (file1: string, file2: string, options) => {
      const { runAlign } = await import('./align.js');
      await runAlign(file1, file2, options);
    });
}
