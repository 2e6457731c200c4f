import { readdir, stat } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { parseManifest, type ManifestEntry } from '../../batch/manifest.js';
import { mergeResults, type ShardOutput } from '../../batch/merge.js';
import { parseRecords, type RecordOptions } from '../../batch/records.js';
import { inShard, type Shard } from '../../batch/shard.js';
import type { BatchJob } from '../../batch/job.js';
import { UserError } from '../../core/errors.js';
import { readTextFile } from '../../read/readDocument.js';
import { readStdin } from '../../read/stdin.js';

/** A manifest line or a record: `overrides` are what a record sets for its own job, `options` for its own alignment. */
export interface BatchEntry extends ManifestEntry {
  overrides?: Partial<Omit<BatchJob, 'words'>>;
  options?: RecordOptions;
}

export interface BatchInput {
  /** Manifest path or `-`; undefined when the pairs come as records. */
  manifest?: string;
  /** `--records [FILE]`: records file, `-`, or true for result records of the manifest's pairs (records from stdin without one). */
  records?: string | true;
  shard?: Shard;
}

/**
 * The pairs of a batch, from a manifest or a records file, cut to the shard. A record that is not
 * valid still becomes an entry, with its error result known in advance; it carries no usable id
 * to hash, so shard 1 alone answers for it and it is answered exactly once.
 */
export async function readBatchEntries(input: BatchInput): Promise<BatchEntry[]> {
  if (input.manifest !== undefined && typeof input.records === 'string') {
    throw new UserError(`give either a manifest or --records ${input.records}, not both`);
  }
  const all = input.manifest !== undefined ? await manifestEntries(input.manifest, input.records === true) : await recordEntries(input.records === true ? '-' : input.records!);
  const answeredOnce = (entry: BatchEntry) => entry.overrides?.known !== undefined && input.shard !== undefined;
  return all.filter((entry) => (answeredOnce(entry) ? input.shard!.index === 1 : inShard(entry.name, input.shard)));
}

async function manifestEntries(path: string, asRecords: boolean): Promise<BatchEntry[]> {
  const entries = parseManifest(await readInput(path), path, baseDirOf(path));
  return asRecords ? entries.map((entry) => ({ ...entry, overrides: { recordId: entry.name } })) : entries;
}

async function recordEntries(path: string): Promise<BatchEntry[]> {
  const records = parseRecords(await readInput(path), baseDirOf(path));
  if (records.length === 0) throw new UserError(`${path === '-' ? 'stdin' : path}: no records; write one JSON object a line with "id", "en_text" or "en_path", "de_text" or "de_path"`);
  return records.map((record): BatchEntry => {
    const name = record.id ?? 'no id';
    if ('error' in record) {
      return { line: record.line, name, enPath: '', dePath: '', overrides: { recordId: record.id, known: { id: record.id, ok: false, line: record.line, error: record.error } } };
    }
    const label = (side: string) => `${record.id}#${side}_text`;
    const { en, de, options } = record;
    const overrides: Partial<BatchJob> = { recordId: record.id, ...('text' in en ? { enText: en.text } : {}), ...('text' in de ? { deText: de.text } : {}) };
    return { line: record.line, name, enPath: 'path' in en ? en.path : label('en'), dePath: 'path' in de ? de.path : label('de'), overrides, options };
  });
}

/**
 * For `--merge`: the shards' results for these entries, set as their known results. Entries whose
 * result is already known (invalid records) are answered from the input, not from the shards.
 */
export async function attachMergedResults(entries: BatchEntry[], resultPaths: string[]): Promise<void> {
  const pending = entries.filter((entry) => entry.overrides?.known === undefined);
  const merged = mergeResults(await readShardOutputs(resultPaths), pending.map((entry) => entry.name));
  for (const entry of pending) entry.overrides = { ...entry.overrides, known: merged.get(entry.name)! };
}

/** Result files, or folders whose `*.jsonl` files are result files (sorted, so messages are stable). */
async function readShardOutputs(paths: string[]): Promise<ShardOutput[]> {
  const files: string[] = [];
  for (const path of paths) {
    const info = await stat(path).catch(() => undefined);
    if (info?.isDirectory()) files.push(...(await readdir(path)).filter((name) => name.endsWith('.jsonl')).sort().map((name) => join(path, name)));
    else files.push(path);
  }
  return Promise.all(files.map(async (name) => ({ name, text: await readTextFile(name) })));
}

/** The manifest and records go through the document reader's checks (binary, encoding, BOM) and messages. */
function readInput(path: string): Promise<string> {
  return path === '-' ? readStdin() : readTextFile(path);
}

/** Relative paths in a manifest or records file are relative to its folder, so it travels with its corpus. */
function baseDirOf(path: string): string {
  return path === '-' ? process.cwd() : dirname(resolve(path));
}
