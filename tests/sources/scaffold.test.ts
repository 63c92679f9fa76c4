import { copyFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { register, scaffoldSource } from '../../data-loaders/sources/scaffold.ts';
import type { Reader } from '../../data-loaders/sources/reader.ts';
import { tempCorpus } from './helpers.ts';

const REPO = new URL('../../', import.meta.url).pathname;
let cleanup: (() => void) | null = null;
afterEach(() => cleanup?.());

/** A throwaway repo holding copies of the real registry, reader contract and dates module. */
function fakeRepo(): string {
  const t = tempCorpus({});
  cleanup = t.cleanup;
  mkdirSync(join(t.dir, 'data-loaders/sources'), { recursive: true });
  for (const f of ['registry.ts', 'reader.ts']) copyFileSync(join(REPO, 'data-loaders/sources', f), join(t.dir, 'data-loaders/sources', f));
  return t.dir;
}

describe('scaffoldSource', () => {
  it('writes a reader, its test and fixture, and registers the reader', () => {
    const root = fakeRepo();
    const written = scaffoldSource('wire-dump', root);
    expect(written).toEqual([
      'data-loaders/sources/wire-dump.ts',
      'tests/sources/wire-dump.test.ts',
      'tests/fixtures/sources/wire-dump/sample.wire-dump',
      'data-loaders/sources/registry.ts',
    ]);
    for (const f of written) expect(existsSync(join(root, f))).toBe(true);
    const registry = readFileSync(join(root, 'data-loaders/sources/registry.ts'), 'utf8');
    expect(registry).toContain("import { wireDumpReader } from './wire-dump.ts';");
    expect(registry).toMatch(/ {2}wireDumpReader,\n\];/);
    // running it twice changes nothing
    expect(() => scaffoldSource('wire-dump', root)).toThrow(/already exists/);
  });

  it('writes a reader that reads its own fixture', async () => {
    const root = fakeRepo();
    scaffoldSource('desk', root);
    // the generated module imports ./dates.ts: point it at the real one
    copyFileSync(join(REPO, 'data-loaders/sources/dates.ts'), join(root, 'data-loaders/sources/dates.ts'));
    const src = readFileSync(join(root, 'data-loaders/sources/dates.ts'), 'utf8').replace("'../knowledge/index.ts'", `'${join(REPO, 'data-loaders/knowledge/index.ts')}'`);
    writeFileSync(join(root, 'data-loaders/sources/dates.ts'), src);
    const mod = (await import(pathToFileURL(join(root, 'data-loaders/sources/desk.ts')).href)) as { deskReader: Reader };
    const text = readFileSync(join(root, 'tests/fixtures/sources/desk/sample.desk'), 'utf8');
    const articles = mod.deskReader.read({ file: 'sample.desk', text, options: {}, report: () => {} });
    expect(articles[0]).toMatchObject({ title: 'Council approves new flood barrier', outlet: 'Riverside Weekly', published: '2024-10-07' });
  });

  it('refuses bad names and an unexpected registry shape', () => {
    expect(() => scaffoldSource('Bad Name', fakeRepo())).toThrow(/lower case/);
    expect(() => register('const x = 1;\n', 'a', 'aReader')).toThrow(/expected shape/);
  });
});
