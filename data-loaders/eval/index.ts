/**
 * Evaluation: run the pipeline over a corpus that has gold annotations
 * (`<corpus>/gold/*.json`, see docs/annotating.md) and score it per component.
 *
 *   const report = await evaluateCorpus('corpus/kursk-2025');
 *   report.components.claims.f1; report.bars; report.per_article[0].claims.misses
 *
 * `evaluateResult` scores a run you already have (the site's loaders do).
 */
import { join, resolve } from 'node:path';
import { runCorpus, type RunOptions } from '../pipeline/run.ts';
import type { CorpusResult } from '../pipeline/result.ts';
import { fromCorpusResult } from './extracted.ts';
import { readGold, type GoldArticle } from './gold.ts';
import { scoreArticles, type EvalReport } from './score.ts';

export type { EvalReport, ArticleReport } from './score.ts';
export { BARS, checkBars, type Bar, type BarResult } from './bars.ts';
export { formatReport } from './report.ts';
export { readGold, parseGold, type GoldArticle } from './gold.ts';
export { fromCorpusResult, type ExtractedArticle } from './extracted.ts';
export { scoreArticles } from './score.ts';

export interface EvalOptions {
  /** Gold folder; default `<corpus>/gold`. */
  goldDir?: string;
  /** Options for the pipeline run. */
  run?: RunOptions;
  /** Label for the report (default: the corpus folder as given). */
  label?: string;
}

/** Score an existing run against gold files. */
export function evaluateResult(result: CorpusResult, gold: GoldArticle[], label = result.corpusDir): EvalReport {
  return scoreArticles(gold, fromCorpusResult(result), label);
}

/** Run the pipeline over `dir` and score it against `<dir>/gold/*.json`. Throws when there is no gold. */
export function evaluateCorpus(dir: string, options: EvalOptions = {}): EvalReport {
  const goldDir = options.goldDir ?? join(dir, 'gold');
  const gold = readGold(goldDir);
  if (gold.length === 0) throw new Error(`no gold files in ${resolve(goldDir)} (see docs/annotating.md)`);
  return evaluateResult(runCorpus(dir, options.run), gold, options.label ?? dir);
}
