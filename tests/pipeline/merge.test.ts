/**
 * N shards merged must equal one unsharded run, byte for byte, in every
 * format: on the sample corpus and on a small corpus from the bench generator
 * (several outlets, so cleaning's cross-article signal matters).
 */
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { generateCorpus } from '../../bench/generate.ts';
import { mergeShards } from '../../data-loaders/pipeline/merge.ts';
import { runCorpus } from '../../data-loaders/pipeline/run.ts';
import { runShard } from '../../data-loaders/pipeline/shard-run.ts';
import { FORMATS } from '../../data-loaders/tables/encode.ts';
import { buildTables } from '../../data-loaders/tables/index.ts';
import { writeTables } from '../../data-loaders/tables/write.ts';

const tmp = mkdtempSync(join(tmpdir(), 'cs-merge-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

function filesOf(dir: string): Record<string, Buffer> {
  return Object.fromEntries(readdirSync(dir).sort().map((f) => [f, readFileSync(join(dir, f))]));
}

async function shardedEqualsWhole(corpus: string, n: number, label: string, workers = 0) {
  const whole = join(tmp, `${label}-whole`);
  writeTables(buildTables(runCorpus(corpus)), whole, [...FORMATS]);
  const dirs: string[] = [];
  let articles = 0;
  for (let k = 1; k <= n; k++) {
    const out = join(tmp, `${label}-shard-${k}`);
    const { result } = await runShard(corpus, out, ['parquet'], { shard: { k, n }, workers: k === 2 ? workers : 0 });
    articles += result.extractions.length;
    dirs.push(out);
  }
  const merged = join(tmp, `${label}-merged`);
  const result = await mergeShards(dirs.reverse()); // order of the folders does not matter
  writeTables(buildTables(result), merged, [...FORMATS]);
  const a = filesOf(whole);
  const b = filesOf(merged);
  expect(Object.keys(b)).toEqual(Object.keys(a));
  for (const f of Object.keys(a)) expect(b[f].equals(a[f]), `${f} differs`).toBe(true);
  expect(articles).toBe(result.extractions.length);
  return dirs;
}

describe('sharded runs merged', () => {
  it('equal one run on the sample corpus (3 shards, partitioned tables written)', async () => {
    const dirs = await shardedEqualsWhole('corpus/kursk-2025', 3, 'sample');
    const k = dirs.length; // dirs were reversed: the first is shard N
    expect(readdirSync(join(dirs[0], 'claims'))).toEqual([`shard=${k}-of-${k}.parquet`]);
    expect(readdirSync(join(dirs[0], 'extractions'))).toEqual([`shard=${k}-of-${k}.ndjson.gz`]);
  });

  it('equal one run on a generated corpus (4 shards, one on worker threads)', async () => {
    const corpus = join(tmp, 'gen');
    generateCorpus(corpus, 24, { seed: 7, outlets: 3 });
    await shardedEqualsWhole(corpus, 4, 'gen', 1);
  }, 300_000);

  it('refuses an incomplete set of shards', async () => {
    const out = join(tmp, 'lonely');
    await runShard('corpus/kursk-2025', out, ['ndjson'], { shard: { k: 1, n: 2 } });
    await expect(mergeShards([out])).rejects.toThrow(/missing shard\(s\) 2\/2/);
  });
});
