/**
 * Deterministic shards: an article belongs to shard K of N (1-based) by a hash
 * of its id, so every machine agrees without coordination and adding articles
 * moves no other article between shards. Rows not tied to an article (a file
 * that could not be read) are sharded by file path.
 */
import { createHash } from 'node:crypto';

export interface Shard {
  /** 1-based. */
  k: number;
  n: number;
}

/** Parse `K/N` (1 ≤ K ≤ N). Throws with a readable message. */
export function parseShard(s: string): Shard {
  const m = /^\s*(\d+)\s*\/\s*(\d+)\s*$/.exec(s);
  if (!m) throw new Error(`--shard wants K/N such as 2/8, got "${s}"`);
  const k = Number(m[1]);
  const n = Number(m[2]);
  if (n < 1 || k < 1 || k > n) throw new Error(`--shard ${s}: K must be between 1 and N`);
  return { k, n };
}

/** 1-based shard of a key (article id, or file path for file-level rows). */
export function shardOf(key: string, n: number): number {
  if (n === 1) return 1;
  const h = createHash('sha1').update(key).digest();
  return (h.readUInt32BE(0) % n) + 1;
}

export function inShard(key: string, shard: Shard | undefined): boolean {
  return !shard || shardOf(key, shard.n) === shard.k;
}

/** `shard=2-of-8`: the partition name used in output paths. */
export function shardName(s: Shard): string {
  return `shard=${s.k}-of-${s.n}`;
}
