/**
 * Read a corpus folder into Articles:
 *
 *   list files (files.ts) ─▶ decode (decode.ts) ─▶ parse (reader from registry.ts)
 *     ─▶ merge manifest metadata over the reader's (manifest.ts)
 *     ─▶ infer what is still missing, credit wire agencies, detect language (infer/)
 *
 * Every story gets a stable id (id.ts). Anything that goes wrong becomes an
 * `errors` row (stage `manifest`, `read`, `decode` or `parse`); the rest of the
 * corpus is read as usual. Nothing is dropped silently: unsupported files,
 * unreadable records and truncated stories are all reported.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { getKnowledge, type Knowledge } from '../knowledge/index.ts';
import type { Article, ArticleMeta, ErrorRow } from '../types.ts';
import { normaliseDate } from './dates.ts';
import { decode } from './decode.ts';
import { listCorpusFiles } from './files.ts';
import { articleId } from './id.ts';
import { inferMetadata } from './infer/index.ts';
import { META_KEYS, readManifest, type ManifestEntry } from './manifest.ts';
import type { RawArticle, ReaderOptions, ReaderProblem } from './reader.ts';
import { readerFor } from './registry.ts';

export { listCorpusFiles } from './files.ts';

export interface ReadOptions extends ReaderOptions {
  /**
   * Files larger than this many bytes are refused with an error row, before
   * being read (default 32 MiB). Raise it (CLI `--max-bytes`) for big exports.
   */
  maxBytes?: number;
  /** A story longer than this many characters is cut at a line end and flagged `truncated` (default 1,000,000). */
  maxArticleChars?: number;
  /** Knowledge for inference (default: the process-wide knowledge). */
  knowledge?: Knowledge;
}

export interface ReadResult {
  /** Sorted by file; stories of one file in the order the file holds them. */
  articles: Article[];
  errors: ErrorRow[];
}

export const DEFAULT_MAX_BYTES = 32 * 1024 * 1024;
export const DEFAULT_MAX_ARTICLE_CHARS = 1_000_000;

export function readCorpus(dir: string, options: ReadOptions = {}): ReadResult {
  const kb = options.knowledge ?? getKnowledge();
  const errors: ErrorRow[] = [];
  const articles: Article[] = [];
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  const maxChars = options.maxArticleChars ?? DEFAULT_MAX_ARTICLE_CHARS;

  const manifest = readManifest(dir);
  for (const reason of manifest.problems) {
    errors.push({ file: manifest.name ?? 'manifest', article_id: null, stage: 'manifest', severity: manifest.entries ? 'warning' : 'error', reason });
  }
  const byFile = new Map<string, ManifestEntry[]>();
  for (const e of manifest.entries ?? []) {
    const list = byFile.get(e.file);
    if (list) list.push(e);
    else byFile.set(e.file, [e]);
  }

  const listed = listCorpusFiles(dir);
  for (const file of listed.unsupported) {
    if (byFile.has(file)) continue; // listed in the manifest: read it and let decode/parse say what is wrong
    errors.push({ file, article_id: null, stage: 'read', severity: 'warning', reason: `no reader for "${extension(file)}" files; skipped` });
  }
  const files = [...new Set([...listed.readable, ...byFile.keys()])].sort();
  if (byFile.size > 0) {
    // Never lost, but said: a file beside the manifest that it does not list is read with inferred metadata.
    for (const file of listed.readable) {
      if (!byFile.has(file)) errors.push({ file, article_id: null, stage: 'manifest', severity: 'warning', reason: `not listed in ${manifest.name ?? 'the manifest'}; read with inferred metadata` });
    }
  }

  for (const file of files) {
    const fail = (stage: string, reason: string) => errors.push({ file, article_id: null, stage, severity: 'error', reason });
    const path = join(dir, file);
    if (!existsSync(path) || !statSync(path).isFile()) {
      fail('manifest', `listed in ${manifest.name ?? 'the manifest'} but there is no such file`);
      continue;
    }
    const size = statSync(path).size;
    if (size > maxBytes) {
      fail('read', `file is ${mib(size)} MiB, over the ${mib(maxBytes)} MiB limit (raise it with --max-bytes, or split the file)`);
      continue;
    }
    const decoded = decode(readFileSync(path), file);
    if (!decoded.ok) {
      fail('decode', decoded.reason);
      continue;
    }
    const reader = readerFor(file, decoded.text);
    if (!reader) {
      fail('read', 'no reader recognises this file (give it an ending such as .txt, .md, .html, .rss, .json)');
      continue;
    }
    const problems: ReaderProblem[] = [];
    let raws: RawArticle[];
    try {
      raws = reader.read({ file, text: decoded.text, options, report: (p) => problems.push(p) });
    } catch (e) {
      fail('parse', `${reader.name} reader: ${(e as Error).message}`);
      continue;
    }
    const idOfKey = new Map<string, string>();
    const entries = byFile.get(file) ?? [];
    const forKey = manifestEntriesByKey(entries);
    const usedKeys = new Set<string>();
    raws.forEach((raw, i) => {
      let key = raw.key ?? (raws.length > 1 ? String(i + 1) : null);
      if (key !== null && usedKeys.has(key)) key = `${key} (${i + 1})`;
      if (key !== null) usedKeys.add(key);
      const article = toArticle(file, key, reader.name, raw, forKey(key), errors, kb);
      if (!article.raw.trim()) {
        errors.push({ file, article_id: article.id, stage: 'parse', severity: 'error', reason: `${key ? `story "${key}"` : 'file'} has no text` });
        return;
      }
      if (article.raw.length > maxChars) {
        const cut = article.raw.lastIndexOf('\n', maxChars);
        article.raw = article.raw.slice(0, cut > maxChars / 2 ? cut : maxChars);
        article.flags.push('truncated');
        errors.push({ file, article_id: article.id, stage: 'read', severity: 'warning', reason: `story longer than ${maxChars.toLocaleString('en')} characters: cut to ${article.raw.length.toLocaleString('en')}` });
      }
      errors.push(...inferMetadata(article, raw.hints ?? {}, kb));
      if (key !== null) idOfKey.set(key, article.id);
      articles.push(article);
    });
    if (raws.length === 0 && problems.length === 0) fail('parse', `${reader.name} reader found no story in this file`);
    for (const p of problems) {
      const id = p.key != null ? idOfKey.get(p.key) ?? null : raws.length === 1 ? articles[articles.length - 1]?.id ?? null : null;
      errors.push({ file, article_id: id, stage: 'parse', severity: p.severity, reason: p.reason });
    }
    for (const e of entries) {
      if (e.key != null && !usedKeys.has(e.key)) {
        errors.push({ file, article_id: null, stage: 'manifest', severity: 'warning', reason: `manifest entry for key "${e.key}" matches no story in this file` });
      }
    }
  }
  return { articles, errors };
}

/**
 * The manifest entries that apply to the story with a given key: the file's
 * entries without a key, then those naming that key (later entries win).
 * Grouped once per file, so a file of many keyed stories costs linear time.
 */
function manifestEntriesByKey(entries: ManifestEntry[]): (key: string | null) => ManifestEntry[] {
  const unkeyed = entries.filter((e) => e.key == null);
  const keyed = new Map<string, ManifestEntry[]>();
  for (const e of entries) {
    if (e.key == null) continue;
    const list = keyed.get(e.key);
    if (list) list.push(e);
    else keyed.set(e.key, [e]);
  }
  return (key) => (key === null ? unkeyed : unkeyed.concat(keyed.get(key) ?? []));
}

/** Reader output + the manifest entries that apply to it → Article (manifest wins). */
function toArticle(file: string, key: string | null, format: string, raw: RawArticle, applicable: ManifestEntry[], errors: ErrorRow[], kb: Knowledge): Article {
  const id = articleId(file, key);
  const meta = {} as ArticleMeta;
  for (const f of META_KEYS) {
    let value: string | null = null;
    for (const e of applicable) if (typeof e[f] === 'string' && (e[f] as string).trim()) value = (e[f] as string).trim();
    if (value !== null && f === 'published') {
      const iso = normaliseDate(value, kb);
      if (!iso) errors.push({ file, article_id: id, stage: 'manifest', severity: 'warning', reason: `manifest date "${value}" is not a date; ignored` });
      value = iso;
    }
    if (value !== null && f === 'language') value = value.toLowerCase().split(/[-_]/)[0];
    meta[f] = value ?? (typeof raw[f] === 'string' && raw[f]!.trim() ? raw[f]!.trim() : null);
  }
  return {
    ...meta,
    id,
    file,
    key,
    format,
    raw: raw.raw.replace(/\r\n?/g, '\n'),
    inferred: {},
    wireCredits: [],
    captionHints: raw.captionHints ?? [],
    outsideMainText: raw.outsideMainText ?? [],
    flags: [...(raw.flags ?? [])],
  };
}

function mib(bytes: number): string {
  return (bytes / 1048576).toFixed(1).replace(/\.0$/, '');
}

function extension(file: string): string {
  const name = file.slice(file.lastIndexOf('/') + 1);
  return name.includes('.') ? name.slice(name.lastIndexOf('.')) : name;
}
