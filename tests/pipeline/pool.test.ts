import { describe, expect, it } from 'vitest';
import { makeArticle } from '../../data-loaders/doc/make.ts';
import { Knowledge } from '../../data-loaders/knowledge/index.ts';
import { extractArticle } from '../../data-loaders/pipeline/extract-article.ts';
import { extractInPool } from '../../data-loaders/pipeline/pool.ts';

const stories = [
  'Firefighters contained the blaze on Tuesday after it burned 1,200 hectares, the county fire chief said.',
  'The central bank raised its key rate by 0.25 percentage points to 4.5%, Governor Ana Silva told reporters.',
  'More than 3,000 people marched through the capital on Saturday, police said.',
  '"We will not give up," said union leader Tom Baker, whose members have been on strike for 12 days.',
  'The storm left 40,000 homes without power across three states, according to utility companies.',
].map((t, i) => makeArticle(t, { file: `s/${i}.txt`, published: '2024-06-0' + (i + 1) }));

describe('extraction worker pool', () => {
  it('returns the same extractions as this thread, in input order', async () => {
    const kb = new Knowledge([]);
    const here = stories.map((a) => extractArticle(a, kb));
    const pooled = await extractInPool(stories, { workers: 2, knowledgeDirs: [] });
    expect(pooled).toEqual(here);
  });

  it('gives an article over its time budget a "budget" error row, replaces the worker and goes on', async () => {
    const slow = makeArticle('SPIN_FOREVER in this pathological story.', { file: 's/slow.txt' });
    const articles = [stories[0], slow, stories[1], stories[2]];
    const done: number[] = [];
    const results = await extractInPool(articles, {
      workers: 1,
      knowledgeDirs: [],
      budgetMs: 3000,
      body: new URL('./fixtures/slow-worker.ts', import.meta.url).href,
      onResult: (i) => done.push(i),
    });
    expect(done.sort()).toEqual([0, 1, 2, 3]);
    expect(results[1].errors).toEqual([{ file: 's/slow.txt', article_id: slow.id, stage: 'budget', severity: 'error', reason: 'extraction took longer than 3000 ms; article skipped' }]);
    expect(results[1].extraction.layers.claims).toEqual([]);
    expect(results[1].extraction.article.id).toBe(slow.id);
    // the articles after the slow one were extracted by the replacement worker
    expect(results[2].errors).toEqual([]);
    expect(results[2].extraction.sentences.length).toBeGreaterThan(0);
  }, 60_000);

  it('replaces a worker that dies on an article and reports that article only', async () => {
    const bad = makeArticle('CRASH_NOW says this story.', { file: 's/crash.txt' });
    const results = await extractInPool([bad, stories[3]], { workers: 1, knowledgeDirs: [], body: new URL('./fixtures/slow-worker.ts', import.meta.url).href });
    expect(results[0].errors.map((e) => [e.stage, e.reason])).toEqual([['extract', 'extraction worker crashed: worker exited with code 7']]);
    expect(results[1].errors).toEqual([]);
    expect(results[1].extraction.sentences.length).toBeGreaterThan(0);
  }, 60_000);
});
