/**
 * Test harness for the built site: build it into a temporary output folder,
 * serve that folder on localhost (optionally under a sub-path prefix, as a
 * static host would publish it), drive headless Chromium through
 * playwright-core and record what a page did wrong: console errors, uncaught
 * exceptions, failed requests and requests to any other origin.
 *
 *   const site = await buildSite({ corpus: 'corpus/kursk-2025' });
 *   const server = await serveStatic(site.outDir, { prefix: '/claimscope/' });
 *   const browser = await launchChromium();       // null when Chromium is missing
 *   const visit = await visitPage(browser!, server.url + 'numbers');
 *   expect(visit.consoleErrors).toEqual([]);
 *   await visit.close(); await browser!.close(); await server.close();
 *
 * Chromium is Debian's (`apt-get install -y chromium`, at /usr/bin/chromium);
 * tests should skip with a message when `hasChromium()` is false.
 */
import { spawn } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { pinClientNpmVersions } from '../../data-loaders/site/cache.ts';
import { startServer } from '../../scripts/serve.ts';

export const PROJECT_ROOT = resolve(fileURLToPath(new URL('../..', import.meta.url)));
export const CHROMIUM_PATH = process.env.CLAIMSCOPE_CHROMIUM ?? '/usr/bin/chromium';

/** Flags for a quiet, offline, sandbox-free headless Chromium. */
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

export const hasChromium = (): boolean => existsSync(CHROMIUM_PATH);

// ---------------------------------------------------------------------------
// Build

export interface BuildOptions {
  /** Corpus folder (absolute, or relative to the project root); default: the bundled sample. */
  corpus?: string;
  /** Output folder; default: a new temporary folder. */
  outDir?: string;
  /** Extra environment (CLAIMSCOPE_SITE_PAGES, CLAIMSCOPE_KNOWLEDGE, …). */
  env?: Record<string, string | undefined>;
  /** Give up after this long (ms). */
  timeoutMs?: number;
}

export interface BuiltSite {
  outDir: string;
  /** Build output (stdout and stderr). */
  log: string;
  ms: number;
}

/**
 * Build the site into `outDir`, isolated from any other build running in this
 * tree: `src/` is copied to a fresh source root next to it
 * (`<project>/.site-build-<random>/`, so the loader's relative imports still
 * resolve), with its own Framework cache, and Framework builds from that copy
 * (CLAIMSCOPE_SRC). A developer's `npm run dev` or another test's build of a
 * different corpus can therefore never hand this build a stale cached table.
 * The bundled npm modules of `src/.observablehq/cache/_node` are reused when
 * present (they depend only on node_modules). Rejects with the log on failure.
 */
export async function buildSite(options: BuildOptions = {}): Promise<BuiltSite> {
  const outDir = options.outDir ?? mkdtempSync(join(tmpdir(), 'claimscope-site-'));
  const srcCopy = mkdtempSync(join(PROJECT_ROOT, '.site-build-'));
  const t0 = Date.now();
  try {
    cpSync(join(PROJECT_ROOT, 'src'), srcCopy, { recursive: true, filter: (p) => !p.includes(`${sep}.observablehq`) });
    const cacheDir = join(srcCopy, '.observablehq/cache');
    const nodeCache = join(PROJECT_ROOT, 'src/.observablehq/cache/_node');
    try {
      if (existsSync(nodeCache)) cpSync(nodeCache, join(cacheDir, '_node'), { recursive: true });
    } catch {
      /* a concurrent build is rewriting it: Framework bundles the modules again */
    }
    pinClientNpmVersions(cacheDir, PROJECT_ROOT);
    const env: NodeJS.ProcessEnv = { ...process.env, ...options.env, CLAIMSCOPE_DIST: outDir, CLAIMSCOPE_SRC: srcCopy };
    if (options.corpus) env.CLAIMSCOPE_CORPUS = resolve(PROJECT_ROOT, options.corpus);
    const log = await run(join(PROJECT_ROOT, 'node_modules/.bin/observable'), ['build'], env, options.timeoutMs ?? 300_000);
    return { outDir, log, ms: Date.now() - t0 };
  } finally {
    rmSync(srcCopy, { recursive: true, force: true });
  }
}

function run(cmd: string, args: string[], env: NodeJS.ProcessEnv, timeoutMs: number): Promise<string> {
  return new Promise((ok, fail) => {
    const child = spawn(cmd, args, { cwd: PROJECT_ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let log = '';
    child.stdout.on('data', (d) => (log += d));
    child.stderr.on('data', (d) => (log += d));
    const timer = setTimeout(() => child.kill('SIGTERM'), timeoutMs);
    child.on('close', (code) => {
      clearTimeout(timer);
      if (code === 0) ok(log);
      else fail(new Error(`site build failed (exit ${code}):\n${log.slice(-4000)}`));
    });
  });
}

// ---------------------------------------------------------------------------
// Static server

export interface StaticServer {
  /** Origin, e.g. `http://127.0.0.1:41234`. */
  origin: string;
  /** Where the site's root is served: origin + prefix (ends with `/`). */
  url: string;
  /** Every path requested, in order (for asserting what a page fetched). */
  requests: string[];
  close(): Promise<void>;
}

/**
 * Serve `dir` as a static host with clean URLs would (scripts/serve.ts):
 * `/x` → `x.html`, `/x/` → `x/index.html`. With `prefix` (`/claimscope/`) the
 * site is mounted there and everything outside it is a 404, which catches
 * absolute links.
 */
export async function serveStatic(dir: string, { prefix = '/', host = '127.0.0.1' }: { prefix?: string; host?: string } = {}): Promise<StaticServer> {
  const server = await startServer({ dir, prefix, host });
  const url = new URL(server.url);
  return {
    origin: url.origin,
    url: server.url,
    get requests() {
      return server.log.map((r) => r.path);
    },
    close: server.close,
  };
}

// ---------------------------------------------------------------------------
// Browser

/** Headless Chromium, or null when it is not installed. */
export async function launchChromium(): Promise<Browser | null> {
  if (!hasChromium()) return null;
  const { chromium } = await import('playwright-core');
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
}

export interface PageVisit {
  page: Page;
  /** Console messages of type `error`, and uncaught exceptions. */
  consoleErrors: string[];
  /** Requests to any origin other than the page's own. */
  foreignRequests: string[];
  /** Same-origin requests that failed or answered 4xx/5xx. */
  failedRequests: string[];
  close(): Promise<void>;
}

export interface VisitOptions {
  /** Wait after load for rendering to settle (ms). */
  settleMs?: number;
  /** Colour scheme to emulate. */
  colorScheme?: 'light' | 'dark';
  viewport?: { width: number; height: number };
  timeoutMs?: number;
}

/**
 * Open `url` in a fresh context and record its errors and requests. Requests
 * to other origins are aborted (and recorded), so a page that would reach a
 * CDN fails visibly instead of hanging offline.
 */
export async function visitPage(browser: Browser, url: string, options: VisitOptions = {}): Promise<PageVisit> {
  const origin = new URL(url).origin;
  const context = await browser.newContext({ colorScheme: options.colorScheme ?? 'light', viewport: options.viewport ?? { width: 1200, height: 900 } });
  const page = await context.newPage();
  const consoleErrors: string[] = [];
  const foreignRequests: string[] = [];
  const failedRequests: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') consoleErrors.push(m.text());
  });
  page.on('pageerror', (e) => consoleErrors.push(`uncaught: ${e.message}`));
  await page.route('**/*', (route) => {
    const u = route.request().url();
    if (u.startsWith('data:') || u.startsWith('blob:') || new URL(u).origin === origin) return route.continue();
    foreignRequests.push(u);
    return route.abort();
  });
  page.on('requestfailed', (r) => {
    if (new URL(r.url()).origin === origin) failedRequests.push(`${r.url()} (${r.failure()?.errorText ?? 'failed'})`);
  });
  page.on('response', (r) => {
    if (r.status() >= 400 && new URL(r.url()).origin === origin) failedRequests.push(`${r.url()} (${r.status()})`);
  });
  await page.goto(url, { waitUntil: 'load', timeout: options.timeoutMs ?? 30_000 });
  await page.waitForLoadState('networkidle', { timeout: options.timeoutMs ?? 30_000 }).catch(() => {});
  await page.waitForTimeout(options.settleMs ?? 300);
  return { page, consoleErrors, foreignRequests, failedRequests, close: () => context.close() };
}

/** Bytes of every response a page load transferred (for size budgets). */
export async function transferredBytes(browser: Browser, url: string): Promise<number> {
  const context = await browser.newContext();
  const page = await context.newPage();
  const sizes: Promise<number>[] = [];
  page.on('requestfinished', (r) => sizes.push(r.sizes().then((s) => s.responseBodySize + s.responseHeadersSize).catch(() => 0)));
  await page.goto(url, { waitUntil: 'networkidle' });
  const total = (await Promise.all(sizes)).reduce((a, b) => a + b, 0);
  await context.close();
  return total;
}
