import { createHash } from 'node:crypto';
import { UsageError } from '../errors.js';

/**
 * `--shard i/n` (1 ≤ i ≤ n): a CI matrix of n jobs splits one roster. A handle belongs to shard
 * 1 + (first 4 bytes of SHA-256 of the handle text, as an unsigned big-endian integer) mod n.
 * Only the handle counts, not its row or brand: the shards do not move when rows are added or reordered,
 * and the rows of one handle (several brands) land in the same job, which then fetches it once (cache).
 * Every row is in exactly one shard, so the shards' outputs concatenate into the whole.
 */
export interface Shard {
  index: number;
  count: number;
}

export function parseShard(value: string): Shard {
  const m = /^\s*(\d+)\s*\/\s*(\d+)\s*$/.exec(value);
  const index = m ? Number(m[1]) : NaN;
  const count = m ? Number(m[2]) : NaN;
  if (!m || count < 1 || index < 1 || index > count || !Number.isSafeInteger(count)) {
    throw new UsageError(`--shard "${value}" should be i/n with 1 ≤ i ≤ n, e.g. --shard 2/4 for the second of four jobs`);
  }
  return { index, count };
}

export function shardOf(handle: string, count: number): number {
  if (count <= 1) return 1;
  return 1 + (createHash('sha256').update(handle, 'utf8').digest().readUInt32BE(0) % count);
}

export function inShard(handle: string, shard: Shard | undefined): boolean {
  return !shard || shardOf(handle, shard.count) === shard.index;
}
