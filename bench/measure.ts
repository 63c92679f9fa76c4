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
import { ArticleCache } from '../data-loaders/pipeline/cache.ts';
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
  const t0 = performance.now();
  const prep = prepareCorpus(corpus);
  const t1 = performance.now();
  let hits: number | null = null;
  if (values.cache) {
    // count hits the way extractPrepared will see them (keys are cheap next to extraction)
    const c = new ArticleCache(values.cache, prep.knowledgeDirs);
    hits = 0;
    for (const a of prep.articles) if (statOk(join(values.cache, c.key(a).slice(0, 2), `${c.key(a)}.json`))) hits++;
  }
  const t1b = performance.now();
  const extractions = await extractPrepared(prep, { workers, cache: values.cache });
  const t2 = performance.now();
  const result = finishCorpus(prep.dir, extractions, prep.errors, prep.kb);
  const t3 = performance.now();
  const tables = buildTables(result);
  const t4 = performance.now();
  if (values.out) writeTables(tables, values.out, ['arrow']);
  const t5 = performance.now();
  let bytes = 0;
  for (const a of prep.articles) bytes += statSize(join(prep.dir, a.file));
  const m: Measurement = {
    corpus,
    workers,
    articles: prep.articles.length,
    bytes,
    ms: { prepare: t1 - t0, extract: t2 - t1b, link: t3 - t2, tables: t4 - t3, write: t5 - t4, total: t5 - t0 - (t1b - t1) },
    maxRssMB: process.resourceUsage().maxRSS / 1024,
    cacheHits: hits,
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
function statOk(p: string): boolean {
  try {
    return statSync(p).isFile();
  } catch {
    return false;
  }
}

main().then(
  () => process.exit(0),
  (e) => {
    process.stderr.write(`${(e as Error).stack}\n`);
    process.exit(1);
  },
);
