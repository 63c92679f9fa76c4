import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, existsSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { tableFromIPC } from 'apache-arrow';
import { parquetReadObjects } from 'hyparquet';
import { describe, expect, it } from 'vitest';
import { TABLES } from '../data-loaders/tables/index.ts';

const CLI = join(process.cwd(), 'bin/claimscope.mjs');

describe('claimscope CLI', () => {
  it('documents every flag in --help', () => {
    const help = execFileSync('node', [CLI, '--help'], { encoding: 'utf8' });
    for (const flag of ['--out', '--format', '--knowledge', '--field', '--stages', '--strict', '--quiet', '--workers', '--budget', '--cache', '--shard', '--max-bytes', 'new-source', 'merge']) expect(help).toContain(flag);
  });

  it('writes every table of the sample corpus in every format, consistently', async () => {
    const out = mkdtempSync(join(tmpdir(), 'cs-cli-'));
    const run = spawnSync('node', [CLI, 'extract', 'corpus/kursk-2025', '--out', out, '--format', 'all'], { encoding: 'utf8' });
    expect([0, 3]).toContain(run.status);
    expect(run.stderr).toMatch(/wrote arrow, ndjson, csv, parquet tables/);
    for (const t of TABLES) {
      for (const ext of ['arrow', 'ndjson', 'csv', 'parquet']) expect(existsSync(join(out, `${t.name}.${ext}`)), `${t.name}.${ext}`).toBe(true);
      const arrow = tableFromIPC(readFileSync(join(out, `${t.name}.arrow`)));
      expect(arrow.schema.fields.map((f) => f.name)).toEqual(t.columns.map((c) => c.name));
      const ndjson = readFileSync(join(out, `${t.name}.ndjson`), 'utf8').split('\n').filter(Boolean);
      expect(ndjson.length).toBe(arrow.numRows);
      const csvHeader = readFileSync(join(out, `${t.name}.csv`), 'utf8').split('\r\n')[0];
      expect(csvHeader).toBe(t.columns.map((c) => c.name).join(','));
      if (arrow.numRows > 0) {
        const buf = readFileSync(join(out, `${t.name}.parquet`));
        const pq = await parquetReadObjects({ file: buf.buffer.slice(buf.byteOffset, buf.byteOffset + buf.byteLength) });
        expect(pq.length).toBe(arrow.numRows);
      }
    }
    const articles = readFileSync(join(out, 'articles.ndjson'), 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l));
    expect(articles.length).toBe(5);
    expect(articles.every((a) => typeof a.article_id === 'string' && a.file.startsWith('articles/'))).toBe(true);
    // Offsets of every claim index the cleaned article text.
    const text = new Map(articles.map((a) => [a.article_id, a.text as string]));
    for (const line of readFileSync(join(out, 'claims.ndjson'), 'utf8').split('\n').filter(Boolean)) {
      const c = JSON.parse(line);
      expect(text.get(c.article_id)!.slice(c.start, c.end)).toBe(c.text);
    }
  });

  it('rejects bad usage with exit code 2 and a message', () => {
    const noOut = spawnSync('node', [CLI, 'extract', 'corpus/kursk-2025'], { encoding: 'utf8' });
    expect(noOut.status).toBe(2);
    expect(noOut.stderr).toMatch(/--out/);
    const badFormat = spawnSync('node', [CLI, 'extract', 'corpus/kursk-2025', '--out', '/tmp/x', '--format', 'xlsx'], { encoding: 'utf8' });
    expect(badFormat.status).toBe(2);
    expect(badFormat.stderr).toMatch(/unknown format xlsx/);
    const missing = spawnSync('node', [CLI, 'extract', 'no/such/dir', '--out', '/tmp/x'], { encoding: 'utf8' });
    expect(missing.status).toBe(2);
    const badSize = spawnSync('node', [CLI, 'extract', 'corpus/kursk-2025', '--out', '/tmp/x', '--max-bytes', 'lots'], { encoding: 'utf8' });
    expect(badSize.status).toBe(2);
    expect(badSize.stderr).toMatch(/--max-bytes/);
    const mergeFormat = spawnSync('node', [CLI, 'merge', '/tmp/x', '--out', '/tmp/y', '--format', 'xml'], { encoding: 'utf8' });
    expect(mergeFormat.status).toBe(2);
    expect(mergeFormat.stderr).toMatch(/unknown format xml/);
  });

  it('gives an over-size file an error row under --max-bytes and still writes the rest', () => {
    const corpus = mkdtempSync(join(tmpdir(), 'cs-max-'));
    writeFileSync(join(corpus, 'small.txt'), 'Flood waters reached 3 metres in the town, officials said on Monday.\n');
    writeFileSync(join(corpus, 'big.txt'), 'The council said 40 homes were damaged. '.repeat(40_000));
    const out = mkdtempSync(join(tmpdir(), 'cs-max-out-'));
    const run = spawnSync('node', [CLI, 'extract', corpus, '--out', out, '--format', 'ndjson', '--max-bytes', '1', '--quiet'], { encoding: 'utf8' });
    expect(run.status).toBe(3);
    const rows = (t: string) => readFileSync(join(out, `${t}.ndjson`), 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l));
    const errors = rows('errors');
    expect(errors.some((e) => /big\.txt/.test(e.file) && /limit/.test(e.reason))).toBe(true);
    expect(rows('articles').some((a) => /small\.txt/.test(a.file))).toBe(true);
  });
});
