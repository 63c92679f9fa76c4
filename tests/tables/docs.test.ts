import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { tablesMarkdown } from '../../data-loaders/tables/docs.ts';
import { TABLES } from '../../data-loaders/tables/index.ts';

describe('docs/tables.md', () => {
  it('is up to date with the table definitions (run `npm run docs:tables`)', () => {
    expect(readFileSync('docs/tables.md', 'utf8')).toBe(tablesMarkdown());
  });

  it('documents every column with a sentence', () => {
    for (const t of TABLES) {
      expect(new Set(t.columns.map((c) => c.name)).size, `${t.name} has duplicate columns`).toBe(t.columns.length);
      for (const c of t.columns) expect(c.description.length, `${t.name}.${c.name}`).toBeGreaterThan(10);
    }
  });
});
