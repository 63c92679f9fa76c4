import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readYaml } from '../../data-loaders/knowledge/parsed-files.ts';

describe('readYaml', () => {
  const path = join(mkdtempSync(join(tmpdir(), 'kb-')), 'x.yaml');

  it('gives each caller its own copy of the parsed file', () => {
    writeFileSync(path, 'words: [a, b]\n');
    const first = readYaml(path) as { words: string[] };
    first.words.push('mutated');
    expect(readYaml(path)).toEqual({ words: ['a', 'b'] });
  });

  it('parses the file again when its text changed', () => {
    writeFileSync(path, 'words: [a]\n');
    expect(readYaml(path)).toEqual({ words: ['a'] });
    writeFileSync(path, 'words: [c]\n');
    expect(readYaml(path)).toEqual({ words: ['c'] });
  });
});
