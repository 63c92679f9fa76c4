/**
 * Adversarial large inputs (about 100 KB each, one pathological pattern per
 * text) go through the document model and every extraction stage in a worker
 * thread. A stage that hangs is killed at the deadline and named; a stage
 * that finishes must keep every span exact and stay within a time limit far
 * above the 2 MB/s target (it only catches quadratic loops and regex
 * backtracking, not ordinary slowness).
 */
import { Worker } from 'node:worker_threads';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import type { WorkerMessage } from './support/stage-worker.ts';
import { NEWS_SENTENCES } from './support/news.ts';

/** Characters per input. */
const N = 100_000;
/**
 * A pathological input may take at most this many times as long as ordinary
 * news text of the same size, measured in the same worker just before: a
 * ratio, so that a loaded machine does not fail the test, while a quadratic
 * loop (hundreds of times slower at 100 KB) still does.
 */
const MAX_RATIO = Number(process.env.LARGE_INPUT_RATIO ?? 25);
/** Below this (ms) nothing fails, however fast the reference was. */
const FLOOR_MS = 1000;

const INPUTS: Record<string, string> = {
  'one huge word': 'x'.repeat(N),
  'one huge number': '9'.repeat(N),
  'digits and commas': '1,'.repeat(N / 2),
  'only full stops': '.'.repeat(N),
  'only quote marks': '"'.repeat(N),
  'alternating curly quotes': '“a ”'.repeat(N / 4),
  'initials': 'A. '.repeat(N / 3),
  'abbreviations': 'Mr. Dr. Gen. '.repeat(N / 13),
  'capitalised words': 'Foo Bar '.repeat(N / 8),
  'numbers with units': '5 km 10% $3bn '.repeat(N / 14),
  'said everywhere': 'said, said "said" '.repeat(N / 18),
  'unclosed quotes': '"He said that '.repeat(N / 14),
  'many short lines': 'a.\n'.repeat(N / 3),
  'many short sentences': 'He said 5. '.repeat(N / 11),
  'mixed scripts': 'Привет 中文 مرحبا 😀 '.repeat(N / 20),
};

const WORKER = fileURLToPath(new URL('./support/stage-worker.ts', import.meta.url));
const BOOT = `import('tsx/esm/api').then((m) => { m.register(); return import(${JSON.stringify(WORKER)}); })`;

let worker: Worker | null = null;
let listener: ((m: WorkerMessage) => void) | null = null;

function getWorker(): Worker {
  if (!worker) {
    worker = new Worker(BOOT, { eval: true });
    worker.on('message', (m: WorkerMessage) => listener?.(m));
  }
  return worker;
}

/** Run one text in the worker; resolves with its timings, or rejects naming the stage that overran. */
function runInWorker(name: string, text: string, timeoutMs: number): Promise<Extract<WorkerMessage, { type: 'done' }>> {
  const w = getWorker();
  return new Promise((resolve, reject) => {
    let stage = 'startup';
    const timer = setTimeout(() => {
      listener = null;
      void w.terminate();
      worker = null;
      reject(new Error(`${name}: stage "${stage}" still running after ${timeoutMs} ms (killed)`));
    }, timeoutMs);
    listener = (m) => {
      if (m.name !== name) return;
      if (m.type === 'stage') stage = m.stage;
      else {
        clearTimeout(timer);
        listener = null;
        if (m.type === 'done') resolve(m);
        else reject(new Error(`${name}: stage "${m.stage}" threw: ${m.message}`));
      }
    };
    w.postMessage({ name, text });
  });
}

afterAll(async () => {
  await worker?.terminate();
});

/** Ordinary news text of the same size as the inputs. */
const REFERENCE = NEWS_SENTENCES.join(' ').repeat(Math.ceil(N / NEWS_SENTENCES.join(' ').length)).slice(0, N);

/** A warm worker and the time it takes for ordinary text; re-made after a worker is killed. */
async function reference(): Promise<number> {
  await runInWorker('warm-up', NEWS_SENTENCES.join('\n'), 180_000);
  let best = Infinity;
  for (let i = 0; i < 2; i++) {
    const r = await runInWorker(`reference ${i}`, REFERENCE, 180_000);
    best = Math.min(best, Object.values(r.ms).reduce((a, b) => a + b, 0));
  }
  return best;
}

describe('large adversarial inputs', () => {
  let refMs = 0;
  it('ordinary news text of the same size runs with exact spans (the reference time)', async () => {
    refMs = await reference();
    expect(refMs).toBeGreaterThan(0);
  }, 400_000);

  for (const [name, text] of Object.entries(INPUTS)) {
    it(`${name}: every stage finishes within ${MAX_RATIO}x the reference, with exact spans`, async () => {
      if (!worker) refMs = await reference(); // the previous input's worker was killed
      const limit = Math.max(FLOOR_MS, refMs * MAX_RATIO);
      const r = await runInWorker(name, text, limit * 3);
      expect(r.violations.slice(0, 5)).toEqual([]);
      const total = Object.values(r.ms).reduce((a, b) => a + b, 0);
      const detail = Object.entries(r.ms).map(([k, v]) => `${k} ${v.toFixed(0)}`).join(', ');
      expect(total, `${name} (${text.length} chars): ${detail} ms; reference ${refMs.toFixed(0)} ms`).toBeLessThan(limit);
    }, 600_000);
  }
});
