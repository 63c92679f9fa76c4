/**
 * `manifest.json`: an array of `{file, outlet?, published?, title?, url?,
 * language?}` with `file` relative to the corpus folder. Manifest metadata
 * overrides what readers find.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ArticleMeta } from '../types.ts';

export interface ManifestEntry extends Partial<ArticleMeta> {
  file: string;
  [extra: string]: unknown;
}

export type ManifestResult = { entries: ManifestEntry[] | null; error: string | null };

export function readManifest(dir: string): ManifestResult {
  const path = join(dir, 'manifest.json');
  if (!existsSync(path)) return { entries: null, error: null };
  let data: unknown;
  try {
    data = JSON.parse(readFileSync(path, 'utf8'));
  } catch (e) {
    return { entries: null, error: `manifest.json is not valid JSON: ${(e as Error).message}` };
  }
  if (!Array.isArray(data)) return { entries: null, error: 'manifest.json must be an array of {file, …} entries' };
  const entries: ManifestEntry[] = [];
  for (const item of data) {
    if (item && typeof item === 'object' && typeof (item as ManifestEntry).file === 'string') entries.push(item as ManifestEntry);
  }
  return { entries, error: entries.length === data.length ? null : 'manifest.json has entries without a "file" string; they were skipped' };
}
