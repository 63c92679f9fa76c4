/**
 * One shard of a corpus run (`claimscope extract --shard K/N`): read and clean
 * the whole corpus (cleaning is corpus-level), extract only this shard's
 * articles, and write
 *   - `<out>/extractions/shard=K-of-N.ndjson.gz`: the per-article results `merge` needs;
 *   - `<out>/<table>/shard=K-of-N.<format>` for the per-article tables
 *     (articles, claims, quotes, mentions, boilerplate, errors): usable at
 *     once, e.g. as a partitioned Parquet dataset. Corpus-level tables (actors,
 *     events, event_reports, overlaps) exist only after `claimscope merge`.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Format } from '../tables/encode.ts';
import { encode } from '../tables/encode.ts';
import { buildTables, tableDef } from '../tables/index.ts';
import { writeFileAtomic } from '../tables/write.ts';
import { writeBundle } from './bundle.ts';
import { corpusFingerprint } from './fingerprint.ts';
import type { CorpusResult } from './result.ts';
import { extractPrepared, finishCorpus, prepareCorpus, type AsyncRunOptions } from './run.ts';
import { shardName, type Shard } from './shard.ts';

/** Tables whose rows depend on one article only: correct per shard. */
export const PER_ARTICLE_TABLES = ['articles', 'claims', 'quotes', 'mentions', 'boilerplate', 'errors'];

export interface ShardRun {
  result: CorpusResult;
  written: string[];
}

export async function runShard(corpusDir: string, outDir: string, formats: Format[], options: AsyncRunOptions & { shard: Shard }): Promise<ShardRun> {
  const prep = prepareCorpus(corpusDir, options);
  const extractions = await extractPrepared(prep, options);
  const fingerprint = corpusFingerprint(prep.dir);
  const written = [
    await writeBundle(outDir, {
      meta: { format: 'claimscope-shard/1', shard: options.shard, fingerprint, corpusDir: prep.dir, knowledgeDirs: prep.knowledgeDirs, articles: extractions.length },
      positions: prep.positions,
      extractions,
      errors: prep.errors,
    }),
  ];
  const result = finishCorpus(prep.dir, extractions, prep.errors, prep.kb, fingerprint);
  const tables = buildTables(result);
  for (const name of PER_ARTICLE_TABLES) {
    const dir = join(outDir, name);
    mkdirSync(dir, { recursive: true });
    for (const f of formats) {
      const path = join(dir, `${shardName(options.shard)}.${f}`);
      writeFileAtomic(path, encode(f, tableDef(name), tables[name]));
      written.push(path);
    }
  }
  return { result, written };
}
