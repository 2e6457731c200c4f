import type { Command } from 'commander';
import { outputOption, parseScore } from '../options.js';

export function defineReport(program: Command): void {
  program
    .command('report')
    .description('write the side-by-side HTML report of an alignment (the JSON of satzpaar align)')
    .argument('<alignment>', 'alignment JSON file')
    .addOption(outputOption())
    .option('--min-score <score>', 'links scoring below this count as low confidence in the report’s filter (0–1, default 0.5)', parseScore)
    .action(async (file: string, options) => {
      const { runReport } = await import('./report.js');
      await runReport(file, options);
    });
}
