/**
 * Warm a fresh extraction thread before it takes real work: compile the
 * knowledge (kb.derive) and let the JIT see every stage once, so per-article
 * time budgets measure the article, not the thread's start-up.
 */
import { makeArticle } from '../doc/make.ts';
import type { Knowledge } from '../knowledge/index.ts';
import { extractArticle } from './extract-article.ts';

const SAMPLE =
  'The city council approved a $4.5 million budget on Monday, Mayor Jane Doe said.\n' +
  '"We had no choice," she told reporters, adding that about 300 jobs were at risk since March 2024.';

export function warmUp(kb: Knowledge, stages?: string[]): void {
  extractArticle(makeArticle(SAMPLE, { file: 'warm-up.txt', published: '2024-05-06' }), kb, stages);
}
