/**
 * Outputs are written atomically (tables/write.ts): every file on disk is
 * always a complete table, from the previous run or the new one. A table
 * that fails to encode leaves the previous outputs untouched; a run killed
 * mid-write leaves whole files; temporary files never outlive the next run.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tableFromIPC } from 'apache-arrow';
import { describe, expect, it } from 'vitest';
import { encode, FORMATS } from '../../data-loaders/tables/encode.ts';
import { TABLES } from '../../data-loaders/tables/index.ts';
import { writeFileAtomic, writeTables } from '../../data-loaders/tables/write.ts';
import { ROOT, tempDir } from './support/corpus.ts';
import { syntheticTables } from './support/synthetic-tables.ts';

/** Rows per table in the kill test: large enough that a round of writes takes a while. */
const ROWS = 1000;

const snapshot = (dir: string) => new Map(readdirSync(dir).sort().map((f) => [f, readFileSync(join(dir, f))]));
const temps = (dir: string) => readdirSync(dir).filter((f) => /\.tmp/.test(f));

describe('atomic writes', () => {
  it('a table that fails to encode leaves every previous output as it was', () => {
    const out = tempDir('atomic-enc');
    writeTables(syntheticTables(50, 1), out, [...FORMATS]);
    const before = snapshot(out);
    const broken = syntheticTables(50, 2);
    // the last table's rows blow up while being encoded
    const last = TABLES[TABLES.length - 1].name;
    Object.defineProperty(broken[last][10], TABLES[TABLES.length - 1].columns[0].name, {
      get() {
        throw new Error('disk on fire');
      },
    });
    expect(() => writeTables(broken, out, [...FORMATS])).toThrow(/disk on fire/);
    const after = snapshot(out);
    expect([...after.keys()]).toEqual([...before.keys()]);
    for (const [f, bytes] of before) expect(after.get(f)!.equals(bytes), `${f} changed`).toBe(true);
    expect(temps(out)).toEqual([]);
  });

  it('a file that cannot be renamed into place leaves no temporary file', () => {
    const out = tempDir('atomic-rename');
    mkdirSync(join(out, 'claims.arrow')); // a folder where the file should go: rename fails
    expect(() => writeFileAtomic(join(out, 'claims.arrow'), 'x')).toThrow();
    expect(temps(out)).toEqual([]);
  });

  it('a run killed mid-write leaves only whole files, and the next run sweeps its temporary files', async () => {
    const out = tempDir('atomic-kill');
    const v1 = syntheticTables(ROWS, 1);
    const v2 = syntheticTables(ROWS, 2);
    const expected = new Map<string, Buffer[]>();
    for (const format of FORMATS) {
      for (const def of TABLES) {
        const file = `${def.name}.${format}`;
        expected.set(file, [v1, v2].map((t) => Buffer.from(encode(format, def, t[def.name]))));
      }
    }
    const child = spawn(process.execPath, ['--import', 'tsx', 'tests/reliability/support/write-loop.ts', out, String(ROWS)], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (d) => (stderr += d));
    await new Promise<void>((resolve, reject) => {
      child.stdout.on('data', (d) => String(d).includes('ready') && resolve());
      child.on('exit', (code) => reject(new Error(`writer exited early (${code}): ${stderr}`)));
    });
    // let it get well into the next round of writes, then kill it without warning
    await new Promise((r) => setTimeout(r, 300 + Math.random() * 400));
    const exited = new Promise((r) => child.once('exit', r));
    child.kill('SIGKILL');
    await exited;

    for (const [file, versions] of expected) {
      const path = join(out, file);
      expect(existsSync(path), file).toBe(true);
      const bytes = readFileSync(path);
      expect(versions.some((v) => v.equals(bytes)), `${file} is not a whole table`).toBe(true);
    }
    for (const def of TABLES) expect(tableFromIPC(readFileSync(join(out, `${def.name}.arrow`))).numRows).toBe(ROWS);

    // a stale temporary file (as a kill during writeFileSync leaves) is removed by the next run
    writeFileSync(join(out, 'claims.arrow.tmp-99999'), 'partial');
    writeTables(syntheticTables(10, 3), out, ['arrow']);
    expect(temps(out)).toEqual([]);
  }, 120_000);
});
