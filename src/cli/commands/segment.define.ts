import { Command, Option } from 'commander';
import { encodingOption, outputOption } from '../options.js';

export function defineSegment(program: Command): void {
  program
    .command('segment')
    .description('split documents into sentences')
    .argument('<files...>', 'documents to segment')
    .addOption(new Option('--lang <lang>', 'language of the documents (default: detect)').choices(['en', 'de']))
    .addOption(new Option('--format <format>', 'text: one sentence a line; jsonl: one object per file with offsets').choices(['text', 'jsonl']).default('text'))
    .addOption(outputOption())
    .option('--presegmented', 'input has one sentence per line')
    .option('--abbreviations <file>', 'extra abbreviations, one per line')
    .option('--clean', 'mask markup and noise (HTML/XML tags, entities, dot leaders, page numbers, rule lines) before splitting; print the cleaned sentences (jsonl: adds "clean")')
    .addOption(encodingOption())
    .action(async (files: string[], options) => {
      const { runSegment } = await import('./segment.js');
      await runSegment(files, options);
    });
}
