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

/** Characters per input. */
const N = 100_000;
/** Whole document plus all stages, per input (ms). 100 KB at 2 MB/s is 50 ms. */
const LIMIT_MS = Number(process.env.LARGE_INPUT_MS ?? 3000);

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

describe('large adversarial inputs', () => {
  it('warm-up: the worker starts and compiles the knowledge', async () => {
    const r = await runInWorker('warm-up', 'Officials said at least 40 people were hurt on Monday. "We are shocked," the mayor said.', 60_000);
    expect(r.violations).toEqual([]);
  });

  for (const [name, text] of Object.entries(INPUTS)) {
    it(`${name}: every stage finishes quickly with exact spans`, async () => {
      // Startup slack is not needed: the worker is warm; the deadline only bounds a hang.
      const r = await runInWorker(name, text, LIMIT_MS * 3);
      expect(r.violations.slice(0, 5)).toEqual([]);
      const total = Object.values(r.ms).reduce((a, b) => a + b, 0);
      const detail = Object.entries(r.ms).map(([k, v]) => `${k} ${v.toFixed(0)}`).join(', ');
      expect(total, `${name} (${text.length} chars): ${detail} ms`).toBeLessThan(LIMIT_MS);
    });
  }
});
