import { createHash } from 'node:crypto';
import { UserError } from '../core/errors.js';

/** Shard K of N (1 ≤ K ≤ N): the pairs whose id hashes to K − 1 modulo N. */
export interface Shard {
  index: number;
  count: number;
}

/** Parses `K/N`. */
export function parseShard(value: string): Shard {
  const match = /^(\d+)\/(\d+)$/.exec(value.trim());
  const index = match ? Number(match[1]) : NaN;
  const count = match ? Number(match[2]) : NaN;
  if (!Number.isSafeInteger(index) || !Number.isSafeInteger(count) || count < 1 || index < 1 || index > count) {
    throw new UserError(`shard ${value}: expected K/N with 1 ≤ K ≤ N, e.g. 3/8`);
  }
  return { index, count };
}

/**
 * Which shard (1-based) an id belongs to. The hash is SHA-256, not a language's built-in string
 * hash, so every machine, Node version and run puts an id in the same shard: independent tasks
 * that each take one share together cover every pair exactly once.
 */
export function shardOf(id: string, count: number): number {
  const digest = createHash('sha256').update(id, 'utf8').digest();
  // 48 bits keep the modulo exact in a double and the spread even for any practical N.
  return (digest.readUIntBE(0, 6) % count) + 1;
}

export function inShard(id: string, shard: Shard | undefined): boolean {
  return shard === undefined || shardOf(id, shard.count) === shard.index;
}
