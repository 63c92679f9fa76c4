/**
 * Worker thread for the large-input timing tests: builds a Doc from each text
 * it is sent and runs every extraction stage, reporting which stage is running
 * so that the parent can name the stage when it has to kill a hung worker.
 */
import { parentPort } from 'node:worker_threads';
import { makeDoc } from '../../../data-loaders/doc/make.ts';
import { STAGES } from '../../../data-loaders/extract/index.ts';
import { getKnowledge } from '../../../data-loaders/knowledge/index.ts';
import { spanViolations } from './spans.ts';

export interface WorkerJob {
  name: string;
  text: string;
}

export type WorkerMessage =
  | { type: 'stage'; name: string; stage: string }
  | { type: 'done'; name: string; ms: Record<string, number>; violations: string[] }
  | { type: 'error'; name: string; stage: string; message: string };

const kb = getKnowledge();
parentPort!.on('message', ({ name, text }: WorkerJob) => {
  const ms: Record<string, number> = {};
  let stage = 'doc';
  try {
    parentPort!.postMessage({ type: 'stage', name, stage } satisfies WorkerMessage);
    let t = performance.now();
    const doc = makeDoc(text, { published: '2024-05-01' });
    ms.doc = performance.now() - t;
    for (const s of STAGES) {
      stage = s.name;
      parentPort!.postMessage({ type: 'stage', name, stage } satisfies WorkerMessage);
      t = performance.now();
      s.run(doc, kb);
      ms[s.name] = performance.now() - t;
    }
    parentPort!.postMessage({ type: 'done', name, ms, violations: spanViolations(doc) } satisfies WorkerMessage);
  } catch (e) {
    parentPort!.postMessage({ type: 'error', name, stage, message: String((e as Error)?.stack ?? e) } satisfies WorkerMessage);
  }
});
