/**
 * A shard's per-article results on disk, for `claimscope merge`: one gzipped
 * NDJSON file `<out>/extractions/shard=K-of-N.ndjson.gz`:
 *
 *   {"meta": {format, shard, fingerprint, corpusDir, knowledgeDirs, articles}}
 *   {"position": 17, "extraction": {...}}      one line per article of the shard (pack.ts form)
 *   {"error": {...}}                           one line per error row of the shard
 *
 * `position` is the article's place in the whole corpus, so merging restores
 * the unsharded order exactly. Written as a stream: a shard never holds its
 * serialised form in memory at once.
 */
import { createReadStream, createWriteStream, mkdirSync, readdirSync, existsSync, renameSync } from 'node:fs';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { once } from 'node:events';
import { createGunzip, createGzip } from 'node:zlib';
import type { ErrorRow } from '../types.ts';
import { packExtraction, unpackExtraction } from './pack.ts';
import type { ArticleExtraction } from './result.ts';
import { shardName, type Shard } from './shard.ts';

export const BUNDLE_FORMAT = 'claimscope-shard/1';

export interface BundleMeta {
  format: string;
  shard: Shard;
  fingerprint: string;
  corpusDir: string;
  knowledgeDirs: string[];
  articles: number;
}

export interface Bundle {
  meta: BundleMeta;
  positions: number[];
  extractions: ArticleExtraction[];
  errors: ErrorRow[];
}

export function bundlePath(outDir: string, shard: Shard): string {
  return join(outDir, 'extractions', `${shardName(shard)}.ndjson.gz`);
}

export async function writeBundle(outDir: string, b: Bundle): Promise<string> {
  const path = bundlePath(outDir, b.meta.shard);
  mkdirSync(join(outDir, 'extractions'), { recursive: true });
  const tmp = `${path}.tmp-${process.pid}`;
  const gz = createGzip({ level: 6 });
  const file = createWriteStream(tmp);
  gz.pipe(file);
  const put = async (obj: unknown) => {
    if (!gz.write(JSON.stringify(obj) + '\n')) await once(gz, 'drain');
  };
  await put({ meta: b.meta });
  for (let i = 0; i < b.extractions.length; i++) await put({ position: b.positions[i], extraction: packExtraction(b.extractions[i]) });
  for (const e of b.errors) await put({ error: e });
  gz.end();
  await once(file, 'close');
  renameSync(tmp, path);
  return path;
}

export async function readBundle(path: string): Promise<Bundle> {
  const lines = createInterface({ input: createReadStream(path).pipe(createGunzip()), crlfDelay: Infinity });
  let meta: BundleMeta | null = null;
  const positions: number[] = [];
  const extractions: ArticleExtraction[] = [];
  const errors: ErrorRow[] = [];
  for await (const line of lines) {
    if (!line) continue;
    const o = JSON.parse(line);
    if (o.meta) meta = o.meta;
    else if (o.extraction) {
      positions.push(o.position);
      extractions.push(unpackExtraction(o.extraction));
    } else if (o.error) errors.push(o.error);
  }
  if (!meta || meta.format !== BUNDLE_FORMAT) throw new Error(`${path}: not a claimscope shard file`);
  return { meta, positions, extractions, errors };
}

/** Shard files in the given output folders (each folder, or its `extractions/` subfolder). */
export function findBundles(dirs: string[]): string[] {
  const out: string[] = [];
  for (const d of dirs) {
    for (const sub of [join(d, 'extractions'), d]) {
      if (!existsSync(sub)) continue;
      for (const f of readdirSync(sub).sort()) if (/^shard=\d+-of-\d+\.ndjson\.gz$/.test(f)) out.push(join(sub, f));
    }
  }
  return [...new Set(out)];
}
