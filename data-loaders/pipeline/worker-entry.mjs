// Entry of an extraction worker thread: teach this thread TypeScript (tsx),
// then load the worker body (worker.ts, or `workerData.body` when a test
// substitutes its own). Plain JS so it runs under any parent loader.
import { workerData } from 'node:worker_threads';
import { register } from 'tsx/esm/api';

register();
await import(workerData?.body ?? new URL('./worker.ts', import.meta.url).href);
