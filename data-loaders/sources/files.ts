/**
 * Which files of a corpus folder are stories: every file, recursively, except
 * hidden ones, manifests (`manifest.json` / `.yaml` / `.yml`), and the `gold/` and
 * `node_modules/` folders.
 * Files no reader can take (by ending or, for files without one, by content)
 * are returned separately so they can be reported rather than silently skipped.
 */
import { readdirSync, realpathSync, statSync, type Stats } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { RESERVED_FILES, knownExtensions } from './registry.ts';

export interface CorpusFiles {
  /** Files a reader claims or may sniff, and files without an ending. */
  readable: string[];
  /** Files with an ending no reader claims (`.pdf`, `.png`, …). */
  unsupported: string[];
}

const SKIPPED_DIRS = new Set(['gold', 'node_modules']);

export function listCorpusFiles(dir: string): CorpusFiles {
  const exts = knownExtensions();
  const readable: string[] = [];
  const unsupported: string[] = [];
  // Real paths of the folders walked: a symbolic link back up the tree is entered once, not forever.
  const visited = new Set<string>();
  const walk = (d: string) => {
    const real = realpathSync(d);
    if (visited.has(real)) return;
    visited.add(real);
    for (const name of readdirSync(d).sort()) {
      if (name.startsWith('.')) continue;
      const p = join(d, name);
      const st = statOrNull(p);
      if (!st) continue; // a dangling or looping symbolic link: nothing to read
      if (st.isDirectory()) {
        if (!SKIPPED_DIRS.has(name)) walk(p);
        continue;
      }
      if (!st.isFile()) continue;
      const rel = relative(dir, p).split(sep).join('/');
      if (RESERVED_FILES.includes(name)) continue;
      const lower = name.toLowerCase();
      if (exts.some((e) => lower.endsWith(e)) || !lower.includes('.')) readable.push(rel);
      else unsupported.push(rel);
    }
  };
  walk(dir);
  return { readable, unsupported };
}

function statOrNull(path: string): Stats | null {
  try {
    return statSync(path);
  } catch {
    return null;
  }
}
