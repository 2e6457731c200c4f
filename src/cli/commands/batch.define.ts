import { Command, InvalidArgumentError, Option } from 'commander';
import { TEXT_FORMATS } from '../../write/formats.js';
import { exportOptions } from '../exportOptions.js';
import { batchRecordOptions, checkBatchInput } from './batchRecords.define.js';
import { alignmentOptions } from '../alignOptions.js';

function parseJobs(value: string): number {
  const jobs = Number(value);
  if (!Number.isInteger(jobs) || jobs < 1) throw new InvalidArgumentError('expected a whole number ≥ 1');
  return jobs;
}

export function defineBatch(program: Command): void {
  const command = program
    .command('batch')
    .description('align many document pairs in parallel (manifest: en_path<TAB>de_path[<TAB>name] per line; - reads it from stdin)')
    .argument('[manifest]', 'manifest file, or - for stdin (not with --records FILE)')
    .option('--out-dir <dir>', 'write one output per pair here, named after the pair (required unless --format jsonl)')
    .addOption(new Option('--format <format>', 'output format per pair').choices(TEXT_FORMATS).default('json'))
    .option('--jobs <n>', 'worker threads (default: all cores)', parseJobs)
    .option('--resume', 'skip pairs whose outputs already exist and were made from the same, unchanged files with the same options (outputs are written atomically, so an existing one is complete)')
    .option('--trust-columns', 'take the manifest columns as English and German (refused where a confident detection disagrees, unless --force-langs)');
  // The manifest's columns state the languages (--trust-columns), not --langs.
  const aligning = alignmentOptions().filter((option) => option.long !== '--langs');
  for (const option of [...aligning, ...exportOptions(), ...batchRecordOptions()]) command.addOption(option);
  command.action(async (manifest: string | undefined, options) => {
    checkBatchInput(manifest, options);
    const { runBatch } = await import('./batch.js');
    await runBatch(manifest, options);
  });
}
