/**
 * Extraction of a prepared corpus with the per-article cache and worker
 * threads: the worker pool starts while cached entries are read, a missing
 * or torn entry is extracted again, and the result is the plain in-thread
 * run's whatever mix of cache, workers and this thread produced it.
 */
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { generateCorpus } from '../../bench/generate.ts';
import { ArticleCache } from '../../data-loaders/pipeline/cache.ts';
import { extractPrepared, prepareCorpus } from '../../data-loaders/pipeline/run.ts';

const tmp = mkdtempSync(join(tmpdir(), 'cs-prepared-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('extractPrepared with a cache', () => {
  const corpus = join(tmp, 'corpus');
  generateCorpus(corpus, 12, { seed: 5, outlets: 3 });
  const cacheDir = join(tmp, 'cache');

  it('gives the in-thread result from a cold cache, a warm one, and one with missing and torn entries', async () => {
    const plain = await extractPrepared(prepareCorpus(corpus), { workers: 0 });
    expect(plain).toHaveLength(12);

    const cold = { hits: 0, misses: 0 };
    expect(await extractPrepared(prepareCorpus(corpus), { workers: 0, cache: cacheDir, cacheStats: cold })).toEqual(plain);
    expect(cold).toEqual({ hits: 0, misses: 12 });

    // One entry deleted, one torn: both extracted again, on a worker and in this thread.
    const prep = prepareCorpus(corpus);
    const cache = new ArticleCache(cacheDir);
    const [gone, torn] = [prep.articles[3], prep.articles[7]].map((a) => cache.key(a));
    rmSync(join(cacheDir, gone.slice(0, 2), `${gone}.json`));
    writeFileSync(join(cacheDir, torn.slice(0, 2), `${torn}.json`), '{"extraction": ');
    const warm = { hits: 0, misses: 0 };
    expect(await extractPrepared(prep, { workers: 1, cache: cacheDir, cacheStats: warm })).toEqual(plain);
    expect(warm).toEqual({ hits: 10, misses: 2 });
    const entries = readdirSync(cacheDir).flatMap((d) => readdirSync(join(cacheDir, d)));
    expect(entries.filter((f) => f.endsWith('.json'))).toHaveLength(12);
  }, 60_000);
});
