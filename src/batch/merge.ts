import { UserError } from '../core/errors.js';
import { parseJsonOrUndefined } from '../core/json.js';
import type { ResultRecord } from './records.js';

/** One shard's result records as read from its file. */
export interface ShardOutput {
  name: string;
  text: string;
}

/**
 * Joins the result records of several shards into one map by id, checking that together they
 * hold exactly the `expected` ids: none missing (a shard not run, or cut short), none twice (a
 * shard run twice, or shards of different splits) and none foreign (shards of another input).
 * Results for input lines that were not valid records carry their `line` and are skipped here:
 * the caller knows them from the input itself.
 */
export function mergeResults(shards: ShardOutput[], expected: readonly string[]): Map<string, ResultRecord> {
  const wanted = new Set(expected);
  const found = new Map<string, { result: ResultRecord; where: string }>();
  for (const shard of shards) {
    shard.text.split('\n').forEach((raw, index) => {
      if (raw.trim() === '') return;
      const where = `${shard.name} line ${index + 1}`;
      const result = parseResult(raw, where);
      if (!result.ok && result.line !== undefined) return;
      const id = result.id!;
      if (!wanted.has(id)) throw new UserError(`${where}: id "${id}" is not in the input; were the shards made from another input?`);
      const earlier = found.get(id);
      if (earlier) throw new UserError(`${where}: id "${id}" is also in ${earlier.where}; a shard was merged twice or the shards overlap`);
      found.set(id, { result, where });
    });
  }
  const missing = expected.filter((id) => !found.has(id));
  if (missing.length > 0) {
    const shown = missing.slice(0, 3).map((id) => `"${id}"`).join(', ') + (missing.length > 3 ? ', …' : '');
    throw new UserError(`${missing.length} of ${expected.length} ids have no result in the shards (${shown}); a shard is missing or did not finish`);
  }
  return new Map([...found].map(([id, { result }]) => [id, result]));
}

function parseResult(raw: string, where: string): ResultRecord {
  const value = parseJsonOrUndefined(raw);
  if (value === undefined) throw new UserError(`${where}: not a result record (invalid JSON); give the result files that batch wrote`);
  const result = value as Partial<ResultRecord> | null;
  const shaped =
    typeof result === 'object' && result !== null &&
    (result.ok === true ? typeof result.id === 'string' && 'alignment' in result : result.ok === false && typeof result.error === 'object' && (typeof result.id === 'string' || typeof result.line === 'number'));
  if (!shaped) throw new UserError(`${where}: not a result record (needs "id", "ok" and "alignment" or "error"); give the result files that batch wrote`);
  return result as ResultRecord;
}
