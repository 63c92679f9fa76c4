/**
 * Keeps Framework's loader cache honest. Framework re-runs a data loader only
 * when the loader file itself changes, and `build` reuses any cached output;
 * our loader depends on the corpus and on the whole pipeline. Before Framework
 * starts, `ensureFreshCache` fingerprints those inputs and drops the cached
 * loader outputs when the fingerprint differs from the one stored last time.
 *
 * It also pins the versions of the `npm:` modules Framework's client bundle
 * names (react-dom, lodash, …) but our pages never load, so that a build needs
 * no network: Framework otherwise asks the npm registry for their versions.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { hashTree } from '../pipeline/fingerprint.ts';

export interface CacheOptions {
  /** Framework's cache folder (`src/.observablehq/cache`). */
  cacheDir: string;
  /** Folders and files whose contents the loader output depends on. */
  inputs: string[];
  /** Extra strings that change the output (environment settings). */
  salt?: string[];
}

export interface CacheCheck {
  fingerprint: string;
  /** True when cached loader outputs were dropped. */
  cleared: boolean;
}

const STAMP = '.claimscope-fingerprint';

export function inputsFingerprint(inputs: string[], salt: string[] = []): string {
  const h = createHash('sha256');
  for (const p of inputs) {
    h.update(p).update('\0');
    if (!existsSync(p)) continue;
    if (statSync(p).isDirectory()) h.update(hashTree([p]));
    else h.update(readFileSync(p));
  }
  for (const s of salt) h.update('\0').update(s);
  return h.digest('hex').slice(0, 20);
}

export function ensureFreshCache({ cacheDir, inputs, salt = [] }: CacheOptions): CacheCheck {
  const fingerprint = inputsFingerprint(inputs, salt);
  const stampPath = join(cacheDir, STAMP);
  const previous = existsSync(stampPath) ? readFileSync(stampPath, 'utf8').trim() : null;
  let cleared = false;
  if (previous !== fingerprint) {
    const dataDir = join(cacheDir, 'data');
    if (existsSync(dataDir)) {
      rmSync(dataDir, { recursive: true, force: true });
      cleared = true;
    }
    mkdirSync(cacheDir, { recursive: true });
    writeFileSync(stampPath, fingerprint + '\n');
  }
  return { fingerprint, cleared };
}

/**
 * Create `_npm/<name>@<version>` folders for every `npm:` specifier in
 * Framework's client code, so Framework resolves their versions offline.
 * Installed packages get their installed version; others a placeholder that
 * is never fetched because no page imports them.
 */
export function pinClientNpmVersions(cacheDir: string, projectRoot: string): string[] {
  const clientDir = join(projectRoot, 'node_modules/@observablehq/framework/dist/client');
  if (!existsSync(clientDir)) return [];
  const names = new Set<string>();
  const walk = (d: string) => {
    for (const f of readdirSync(d)) {
      const p = join(d, f);
      if (statSync(p).isDirectory()) walk(p);
      else if (f.endsWith('.js')) {
        for (const m of readFileSync(p, 'utf8').matchAll(/["'`]npm:((?:@[\w.-]+\/)?[\w.-]+)/g)) names.add(m[1]);
      }
    }
  };
  walk(clientDir);
  const pinned: string[] = [];
  for (const name of [...names].sort()) {
    const pkg = join(projectRoot, 'node_modules', name, 'package.json');
    const version = existsSync(pkg) ? (JSON.parse(readFileSync(pkg, 'utf8')).version as string) : '0.0.0';
    const npmDir = join(cacheDir, '_npm');
    const scopeDir = name.includes('/') ? join(npmDir, name.split('/')[0]) : npmDir;
    const base = name.split('/').pop() as string;
    const already = existsSync(scopeDir) && readdirSync(scopeDir).some((e) => e.startsWith(`${base}@`));
    if (!already) mkdirSync(join(npmDir, `${name}@${version}`), { recursive: true });
    pinned.push(`${name}@${version}`);
  }
  return pinned;
}
