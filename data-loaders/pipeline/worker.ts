/**
 * Body of an extraction worker thread (started by pool.ts through
 * worker-entry.mjs, which registers tsx first). Protocol:
 *   parent → worker  { id, article }        extract one cleaned article
 *   worker → parent  { id, extraction (packed, without its article), errors }
 * Knowledge and stages come once, in `workerData`.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { Knowledge } from '../knowledge/index.ts';
import type { CleanArticle } from '../types.ts';
import { extractArticle } from './extract-article.ts';
import { warmUp } from './warm-up.ts';
import { packExtraction } from './pack.ts';

export interface WorkerInit {
  knowledgeDirs: string[];
  stages?: string[];
}

export interface WorkerTask {
  id: number;
  article: CleanArticle;
}

const init = workerData as WorkerInit;
const kb = new Knowledge(init.knowledgeDirs);

parentPort!.on('message', (task: WorkerTask) => {
  let reply;
  try {
    // Packed and without the article: the parent has it, and restores span texts as slices of its text.
    const { extraction, errors } = extractArticle(task.article, kb, init.stages);
    const { article: _article, ...rest } = packExtraction(extraction);
    reply = { id: task.id, extraction: rest, errors };
  } catch (e) {
    reply = { id: task.id, failure: (e as Error).message };
  }
  parentPort!.postMessage(reply);
});
warmUp(kb, init.stages);
parentPort!.postMessage({ ready: true });
