import { InvalidArgumentError, Option } from 'commander';
import { UserError } from '../../core/errors.js';
import { parseShard, type Shard } from '../../batch/shard.js';

/** The options that take `batch` beyond one machine: records in and out, shards, and their merge. */
export function batchRecordOptions(): Option[] {
  return [
    new Option('--records [file]', 'read pairs as JSONL records {"id", "en_text"|"en_path", "de_text"|"de_path", options} from FILE (- or none: stdin), or with a manifest, answer for its pairs; write one result record a line to stdout'),
    new Option('--unordered', 'write streamed results as pairs finish, not in input order'),
    new Option('--shard <k/n>', 'align only share K of N, chosen by a stable hash of each pair\'s id (name); N such runs cover every pair once').argParser(shardArgument),
    new Option('--merge <results...>', 'instead of aligning, join the shards\' result records (files, or folders of *.jsonl) and write what batch would have written; fails on a missing or doubled id'),
  ];
}

function shardArgument(value: string): Shard {
  try {
    return parseShard(value);
  } catch (error) {
    throw new InvalidArgumentError((error as Error).message);
  }
}

/** A batch needs its pairs from somewhere: a manifest, or records. */
export function checkBatchInput(manifest: string | undefined, options: { records?: string | true; merge?: string[]; unordered?: boolean }): void {
  if (manifest === undefined && options.records === undefined) throw new UserError('give a manifest (or - for stdin), or --records FILE');
  if (options.merge && options.unordered) throw new UserError('--merge writes in input order; drop --unordered');
}
