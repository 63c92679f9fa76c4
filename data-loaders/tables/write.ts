/**
 * Write tables to a folder, one file per table (`claims.arrow`, …), each
 * written atomically: to a temporary file first, then renamed over the old
 * one, so an interrupted run leaves the previous outputs whole.
 */
import { mkdirSync, renameSync, writeFileSync, rmSync } from 'node:fs';
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

/** Write every table in each format; returns the paths written. */
export function writeTables(tables: Tables, outDir: string, formats: Format[]): string[] {
  mkdirSync(outDir, { recursive: true });
  const written: string[] = [];
  for (const format of formats) {
    for (const def of TABLES) {
      const path = join(outDir, `${def.name}.${format}`);
      writeFileAtomic(path, encode(format, def, tables[def.name] ?? []));
      written.push(path);
    }
  }
  return written;
}
