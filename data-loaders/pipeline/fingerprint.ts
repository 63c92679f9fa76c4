/**
 * Content fingerprints: a corpus folder's files and the pipeline's own code and
 * knowledge, hashed in a fixed order. The same bytes give the same hash on
 * every machine, whatever the file order on disk.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync, existsSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Root of the pipeline library (`data-loaders/`). */
export const PIPELINE_DIR = dirname(dirname(fileURLToPath(import.meta.url)));

/** Hash every file under the given folders (sorted relative paths and contents). */
export function hashTree(dirs: string[], accept: (path: string) => boolean = () => true): string {
  const h = createHash('sha256');
  for (const dir of dirs) {
    if (!existsSync(dir)) continue;
    const files: string[] = [];
    const walk = (d: string) => {
      for (const name of readdirSync(d).sort()) {
        if (name === 'node_modules' || name.startsWith('.')) continue;
        const p = join(d, name);
        if (statSync(p).isDirectory()) walk(p);
        else if (accept(p)) files.push(p);
      }
    };
    walk(dir);
    for (const f of files) {
      h.update(relative(dir, f).split(sep).join('/'));
      h.update('\0');
      h.update(readFileSync(f));
      h.update('\0');
    }
  }
  return h.digest('hex');
}

let pipelineVersion: string | null = null;

/** Hash of the pipeline's code and knowledge files: changes whenever extraction could change. */
export function getPipelineVersion(): string {
  if (pipelineVersion === null) {
    const extraKnowledge = (process.env.CLAIMSCOPE_KNOWLEDGE ?? '').split(':').filter(Boolean);
    pipelineVersion = hashTree([PIPELINE_DIR, ...extraKnowledge], (p) => /\.(ts|yaml|yml|json)$/.test(p)).slice(0, 16);
  }
  return pipelineVersion;
}

/** Fingerprint of a corpus run: corpus contents plus pipeline version. */
export function corpusFingerprint(corpusDir: string): string {
  return createHash('sha256')
    .update(hashTree([corpusDir]))
    .update(getPipelineVersion())
    .digest('hex')
    .slice(0, 16);
}
