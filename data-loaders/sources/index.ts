/**
 * Read a corpus folder into Articles: list the files (from `manifest.json`,
 * or every file a reader claims), decode them, parse them with their reader,
 * merge manifest metadata over what the reader found, and give every story a
 * stable id. Anything that goes wrong becomes an `errors` row; the rest of the
 * corpus is read as usual.
 */
import { readdirSync, readFileSync, statSync, existsSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import type { Article, ArticleMeta, ErrorRow, MetaField } from '../types.ts';
import { decode } from './decode.ts';
import { articleId } from './id.ts';
import { readManifest, type ManifestEntry } from './manifest.ts';
import type { ReaderOptions } from './reader.ts';
import { knownExtensions, readerFor } from './registry.ts';

export interface ReadOptions extends ReaderOptions {
  /** Files larger than this are refused with an error row (default 64 MiB). */
  maxBytes?: number;
}

export interface ReadResult {
  articles: Article[];
  errors: ErrorRow[];
}

const META_FIELDS: MetaField[] = ['title', 'outlet', 'published', 'url', 'language', 'byline'];

export function listCorpusFiles(dir: string): string[] {
  const exts = knownExtensions();
  const out: string[] = [];
  const walk = (d: string) => {
    for (const name of readdirSync(d).sort()) {
      if (name.startsWith('.') || name === 'gold' || name === 'node_modules') continue;
      const p = join(d, name);
      const st = statSync(p);
      if (st.isDirectory()) walk(p);
      else if (name !== 'manifest.json' && exts.some((e) => name.toLowerCase().endsWith(e))) out.push(relative(dir, p).split(sep).join('/'));
    }
  };
  walk(dir);
  return out;
}

export function readCorpus(dir: string, options: ReadOptions = {}): ReadResult {
  const errors: ErrorRow[] = [];
  const articles: Article[] = [];
  const manifest = readManifest(dir);
  if (manifest.error) errors.push({ file: 'manifest.json', article_id: null, stage: 'manifest', severity: manifest.entries ? 'warning' : 'error', reason: manifest.error });
  const entries: ManifestEntry[] = manifest.entries ?? listCorpusFiles(dir).map((file) => ({ file }));
  const maxBytes = options.maxBytes ?? 64 * 1024 * 1024;

  for (const entry of entries) {
    const file = entry.file.split('\\').join('/');
    const path = join(dir, file);
    const fail = (stage: string, reason: string) => errors.push({ file, article_id: null, stage, severity: 'error', reason });
    if (!existsSync(path)) {
      fail('read', 'file listed in manifest.json does not exist');
      continue;
    }
    const size = statSync(path).size;
    if (size > maxBytes) {
      fail('read', `file is ${(size / 1048576).toFixed(1)} MiB, over the ${(maxBytes / 1048576).toFixed(0)} MiB limit`);
      continue;
    }
    const decoded = decode(readFileSync(path));
    if (!decoded.ok) {
      fail('decode', decoded.reason);
      continue;
    }
    const reader = readerFor(file, decoded.text);
    if (!reader) {
      fail('read', 'no reader for this kind of file');
      continue;
    }
    let raws;
    try {
      raws = reader.read({ file, text: decoded.text, options });
    } catch (e) {
      fail('parse', `${reader.name} reader: ${(e as Error).message}`);
      continue;
    }
    raws.forEach((raw, i) => {
      const key = raw.key ?? (raws.length > 1 ? String(i) : null);
      const meta = {} as ArticleMeta;
      for (const f of META_FIELDS) meta[f] = (entry[f] as string | null | undefined) ?? raw[f] ?? null;
      articles.push({
        ...meta,
        id: articleId(file, key),
        file,
        key,
        format: reader.name,
        raw: raw.raw,
        inferred: {},
        wireCredits: [],
        captionHints: raw.captionHints ?? [],
        flags: raw.flags ?? [],
      });
    });
  }
  articles.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : (a.key ?? '') < (b.key ?? '') ? -1 : 1));
  return { articles, errors };
}
