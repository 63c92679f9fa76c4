/**
 * Write tables to a folder, one file per table (`claims.arrow`, …), each
 * written atomically: to a temporary file first, then renamed over the old
 * one, so an interrupted run leaves the previous outputs whole.
 */
import { mkdirSync, readdirSync, renameSync, writeFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { encode, type Format } from './encode.ts';
import { TABLES, type Tables } from './index.ts';

export function writeFileAtomic(path: string, data: Uint8Array | string): void {
  const tmp = `${path}.tmp-${process.pid}`;
  try {
    writeFileSync(tmp, data);
    renameSync(tmp, path);
  } catch (e) {
    rmSync(tmp, { force: true });
    throw e;
  }
}

/** Temporary files a killed run may have left (`claims.arrow.tmp-1234`). */
const STALE_TMP = /\.tmp-\d+$/;

/**
 * Write every table in each format; returns the paths written. Every table is
 * encoded before the first file is touched, so a table that fails to encode
 * leaves all previous outputs as they were; temporary files left by a killed
 * earlier run are removed.
 */
export function writeTables(tables: Tables, outDir: string, formats: Format[]): string[] {
  const encoded: Array<[string, Uint8Array | string]> = [];
  for (const format of formats) {
    for (const def of TABLES) encoded.push([join(outDir, `${def.name}.${format}`), encode(format, def, tables[def.name] ?? [])]);
  }
  mkdirSync(outDir, { recursive: true });
  for (const name of readdirSync(outDir)) if (STALE_TMP.test(name)) rmSync(join(outDir, name), { force: true });
  for (const [path, data] of encoded) writeFileAtomic(path, data);
  return encoded.map(([path]) => path);
}
