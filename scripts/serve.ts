/**
 * Preview a built site (`dist/`) as a static host would serve it, offline,
 * with nothing but Node:
 *
 *   npx tsx scripts/serve.ts [dir] [--port 8080] [--prefix /claimscope/] [--no-clean-urls]
 *
 * - `--prefix` mounts the site under a sub-path (as GitHub Pages does for a
 *   project site); everything outside it is a 404, which exposes absolute links.
 * - Clean URLs are mapped like GitHub Pages, Netlify or nginx `try_files
 *   $uri $uri.html $uri/ =404` do: `/numbers` → `numbers.html`, `/x/` →
 *   `x/index.html`. `--no-clean-urls` serves only exact files and folder
 *   indexes, like a bare S3 bucket (build with CLAIMSCOPE_CLEAN_URLS=false).
 *
 * `startServer` is also used by tests/site/publish.test.ts.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { parseArgs } from 'node:util';
import { fileURLToPath } from 'node:url';

export interface ServeOptions {
  dir: string;
  /** Sub-path the site is mounted at (default `/`). */
  prefix?: string;
  /** Map `/x` to `x.html` (default true). */
  cleanUrls?: boolean;
  /** 0 picks a free port. */
  port?: number;
  host?: string;
}

export interface RunningServer {
  /** Where the site's root is: `http://host:port/prefix/`. */
  url: string;
  /** Every path requested, with its status. */
  log: Array<{ path: string; status: number }>;
  close(): Promise<void>;
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.arrow': 'application/vnd.apache.arrow.file',
  '.parquet': 'application/vnd.apache.parquet',
  '.csv': 'text/csv; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.woff2': 'font/woff2',
};

/** `/claimscope` → `/claimscope/`; `` → `/`. */
export function normalisePrefix(prefix = '/'): string {
  const inner = prefix.replace(/^\/+|\/+$/g, '');
  return inner ? `/${inner}/` : '/';
}

export function startServer({ dir, prefix = '/', cleanUrls = true, port = 0, host = '127.0.0.1' }: ServeOptions): Promise<RunningServer> {
  const root = resolve(dir);
  const mount = normalisePrefix(prefix);
  const log: RunningServer['log'] = [];
  const find = (rel: string): string | null => {
    const candidates = rel === '' || rel.endsWith('/') ? [`${rel}index.html`] : cleanUrls ? [rel, `${rel}.html`, `${rel}/index.html`] : [rel];
    for (const c of candidates) {
      const p = normalize(join(root, c));
      if (p !== root && !p.startsWith(root + sep)) return null; // no escaping the folder
      if (existsSync(p) && statSync(p).isFile()) return p;
    }
    return null;
  };
  const server: Server = createServer((req, res) => {
    let path: string;
    try {
      path = decodeURIComponent(new URL(req.url ?? '/', 'http://localhost').pathname);
    } catch {
      path = '';
    }
    const send = (status: number, headers: Record<string, string>, body?: Buffer | string) => {
      log.push({ path, status });
      res.writeHead(status, headers).end(body);
    };
    if (`${path}/` === mount) return send(301, { location: mount });
    const file = path.startsWith(mount) ? find(path.slice(mount.length)) : null;
    if (!file) return send(404, { 'content-type': 'text/plain; charset=utf-8' }, 'not found\n');
    send(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' }, readFileSync(file));
  });
  return new Promise((ok, fail) => {
    server.once('error', fail);
    server.listen(port, host, () => {
      const addr = server.address();
      const actual = typeof addr === 'object' && addr ? addr.port : port;
      ok({ url: `http://${host}:${actual}${mount}`, log, close: () => new Promise<void>((done) => server.close(() => done())) });
    });
  });
}

async function main() {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      port: { type: 'string', default: '8080' },
      prefix: { type: 'string', default: '/' },
      'no-clean-urls': { type: 'boolean', default: false },
      host: { type: 'string', default: '127.0.0.1' },
    },
  });
  const dir = positionals[0] ?? 'dist';
  if (!existsSync(join(dir, 'index.html'))) {
    process.stderr.write(`serve: ${dir}/index.html not found; run "npm run build" first\n`);
    process.exit(1);
  }
  const s = await startServer({ dir, prefix: values.prefix, cleanUrls: !values['no-clean-urls'], port: Number(values.port), host: values.host });
  process.stdout.write(`serving ${resolve(dir)} at ${s.url} (Ctrl-C to stop)\n`);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) void main();
