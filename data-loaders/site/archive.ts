/**
 * What the site's archive loader emits: every table as Arrow IPC plus a
 * `meta.json`, packed as a deterministic tar. Kept here (not in src/) so the
 * pipeline library stays independent of Framework and the code is testable.
 */
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runCorpus } from '../pipeline/run.ts';
import { getPipelineVersion } from '../pipeline/fingerprint.ts';
import { buildTables, TABLES } from '../tables/index.ts';
import { encodeArrow } from '../tables/encode.ts';
import { tar, type TarEntry } from '../tables/tar.ts';

/** Project root (the folder holding `corpus/` and `data-loaders/`). */
export const PROJECT_ROOT = resolve(fileURLToPath(new URL('../..', import.meta.url)));

/** The corpus the site is built from: CLAIMSCOPE_CORPUS, else the bundled sample. */
export function siteCorpusDir(): string {
  return resolve(PROJECT_ROOT, process.env.CLAIMSCOPE_CORPUS ?? 'corpus/kursk-2025');
}

/** What `siteArchive` hands to an `extra` hook: the tables, the meta and the pipeline result. */
export type ArchiveExtra = (tables: ReturnType<typeof buildTables>, meta: { corpus: string; fingerprint: string; pipeline_version: string; counts: Record<string, number> }, result: ReturnType<typeof runCorpus>) => TarEntry[];

export function siteArchive(corpusDir = siteCorpusDir(), extra?: ArchiveExtra): Uint8Array {
  const result = runCorpus(corpusDir);
  const tables = buildTables(result);
  const entries: TarEntry[] = TABLES.map((def) => ({ name: `${def.name}.arrow`, data: encodeArrow(def, tables[def.name]) }));
  const meta = {
    corpus: corpusDir.startsWith(PROJECT_ROOT) ? corpusDir.slice(PROJECT_ROOT.length + 1) : corpusDir,
    fingerprint: result.fingerprint,
    pipeline_version: getPipelineVersion(),
    counts: Object.fromEntries(TABLES.map((t) => [t.name, tables[t.name].length])),
  };
  entries.push({ name: 'meta.json', data: JSON.stringify(meta, null, 2) + '\n' });
  if (extra) entries.push(...extra(tables, meta, result));
  return tar(entries);
}
