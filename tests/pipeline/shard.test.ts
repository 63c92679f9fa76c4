import { describe, expect, it } from 'vitest';
import { inShard, parseShard, shardName, shardOf } from '../../data-loaders/pipeline/shard.ts';

describe('shards', () => {
  it('parses K/N and refuses nonsense', () => {
    expect(parseShard('2/8')).toEqual({ k: 2, n: 8 });
    expect(() => parseShard('0/3')).toThrow(/between 1 and N/);
    expect(() => parseShard('4/3')).toThrow(/between 1 and N/);
    expect(() => parseShard('two')).toThrow(/K\/N/);
    expect(shardName({ k: 3, n: 4 })).toBe('shard=3-of-4');
  });

  it('puts every id in exactly one shard, the same way every time, roughly evenly', () => {
    const ids = Array.from({ length: 4000 }, (_, i) => `article-${i}`);
    const counts = [0, 0, 0, 0];
    for (const id of ids) {
      const k = shardOf(id, 4);
      expect(shardOf(id, 4)).toBe(k);
      expect([1, 2, 3, 4].filter((j) => inShard(id, { k: j, n: 4 }))).toEqual([k]);
      counts[k - 1]++;
    }
    for (const c of counts) expect(c).toBeGreaterThan(800);
    expect(inShard('anything', undefined)).toBe(true);
  });
});
