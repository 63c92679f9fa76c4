/**
 * One measured corpus run, in its own process so peak RSS belongs to this run
 * alone. Prints one JSON line: phase times (ms), bytes of article text, peak
 * RSS (MB), cache hits. Used by bench/run.ts; run by hand as
 *
 *   npx tsx bench/measure.ts <corpus> [--workers N] [--cache DIR] [--out DIR]
 */
import { statSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { extractPrepared, finishCorpus, prepareCorpus } from '../data-loaders/pipeline/run.ts';
import { buildTables } from '../data-loaders/tables/index.ts';
import { writeTables } from '../data-loaders/tables/write.ts';

export interface Measurement {
  corpus: string;
  workers: number;
  articles: number;
  /** Bytes of the article files read. */
  bytes: number;
  ms: { prepare: number; extract: number; link: number; tables: number; write: number; total: number };
  /**
   * CPU milliseconds of the whole process (every thread, GC helpers included)
   * for the extract phase and the whole run: unlike wall time, barely changed
   * by other processes competing for the cores.
   */
  cpuMs: { extract: number; total: number };
  maxRssMB: number;
  cacheHits: number | null;
}

async function main() {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: { workers: { type: 'string', default: '0' }, cache: { type: 'string' }, out: { type: 'string' } },
  });
  const corpus = positionals[0];
  const workers = Number(values.workers);
  const cpu = () => {
    const u = process.cpuUsage();
    return (u.user + u.system) / 1000;
  };
  const c0 = cpu();
  const t0 = performance.now();
  const prep = prepareCorpus(corpus);
  const t1 = performance.now();
  const stats = { hits: 0, misses: 0 };
  const t1b = performance.now();
  const c1 = cpu();
  const extractions = await extractPrepared(prep, { workers, cache: values.cache, cacheStats: stats });
  const t2 = performance.now();
  const c2 = cpu();
  const result = finishCorpus(prep.dir, extractions, prep.errors, prep.kb);
  const t3 = performance.now();
  const tables = buildTables(result);
  const t4 = performance.now();
  if (values.out) writeTables(tables, values.out, ['arrow']);
  const t5 = performance.now();
  const c5 = cpu();
  let bytes = 0;
  for (const a of prep.articles) bytes += statSize(join(prep.dir, a.file));
  const m: Measurement = {
    corpus,
    workers,
    articles: prep.articles.length,
    bytes,
    ms: { prepare: t1 - t0, extract: t2 - t1b, link: t3 - t2, tables: t4 - t3, write: t5 - t4, total: t5 - t0 - (t1b - t1) },
    cpuMs: { extract: c2 - c1, total: c5 - c0 },
    maxRssMB: process.resourceUsage().maxRSS / 1024,
    cacheHits: values.cache ? stats.hits : null,
  };
  process.stdout.write(JSON.stringify(m) + '\n');
}

const seen = new Map<string, number>();
function statSize(p: string): number {
  if (seen.has(p)) return 0; // a multi-story file counts once
  const s = statSync(p).size;
  seen.set(p, s);
  return s;
}

main().then(
  () => process.exit(0),
  (e) => {
    process.stderr.write(`${(e as Error).stack}\n`);
    process.exit(1);
  },
);
