/**
 * The whole pipeline over a corpus folder:
 * read (sources/) → clean (clean/) → extract (extract/, per article) →
 * link (corpus-level: actors, events, overlaps). Tables are built from the
 * result by tables/.
 */
import { resolve } from 'node:path';
import { cleanCorpus } from '../clean/index.ts';
import { findOverlaps } from '../clean/syndication.ts';
import { Knowledge } from '../knowledge/index.ts';
import { linkActors } from '../link/actors.ts';
import { linkEvents } from '../link/events.ts';
import { readCorpus, type ReadOptions } from '../sources/index.ts';
import type { ErrorRow } from '../types.ts';
import { extractArticle } from './extract-article.ts';
import { corpusFingerprint } from './fingerprint.ts';
import type { ArticleExtraction, CorpusResult } from './result.ts';

export interface RunOptions {
  /** Extra knowledge folders (see knowledge/index.ts). */
  knowledgeDirs?: string[];
  /** Only these extraction stages (and what they require). */
  stages?: string[];
  read?: ReadOptions;
  /** Called after each article is extracted. */
  onProgress?: (done: number, total: number) => void;
}

export function runCorpus(corpusDir: string, options: RunOptions = {}): CorpusResult {
  const dir = resolve(corpusDir);
  const kb = new Knowledge(options.knowledgeDirs ?? (process.env.CLAIMSCOPE_KNOWLEDGE ?? '').split(':').filter(Boolean));
  const errors: ErrorRow[] = [];

  const read = readCorpus(dir, options.read);
  errors.push(...read.errors);
  const cleaned = cleanCorpus(read.articles, kb);
  errors.push(...cleaned.errors);

  const extractions: ArticleExtraction[] = [];
  cleaned.articles.forEach((article, i) => {
    const { extraction, errors: errs } = extractArticle(article, kb, options.stages);
    extractions.push(extraction);
    errors.push(...errs);
    options.onProgress?.(i + 1, cleaned.articles.length);
  });

  const actors = linkActors(extractions, kb);
  const events = linkEvents(extractions, actors, kb);
  const overlaps = findOverlaps(cleaned.articles);
  return {
    corpusDir: dir,
    fingerprint: corpusFingerprint(dir),
    extractions,
    errors: sortErrors(errors),
    overlaps,
    actors,
    events,
  };
}

function sortErrors(errors: ErrorRow[]): ErrorRow[] {
  const key = (e: ErrorRow) => `${e.file}\0${e.stage}\0${e.article_id ?? ''}\0${e.reason}`;
  return errors.sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));
}
