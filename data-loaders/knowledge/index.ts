/**
 * Data-driven knowledge: every vocabulary the pipeline uses (unit words, speech
 * verbs, actor gazetteer, outlet signatures, boilerplate rules, …) lives in a
 * YAML file in this folder. Users extend it without touching code by pointing
 * `--knowledge <dir>` (or `CLAIMSCOPE_KNOWLEDGE`) at a folder of files with the
 * same names: lists are appended, maps are merged key by key (user wins).
 */
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readYaml } from './parsed-files.ts';

export const BUILTIN_KNOWLEDGE_DIR = dirname(fileURLToPath(import.meta.url));

export class Knowledge {
  readonly dirs: string[];
  private cache = new Map<string, unknown>();

  constructor(extraDirs: string[] = []) {
    this.dirs = [BUILTIN_KNOWLEDGE_DIR, ...extraDirs];
  }

  /**
   * The merged contents of `<name>.yaml` across the knowledge folders.
   * Throws when no folder has the file: a missing built-in file is a bug.
   */
  get<T>(name: string): T {
    if (this.cache.has(name)) return this.cache.get(name) as T;
    let merged: unknown = undefined;
    for (const dir of this.dirs) {
      const path = join(dir, `${name}.yaml`);
      if (!existsSync(path)) continue;
      const data = readYaml(path);
      merged = merge(merged, data);
    }
    if (merged === undefined) throw new Error(`knowledge file ${name}.yaml not found in ${this.dirs.join(', ')}`);
    this.cache.set(name, merged);
    return merged as T;
  }

  /** Memoise a value derived from knowledge (compiled regexes, lookup maps). */
  derive<T>(key: string, build: (kb: Knowledge) => T): T {
    const k = `derived:${key}`;
    if (!this.cache.has(k)) this.cache.set(k, build(this));
    return this.cache.get(k) as T;
  }
}

function merge(a: unknown, b: unknown): unknown {
  if (a === undefined || a === null) return b;
  if (b === undefined || b === null) return a;
  if (Array.isArray(a) && Array.isArray(b)) return [...a, ...b];
  if (isObject(a) && isObject(b)) {
    const out: Record<string, unknown> = { ...a };
    for (const [k, v] of Object.entries(b)) out[k] = k in out ? merge(out[k], v) : v;
    return out;
  }
  return b;
}

function isObject(x: unknown): x is Record<string, unknown> {
  return typeof x === 'object' && x !== null && !Array.isArray(x);
}

let defaultKnowledge: Knowledge | null = null;

/** The process-wide knowledge: built-in files plus `CLAIMSCOPE_KNOWLEDGE` folders (`:`-separated). */
export function getKnowledge(): Knowledge {
  if (!defaultKnowledge) {
    const extra = (process.env.CLAIMSCOPE_KNOWLEDGE ?? '').split(':').filter(Boolean);
    defaultKnowledge = new Knowledge(extra);
  }
  return defaultKnowledge;
}
