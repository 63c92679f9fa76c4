/**
 * Merge shard outputs into one corpus result, equal to an unsharded run:
 * per-article extractions are put back in corpus order, error rows joined,
 * and the corpus-level steps (actors and events linked across articles,
 * overlaps between articles) recomputed over the whole corpus.
 */
import { Knowledge } from '../knowledge/index.ts';
import type { ErrorRow } from '../types.ts';
import { findBundles, readBundle, type Bundle } from './bundle.ts';
import type { ArticleExtraction, CorpusResult } from './result.ts';
import { finishCorpus } from './run.ts';

export async function mergeShards(dirs: string[], knowledgeDirs?: string[]): Promise<CorpusResult> {
  const paths = findBundles(dirs);
  if (paths.length === 0) throw new Error(`no shard files (extractions/shard=K-of-N.ndjson.gz) in ${dirs.join(', ')}`);
  const bundles: Bundle[] = [];
  for (const p of paths) bundles.push(await readBundle(p));
  return mergeBundles(bundles, knowledgeDirs);
}

export function mergeBundles(bundles: Bundle[], knowledgeDirs?: string[]): CorpusResult {
  const first = bundles[0].meta;
  const n = first.shard.n;
  const seen = new Map<number, number>();
  for (const b of bundles) {
    if (b.meta.shard.n !== n) throw new Error(`shards of different splits: ${n} and ${b.meta.shard.n}`);
    if (b.meta.fingerprint !== first.fingerprint) {
      throw new Error(`shard ${b.meta.shard.k}/${n} was made from other data or another pipeline version (fingerprint ${b.meta.fingerprint}, expected ${first.fingerprint})`);
    }
    seen.set(b.meta.shard.k, (seen.get(b.meta.shard.k) ?? 0) + 1);
  }
  const missing = Array.from({ length: n }, (_, i) => i + 1).filter((k) => !seen.has(k));
  if (missing.length) throw new Error(`missing shard(s) ${missing.map((k) => `${k}/${n}`).join(', ')}`);
  const twice = [...seen].filter(([, c]) => c > 1).map(([k]) => `${k}/${n}`);
  if (twice.length) throw new Error(`shard(s) given more than once: ${twice.join(', ')}`);

  const items: Array<{ position: number; extraction: ArticleExtraction }> = [];
  const errors: ErrorRow[] = [];
  for (const b of bundles) {
    b.extractions.forEach((extraction, i) => items.push({ position: b.positions[i], extraction }));
    errors.push(...b.errors);
  }
  items.sort((a, b) => a.position - b.position);
  const kb = new Knowledge(knowledgeDirs ?? first.knowledgeDirs);
  return finishCorpus(
    first.corpusDir,
    items.map((x) => x.extraction),
    errors,
    kb,
    first.fingerprint,
  );
}
