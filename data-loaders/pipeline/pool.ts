/**
 * A pool of extraction worker threads. Tasks are cleaned articles; results
 * come back in task order whatever the scheduling. Each article has a time
 * budget: a worker still busy when it runs out is terminated and replaced,
 * and the article gets an `errors` row with stage `budget` and an empty
 * extraction, so one pathological article never stalls the corpus. A worker
 * that crashes on an article is replaced the same way (stage `extract`).
 */
import { Worker } from 'node:worker_threads';
import type { CleanArticle, ErrorRow } from '../types.ts';
import type { ArticleExtraction } from './result.ts';
import type { WorkerInit } from './worker.ts';
import { emptyExtraction } from './extract-article.ts';
import { unpackExtraction } from './pack.ts';

export interface PoolResult {
  extraction: ArticleExtraction;
  errors: ErrorRow[];
}

export interface PoolOptions extends WorkerInit {
  workers: number;
  /** Milliseconds one article may take (default 60 000). */
  budgetMs?: number;
  /** Called as each article finishes (in completion order). */
  onResult?: (index: number, result: PoolResult) => void;
  /** URL of another worker body speaking worker.ts's protocol (tests use a deliberately slow one). */
  body?: string;
}

export const DEFAULT_BUDGET_MS = 60_000;
const ENTRY = new URL('./worker-entry.mjs', import.meta.url);

interface Slot {
  worker: Worker;
  task: number | null;
  timer: NodeJS.Timeout | null;
}

/** Extract every article on `workers` threads; results[i] belongs to articles[i]. */
export async function extractInPool(articles: CleanArticle[], options: PoolOptions): Promise<PoolResult[]> {
  const budget = options.budgetMs ?? DEFAULT_BUDGET_MS;
  const results: PoolResult[] = new Array(articles.length);
  const size = Math.max(1, Math.min(options.workers, articles.length));
  if (articles.length === 0) return results;
  let next = 0;
  let done = 0;

  return new Promise<PoolResult[]>((resolvePool, rejectPool) => {
    /** Set once the pool has failed or finished; later worker events are ignored. */
    let failed = false;
    const slots: Slot[] = [];

    /** Record a result; returns false when the whole pool is done. */
    const finish = (slot: Slot, index: number, result: PoolResult): boolean => {
      if (slot.timer) clearTimeout(slot.timer);
      slot.timer = null;
      slot.task = null;
      results[index] = result;
      done++;
      options.onResult?.(index, result);
      if (done < articles.length) return true;
      failed = true; // closed: the exits of the terminated workers below are not crashes
      for (const s of slots) void s.worker.terminate();
      resolvePool(results);
      return false;
    };

    const feed = (slot: Slot) => {
      if (failed || next >= articles.length) return;
      const index = next++;
      slot.task = index;
      slot.timer = setTimeout(() => {
        // Over budget: kill the thread (the only way to stop synchronous code), replace it, move on.
        const article = articles[index];
        const old = slot.worker;
        old.removeAllListeners();
        void old.terminate();
        const more = finish(slot, index, {
          extraction: emptyExtraction(article),
          errors: [{ file: article.file, article_id: article.id, stage: 'budget', severity: 'error', reason: `extraction took longer than ${budget} ms; article skipped` }],
        });
        if (more) start(slot); // the new thread asks for work once it is ready
      }, budget);
      slot.worker.postMessage({ id: index, article: articles[index] });
    };

    const start = (slot: Slot) => {
      const worker = new Worker(ENTRY, { workerData: { knowledgeDirs: options.knowledgeDirs, stages: options.stages, body: options.body } satisfies WorkerInit & { body?: string } });
      slot.worker = worker;
      worker.on('message', (msg: { ready?: boolean; id?: number; extraction?: ArticleExtraction; errors?: ErrorRow[]; failure?: string }) => {
        if (msg.ready) return feed(slot); // the budget clock starts only once the thread has loaded
        if (msg.id === undefined || msg.id !== slot.task) return;
        const article = articles[msg.id];
        const result: PoolResult = msg.failure
          ? { extraction: emptyExtraction(article), errors: [{ file: article.file, article_id: article.id, stage: 'extract', severity: 'error', reason: msg.failure }] }
          : { extraction: unpackExtraction({ ...msg.extraction!, article }), errors: msg.errors! };
        if (finish(slot, msg.id, result)) feed(slot);
      });
      const crashed = (e: Error) => {
        if (failed || slot.worker !== worker) return;
        worker.removeAllListeners();
        void worker.terminate();
        if (slot.task === null) {
          // It died before taking work: the worker cannot load (a broken module). Fail the pool.
          failed = true;
          for (const s of slots) {
            if (s.timer) clearTimeout(s.timer);
            void s.worker.terminate();
          }
          return rejectPool(e);
        }
        // It died on an article (out of memory, a native crash): that article gets an error row; a new worker goes on.
        const index = slot.task;
        const article = articles[index];
        const more = finish(slot, index, {
          extraction: emptyExtraction(article),
          errors: [{ file: article.file, article_id: article.id, stage: 'extract', severity: 'error', reason: `extraction worker crashed: ${e.message}` }],
        });
        if (more) start(slot);
      };
      worker.on('error', crashed);
      worker.on('exit', (code) => crashed(new Error(`worker exited with code ${code}`)));
    };

    for (let i = 0; i < size; i++) {
      const slot = { task: null, timer: null } as unknown as Slot;
      slots.push(slot);
      start(slot);
    }
  });
}
