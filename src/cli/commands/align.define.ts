import { Command, Option } from 'commander';
import { ALIGNMENT_FORMATS } from '../../write/formats.js';
import { exportOptions } from '../exportOptions.js';
import { alignmentOptions, usesShippedLexicon } from '../alignOptions.js';
import { LEXICON_EN_DE, prefetchGunzipped } from '../../resources/shipped.js';
import { outputOption } from '../options.js';
import { startAnalysisThreadEarly } from '../analysisThreadChoice.js';

export function defineAlign(program: Command): void {
  const command = program
    .command('align')
    .description('segment and align two documents (one English, one German, in either order)')
    .argument('<file1>', 'first document')
    .argument('<file2>', 'second document')
    .addOption(outputOption())
    .addOption(new Option('--format <format>', 'output format').choices(ALIGNMENT_FORMATS).default('json'));
  for (const option of [...alignmentOptions(), ...exportOptions()]) command.addOption(option);
  command.action(async (file1: string, file2: string, options) => {
    // The lexicon is gunzipped on another core while the aligning code loads.
    const lexiconRead = usesShippedLexicon(options) ? prefetchGunzipped(LEXICON_EN_DE) : undefined;
    // A large pair's German side is analysed in a worker thread, which loads its code meanwhile too.
    startAnalysisThreadEarly([file1, file2]);
    const { runAlign } = await import('./align.js');
    await lexiconRead;
    await runAlign(file1, file2, options);
  });
}
