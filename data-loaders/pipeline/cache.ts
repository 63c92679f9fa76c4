/**
 * Per-article extraction cache. Extraction depends only on the cleaned
 * article (cleaning already folded in the corpus-level "repeated across site"
 * signal), the pipeline's code and knowledge, extra knowledge folders and the
 * stages asked for; the cache key hashes exactly those. A hit skips the
 * extract stages for that article; everything corpus-level (link, tables) is
 * recomputed every run.
 *
 * Layout: `<dir>/<first 2 hex>/<key>.json` holding `{ extraction, errors }`
 * (the extraction in pack.ts's compact form),
 * written atomically, so concurrent runs and shards can share one folder.
 * Entries of an old pipeline version are never read again (their keys
 * differ); delete the folder to reclaim the space.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CleanArticle, ErrorRow } from '../types.ts';
import { getPipelineVersion, hashTree } from './fingerprint.ts';
import { packExtraction, unpackExtraction } from './pack.ts';
import type { ArticleExtraction } from './result.ts';

export interface CachedExtraction {
  extraction: ArticleExtraction;
  errors: ErrorRow[];
}

export class ArticleCache {
  readonly dir: string;
  /** Hash of everything but the article that extraction depends on. */
  readonly salt: string;
  hits = 0;
  misses = 0;

  constructor(dir: string, knowledgeDirs: string[] = [], stages?: string[]) {
    this.dir = dir;
    this.salt = createHash('sha256')
      .update(getPipelineVersion())
      .update('\0')
      .update(hashTree(knowledgeDirs, (p) => /\.(ya?ml|json)$/.test(p)))
      .update('\0')
      .update(stages ? [...stages].sort().join(',') : '*')
      .digest('hex');
  }

  key(article: CleanArticle): string {
    return createHash('sha256').update(this.salt).update(JSON.stringify(article)).digest('hex').slice(0, 32);
  }

  private path(key: string): string {
    return join(this.dir, key.slice(0, 2), `${key}.json`);
  }

  /** Whether an entry exists for `key` (a cheap check: it may still turn out torn when read). */
  has(key: string): boolean {
    return existsSync(this.path(key));
  }

  get(key: string): CachedExtraction | null {
    const p = this.path(key);
    if (!existsSync(p)) {
      this.misses++;
      return null;
    }
    try {
      const v = JSON.parse(readFileSync(p, 'utf8')) as CachedExtraction;
      unpackExtraction(v.extraction);
      this.hits++;
      return v;
    } catch {
      this.misses++; // a torn or foreign file: recompute and overwrite
      return null;
    }
  }

  set(key: string, value: CachedExtraction): void {
    const p = this.path(key);
    mkdirSync(join(this.dir, key.slice(0, 2)), { recursive: true });
    const tmp = `${p}.tmp-${process.pid}-${Math.random().toString(36).slice(2)}`;
    try {
      writeFileSync(tmp, JSON.stringify({ extraction: packExtraction(value.extraction), errors: value.errors }));
      renameSync(tmp, p);
    } catch (e) {
      rmSync(tmp, { force: true });
      throw e;
    }
  }
}
