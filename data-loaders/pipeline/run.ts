/**
 * The whole pipeline over a corpus folder:
 * read (sources/) → clean (clean/, corpus-level) → extract (extract/, per
 * article: cached, optionally on worker threads, optionally one shard) →
 * link (corpus-level: actors, events, overlaps). Tables are built from the
 * result by tables/.
 *
 * `runCorpus` runs in this thread; `runCorpusAsync` can spread extraction over
 * worker threads with a per-article time budget. Both give the same result
 * for the same input, in the same order.
 */
import { resolve } from 'node:path';
import { cleanCorpus } from '../clean/index.ts';
import { findOverlaps } from '../clean/syndication.ts';
import { Knowledge } from '../knowledge/index.ts';
import { linkActors } from '../link/actors.ts';
import { linkEvents } from '../link/events.ts';
import { readCorpus, type ReadOptions } from '../sources/index.ts';
import type { CleanArticle, ErrorRow } from '../types.ts';
import { ArticleCache } from './cache.ts';
import { extractArticle } from './extract-article.ts';
import { corpusFingerprint } from './fingerprint.ts';
import { flagDuplicateArticles } from './duplicates.ts';
import { extractInPool } from './pool.ts';
import type { ArticleExtraction, CorpusResult } from './result.ts';
import { inShard, type Shard } from './shard.ts';

export interface RunOptions {
  /** Extra knowledge folders (see knowledge/index.ts). */
  knowledgeDirs?: string[];
  /** Only these extraction stages (and what they require). */
  stages?: string[];
  read?: ReadOptions;
  /** Called after each article is extracted. */
  onProgress?: (done: number, total: number) => void;
  /** Per-article extraction cache folder (see cache.ts). */
  cache?: string;
  /** Extract only this shard's articles (see shard.ts); the corpus is still read and cleaned whole. */
  shard?: Shard;
  /** Filled with the cache's hit and miss counts when given. */
  cacheStats?: { hits: number; misses: number };
}

export interface AsyncRunOptions extends RunOptions {
  /** Worker threads for extraction; 0 extracts in this thread (no time budget). */
  workers?: number;
  /** Milliseconds one article may take on a worker (default pool.ts DEFAULT_BUDGET_MS). */
  budgetMs?: number;
}

/** Read and clean the whole corpus; the articles of the requested shard, with their positions in the corpus. */
export interface Prepared {
  dir: string;
  kb: Knowledge;
  knowledgeDirs: string[];
  /** This shard's cleaned articles, in corpus order. */
  articles: CleanArticle[];
  /** Position of each of `articles` in the whole corpus (merging shards restores this order). */
  positions: number[];
  /** Read and clean errors belonging to this shard. */
  errors: ErrorRow[];
}

export function prepareCorpus(corpusDir: string, options: RunOptions = {}): Prepared {
  const dir = resolve(corpusDir);
  const knowledgeDirs = options.knowledgeDirs ?? (process.env.CLAIMSCOPE_KNOWLEDGE ?? '').split(':').filter(Boolean);
  const kb = new Knowledge(knowledgeDirs);
  const errors: ErrorRow[] = [];
  const read = readCorpus(dir, { ...options.read, knowledge: kb });
  errors.push(...read.errors);
  // Cleaning is corpus-level (lines repeated across a site's articles), so every shard cleans everything.
  const cleaned = cleanCorpus(read.articles, kb);
  errors.push(...cleaned.errors);
  errors.push(...flagDuplicateArticles(cleaned.articles));
  const articles: CleanArticle[] = [];
  const positions: number[] = [];
  cleaned.articles.forEach((a, i) => {
    if (!inShard(a.id, options.shard)) return;
    articles.push(a);
    positions.push(i);
  });
  return { dir, kb, knowledgeDirs, articles, positions, errors: errors.filter((e) => inShard(e.article_id ?? e.file, options.shard)) };
}

/** The corpus-level steps over per-article extractions (given in corpus order). */
export function finishCorpus(dir: string, extractions: ArticleExtraction[], errors: ErrorRow[], kb: Knowledge, fingerprint = corpusFingerprint(dir)): CorpusResult {
  const actors = linkActors(extractions, kb);
  const events = linkEvents(extractions, actors, kb);
  const overlaps = findOverlaps(extractions.map((x) => x.article));
  return { corpusDir: dir, fingerprint, extractions, errors: sortErrors(errors), overlaps, actors, events };
}

export function runCorpus(corpusDir: string, options: RunOptions = {}): CorpusResult {
  const prep = prepareCorpus(corpusDir, options);
  const cache = options.cache ? new ArticleCache(options.cache, prep.knowledgeDirs, options.stages) : null;
  const errors = [...prep.errors];
  const extractions = prep.articles.map((article, i) => {
    const key = cache?.key(article);
    let got = key ? cache!.get(key) : null;
    if (!got) {
      got = extractArticle(article, prep.kb, options.stages);
      if (key) cache!.set(key, got);
    }
    errors.push(...got.errors);
    options.onProgress?.(i + 1, prep.articles.length);
    return got.extraction;
  });
  if (cache && options.cacheStats) Object.assign(options.cacheStats, { hits: cache.hits, misses: cache.misses });
  return finishCorpus(prep.dir, extractions, errors, prep.kb);
}

export async function runCorpusAsync(corpusDir: string, options: AsyncRunOptions = {}): Promise<CorpusResult> {
  if (!options.workers) return runCorpus(corpusDir, options);
  const prep = prepareCorpus(corpusDir, options);
  return finishCorpus(prep.dir, await extractPrepared(prep, options), prep.errors, prep.kb);
}

/**
 * Extract the prepared articles (cache first, the rest on workers); fills `prep.errors`.
 * The worker pool starts before the cache entries are read, so the threads load
 * while the main thread parses cached extractions (an incremental run waits for
 * neither in turn).
 */
export async function extractPrepared(prep: Prepared, options: AsyncRunOptions): Promise<ArticleExtraction[]> {
  const cache = options.cache ? new ArticleCache(options.cache, prep.knowledgeDirs, options.stages) : null;
  const n = prep.articles.length;
  const extractions: ArticleExtraction[] = new Array(n);
  const errorsOf: ErrorRow[][] = new Array(n);
  const keys = prep.articles.map((a) => cache?.key(a) ?? '');
  let done = 0;
  const store = (i: number, r: { extraction: ArticleExtraction; errors: ErrorRow[] }) => {
    extractions[i] = r.extraction;
    errorsOf[i] = r.errors;
    options.onProgress?.(++done, n);
  };
  const extractHere = (i: number) => {
    const r = extractArticle(prep.articles[i], prep.kb, options.stages);
    if (cache) cache.set(keys[i], r);
    store(i, r);
  };
  const cached: number[] = [];
  const todo: number[] = [];
  prep.articles.forEach((_, i) => (cache?.has(keys[i]) ? cached : todo).push(i));
  const pool =
    todo.length && options.workers
      ? extractInPool(
          todo.map((i) => prep.articles[i]),
          {
            workers: options.workers,
            budgetMs: options.budgetMs,
            knowledgeDirs: prep.knowledgeDirs,
            stages: options.stages,
            onResult: (j, r) => {
              const i = todo[j];
              // A budget overrun is not a property of the article alone: never cache it.
              if (cache && !r.errors.some((e) => e.stage === 'budget')) cache.set(keys[i], r);
              store(i, r);
            },
          },
        )
      : null;
  // While the pool's threads load: read the cache. A torn entry is extracted here.
  for (const i of cached) {
    const got = cache!.get(keys[i]);
    if (got) store(i, got);
    else extractHere(i);
  }
  if (pool) await pool;
  else for (const i of todo) extractHere(i);
  for (const e of errorsOf) prep.errors.push(...e);
  if (cache && options.cacheStats) Object.assign(options.cacheStats, { hits: cache.hits, misses: cache.misses + todo.length });
  return extractions;
}

function sortErrors(errors: ErrorRow[]): ErrorRow[] {
  const key = (e: ErrorRow) => `${e.file}\0${e.stage}\0${e.article_id ?? ''}\0${e.reason}`;
  return errors.sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));
}
