/**
 * What a corpus run produces before it becomes tables: one extraction per
 * article (plain, JSON-serialisable data: cacheable and movable between
 * worker threads) plus the corpus-level results of the link stages.
 */
import type { ActorRef, DocLayers, Sentence } from '../doc/doc.ts';
import type { CleanArticle, ErrorRow } from '../types.ts';
import type { Overlap } from '../clean/syndication.ts';
import type { CorpusActor } from '../link/actors.ts';
import type { CorpusEvent } from '../link/events.ts';

export interface ArticleExtraction {
  article: CleanArticle;
  sentences: Sentence[];
  actors: ActorRef[];
  layers: DocLayers;
}

export interface CorpusResult {
  /** Absolute path of the corpus folder. */
  corpusDir: string;
  /** Hash of the corpus files and the pipeline version: names the data a site was built from. */
  fingerprint: string;
  /** Sorted by `file`, then `key`. */
  extractions: ArticleExtraction[];
  errors: ErrorRow[];
  /** Passages shared between articles (syndication). */
  overlaps: Overlap[];
  /** Actors merged across articles under one canonical name each. */
  actors: CorpusActor[];
  /** Event reports clustered across articles into events. */
  events: CorpusEvent[];
}
