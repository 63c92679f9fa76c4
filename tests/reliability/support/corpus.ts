/**
 * Helpers to build throw-away corpora in temp folders for the end-to-end
 * reliability tests, and to run the real `claimscope` command on them.
 */
import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, sep } from 'node:path';

export const ROOT = process.cwd();
export const CLI = join(ROOT, 'bin/claimscope.mjs');
export const SAMPLE = join(ROOT, 'corpus/kursk-2025');

export function tempDir(prefix: string): string {
  return mkdtempSync(join(tmpdir(), `cs-${prefix}-`));
}

/** Files under `dir` (relative, `/`-separated, sorted). */
export function listFiles(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const name of readdirSync(d)) {
      const p = join(d, name);
      if (statSync(p).isDirectory()) walk(p);
      else out.push(relative(dir, p).split(sep).join('/'));
    }
  };
  walk(dir);
  return out.sort();
}

/** Write `files` (relative path → contents) under `dir`, in the given order. */
export function writeCorpus(dir: string, files: Array<[string, string | Uint8Array]>): void {
  for (const [rel, data] of files) {
    mkdirSync(dirname(join(dir, rel)), { recursive: true });
    writeFileSync(join(dir, rel), data);
  }
}

/** The sample corpus's files (gold excluded) as [path, bytes] pairs. */
export function sampleFiles(): Array<[string, Uint8Array]> {
  return listFiles(SAMPLE)
    .filter((f) => !f.startsWith('gold/'))
    .map((f) => [f, readFileSync(join(SAMPLE, f))]);
}

export function runCli(args: string[], env: Record<string, string> = {}, cwd = ROOT): SpawnSyncReturns<string> {
  return spawnSync(process.execPath, [CLI, ...args], { cwd, encoding: 'utf8', env: { ...process.env, ...env }, timeout: 240_000 });
}

/** Rows of an `.ndjson` table. */
export function ndjson(outDir: string, table: string): Array<Record<string, unknown>> {
  return readFileSync(join(outDir, `${table}.ndjson`), 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l));
}
