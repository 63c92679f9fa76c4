import { mkdirSync, mkdtempSync, rmSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { makeArticle } from '../../data-loaders/doc/make.ts';
import { Knowledge } from '../../data-loaders/knowledge/index.ts';
import { ArticleCache } from '../../data-loaders/pipeline/cache.ts';
import { extractArticle } from '../../data-loaders/pipeline/extract-article.ts';

const dir = mkdtempSync(join(tmpdir(), 'cs-cache-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('per-article cache', () => {
  const article = makeArticle('Rescuers pulled 14 people from the rubble on Monday, the regional governor said.', { file: 'q/1.txt' });

  it('returns what was stored, and misses for a changed article, other stages or other knowledge', () => {
    const cache = new ArticleCache(dir);
    const key = cache.key(article);
    expect(cache.get(key)).toBeNull();
    const value = extractArticle(article, new Knowledge([]));
    cache.set(key, value);
    expect(cache.get(key)).toEqual(JSON.parse(JSON.stringify(value)));
    expect(cache.key({ ...article, text: article.text + ' More later.' })).not.toBe(key);
    expect(new ArticleCache(dir, [], ['numbers']).key(article)).not.toBe(key);
    const extra = join(dir, 'knowledge');
    mkdirSync(extra);
    writeFileSync(join(extra, 'outlets.yaml'), '- Example Gazette\n');
    expect(new ArticleCache(dir, [extra]).key(article)).not.toBe(key);
    expect(new ArticleCache(dir).key(article)).toBe(key);
    expect(readdirSync(join(dir, key.slice(0, 2)))).toEqual([`${key}.json`]);
  });
});
