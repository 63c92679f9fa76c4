/**
 * The corpus manifest: `manifest.json` (or `manifest.yaml` / `manifest.yml`),
 * a list of `{file, key?, outlet?, published?, title?, url?, language?,
 * byline?}` with `file` relative to the corpus folder (other fields such as
 * `notes` are ignored). Manifest metadata overrides what readers find; `null`
 * means "not known" and overrides nothing. An entry with `key` applies to one
 * story of a multi-story file (feed guid, JSON id), without `key` to all.
 * The list may also sit under an `articles` (or `files`) key.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import type { ArticleMeta, MetaField } from '../types.ts';

export interface ManifestEntry extends Partial<ArticleMeta> {
  file: string;
  key?: string | null;
  [extra: string]: unknown;
}

export interface ManifestResult {
  /** The manifest file name, or null when the corpus has none. */
  name: string | null;
  /** Usable entries; null when there is no manifest or it could not be read at all. */
  entries: ManifestEntry[] | null;
  /** Problems: fatal when `entries` is null, else warnings about skipped entries. */
  problems: string[];
}

export const MANIFEST_NAMES = ['manifest.json', 'manifest.yaml', 'manifest.yml'];

/** The metadata fields a manifest entry (and every reader) may give, in a fixed order. */
export const META_KEYS = ['title', 'outlet', 'published', 'url', 'language', 'byline'] as const satisfies readonly MetaField[];

export function readManifest(dir: string): ManifestResult {
  const name = MANIFEST_NAMES.find((n) => existsSync(join(dir, n))) ?? null;
  if (!name) return { name: null, entries: null, problems: [] };
  let data: unknown;
  try {
    const text = readFileSync(join(dir, name), 'utf8').replace(/^\uFEFF/, '');
    data = name.endsWith('.json') ? JSON.parse(text) : parseYaml(text);
  } catch (e) {
    const what = name.endsWith('.json') ? 'JSON' : 'YAML';
    return { name, entries: null, problems: [`${name} is not valid ${what} (${(e as Error).message.split('\n')[0]}); every file in the folder is read without manifest metadata`] };
  }
  if (data && typeof data === 'object' && !Array.isArray(data)) {
    const o = data as Record<string, unknown>;
    data = Array.isArray(o.articles) ? o.articles : Array.isArray(o.files) ? o.files : data;
  }
  if (!Array.isArray(data)) {
    return { name, entries: null, problems: [`${name} must be a list of {file, …} entries; every file in the folder is read without manifest metadata`] };
  }
  const entries: ManifestEntry[] = [];
  const problems: string[] = [];
  data.forEach((item, i) => {
    if (!item || typeof item !== 'object' || typeof (item as ManifestEntry).file !== 'string' || !(item as ManifestEntry).file.trim()) {
      problems.push(`${name} entry ${i + 1} has no "file" string; skipped`);
      return;
    }
    const entry = { ...(item as ManifestEntry), file: (item as ManifestEntry).file.trim().split('\\').join('/').replace(/^\.\//, '') };
    for (const k of META_KEYS) {
      const v: unknown = entry[k];
      if (v !== undefined && v !== null && typeof v !== 'string') {
        if (v instanceof Date && k === 'published') entry[k] = v.toISOString().slice(0, 10);
        else {
          problems.push(`${name} entry ${i + 1} (${entry.file}): "${k}" must be a string or null; ignored`);
          delete entry[k];
        }
      }
    }
    if (entry.key !== undefined && entry.key !== null) entry.key = String(entry.key);
    entries.push(entry);
  });
  return { name, entries, problems };
}
