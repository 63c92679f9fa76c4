/**
 * Bytes each page of a built site transfers, by static analysis of dist/:
 * the page's HTML, plus every stylesheet, script, module preload and module it
 * imports (followed recursively through relative imports), plus every file it
 * registers for FileAttachment (counted as fetched: an upper bound). Each
 * resource counts once per page. Uncompressed bytes.
 *
 *   npx tsx bench/page-weight.ts [dist]
 */
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';

export interface PageWeight {
  page: string;
  bytes: number;
  html: number;
  modules: number;
  styles: number;
  files: number;
  resources: number;
  /** The largest resources, for finding what to trim. */
  largest: Array<{ path: string; bytes: number }>;
}

function htmlFiles(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const n of readdirSync(d).sort()) {
      const p = join(d, n);
      if (statSync(p).isDirectory()) {
        if (n !== '_observablehq' && n !== '_npm' && n !== '_import' && n !== '_file' && n !== '_node') walk(p);
      } else if (n.endsWith('.html')) out.push(p);
    }
  };
  walk(dir);
  return out;
}

const strip = (u: string) => u.split(/[?#]/)[0];
const local = (u: string) => !/^(?:[a-z]+:)?\/\//i.test(u) && !u.startsWith('data:');

function resolveRef(root: string, from: string, ref: string): string | null {
  if (!local(ref)) return null;
  const p = ref.startsWith('/') ? join(root, strip(ref)) : resolve(dirname(from), strip(ref));
  return existsSync(p) && statSync(p).isFile() ? p : null;
}

/** Relative module specifiers in a JS text: static imports, re-exports, dynamic imports of literals. */
function jsImports(text: string): string[] {
  const out: string[] = [];
  const re = /(?:\bimport\s*(?:[\w*{}\s,$]+\s*from\s*)?|\bexport\s*[\w*{}\s,$]+\s*from\s*|\bimport\s*\(\s*)["']([^"']+)["']/g;
  for (let m = re.exec(text); m; m = re.exec(text)) if (m[1].startsWith('.') || m[1].startsWith('/')) out.push(m[1]);
  return out;
}

export function pageWeight(root: string, page: string): PageWeight {
  const html = readFileSync(page, 'utf8');
  const seen = new Map<string, 'module' | 'style' | 'file'>();
  const add = (from: string, ref: string, kind: 'module' | 'style' | 'file') => {
    const p = resolveRef(root, from, ref);
    if (!p || seen.has(p)) return;
    seen.set(p, kind);
    if (kind === 'module' && p.endsWith('.js')) for (const r of jsImports(readFileSync(p, 'utf8'))) add(p, r, 'module');
    if (kind === 'style' && p.endsWith('.css')) {
      for (const m of readFileSync(p, 'utf8').matchAll(/@import\s+(?:url\()?["']([^"')]+)["']/g)) add(p, m[1], 'style');
    }
  };
  for (const m of html.matchAll(/<link\b[^>]*>/g)) {
    const tag = m[0];
    const href = /href="([^"]+)"/.exec(tag)?.[1];
    const rel = /rel="([^"]+)"/.exec(tag)?.[1] ?? '';
    if (!href) continue;
    if (rel.includes('modulepreload')) add(page, href, 'module');
    else if (rel.includes('stylesheet')) add(page, href, 'style');
    else if (rel.includes('preload')) add(page, href, 'file');
  }
  for (const m of html.matchAll(/<script\b[^>]*\bsrc="([^"]+)"/g)) add(page, m[1], 'module');
  for (const m of html.matchAll(/<script\b[^>]*>([\s\S]*?)<\/script>/g)) {
    for (const r of jsImports(m[1])) add(page, r, 'module');
    for (const f of m[1].matchAll(/"path"\s*:\s*"([^"]+)"/g)) add(page, f[1], 'file');
  }
  const sizes = [...seen].map(([p, kind]) => ({ p, kind, bytes: statSync(p).size }));
  const sum = (k: string) => sizes.filter((s) => s.kind === k).reduce((n, s) => n + s.bytes, 0);
  const htmlBytes = Buffer.byteLength(html);
  return {
    page: '/' + relative(root, page).replace(/\\/g, '/').replace(/(?:index)?\.html$/, ''),
    bytes: htmlBytes + sizes.reduce((n, s) => n + s.bytes, 0),
    html: htmlBytes,
    modules: sum('module'),
    styles: sum('style'),
    files: sum('file'),
    resources: sizes.length,
    largest: sizes
      .sort((a, b) => b.bytes - a.bytes)
      .slice(0, 3)
      .map((s) => ({ path: relative(root, s.p), bytes: s.bytes })),
  };
}

export function siteWeights(root: string): PageWeight[] {
  return htmlFiles(root).map((p) => pageWeight(root, p));
}

const invokedDirectly = process.argv[1] && import.meta.url.endsWith(process.argv[1].split('/').pop() ?? '');
if (invokedDirectly) {
  const root = process.argv[2] ?? 'dist';
  const pages = siteWeights(root).sort((a, b) => b.bytes - a.bytes);
  for (const p of pages) process.stdout.write(`${(p.bytes / 1e6).toFixed(3).padStart(8)} MB  ${p.page}  (${p.resources} resources; largest ${p.largest.map((l) => `${l.path} ${(l.bytes / 1e3).toFixed(0)} kB`).join(', ')})\n`);
  process.stdout.write(`${pages.length} pages; heaviest ${(pages[0]?.bytes / 1e6 || 0).toFixed(3)} MB\n`);
}
