/**
 * `npm run bench [-- options]`: throughput, memory, incremental cost and page
 * weight, printed in one run (never a timed test).
 *
 *   --sizes 1k,10k,100k   corpus sizes to measure (default: 1k, then every larger
 *                         size whose projected time fits in --minutes)
 *   --minutes 10          time budget for the default size choice
 *   --workers N           threads for the all-cores runs (default: every core)
 *   --skip-wink --skip-incremental --skip-site   leave parts out
 *   --no-build            measure the site in --dist without building it first
 *   --dist DIR            where the site is built (default bench/corpora/dist)
 *
 * Corpora are generated on first use into bench/corpora/<size> (gitignored,
 * bench/generate.ts). Each measured run is its own process (bench/measure.ts)
 * so its peak RSS is its own. Results also go to bench/corpora/results.json.
 * Throughput is given in wall-clock MB/s and in MB per CPU-second of the
 * process (load-independent); the wink-nlp reference runs first, on the first
 * size, and is compared both ways.
 */
import { spawnSync } from 'node:child_process';
import { appendFileSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync, copyFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { generateCorpus, parseSize } from './generate.ts';
import type { Measurement } from './measure.ts';
import { siteWeights } from './page-weight.ts';

const TARGETS = { mbPerSecPerCore: 2, seconds100kOn2Cores: 300, rssMB100k: 2048, incrementalSeconds: 3, pageMB: 1.5 };
const ROOT = 'bench/corpora';

const { values } = parseArgs({
  options: {
    sizes: { type: 'string' },
    minutes: { type: 'string', default: '10' },
    workers: { type: 'string' },
    'skip-wink': { type: 'boolean', default: false },
    'skip-incremental': { type: 'boolean', default: false },
    'skip-site': { type: 'boolean', default: false },
    'no-build': { type: 'boolean', default: false },
    dist: { type: 'string', default: join(ROOT, 'dist') },
  },
});
const cores = values.workers ? Number(values.workers) : availableParallelism();
const budgetMs = Number(values.minutes) * 60_000;
const started = Date.now();
const results: Record<string, unknown> = { date: new Date().toISOString(), cores, node: process.version };
const log = (s = '') => process.stdout.write(s + '\n');
const mb = (b: number) => b / 1e6;
const f1 = (x: number) => x.toFixed(1);
const f2 = (x: number) => x.toFixed(2);

function tsx(script: string, args: string[], env: Record<string, string> = {}): string {
  const r = spawnSync(process.execPath, ['--import', 'tsx', script, ...args], { encoding: 'utf8', env: { ...process.env, ...env }, maxBuffer: 1 << 26 });
  if (r.status !== 0) throw new Error(`${script} ${args.join(' ')} failed:\n${r.stderr}`);
  return r.stdout;
}

function measure(corpus: string, workers: number, extra: string[] = []): Measurement {
  const out = tsx('bench/measure.ts', [corpus, '--workers', String(workers), ...extra]);
  return JSON.parse(out.trim().split('\n').pop()!);
}

function ensureCorpus(label: string): string {
  const dir = join(ROOT, label);
  const n = parseSize(label);
  const manifest = join(dir, 'manifest.json');
  if (!existsSync(manifest) || (JSON.parse(readFileSync(manifest, 'utf8')) as unknown[]).length !== n) {
    const t = Date.now();
    const bytes = generateCorpus(dir, n);
    log(`  generated ${label}: ${n} articles, ${f1(mb(bytes))} MB in ${f1((Date.now() - t) / 1000)}s`);
  }
  return dir;
}

const extractMBs = (m: Measurement) => mb(m.bytes) / (m.ms.extract / 1000);
const totalMBs = (m: Measurement) => mb(m.bytes) / (m.ms.total / 1000);
// Per CPU-second of the process: what a core would do on an idle machine, barely moved by other load.
const extractCpuMBs = (m: Measurement) => mb(m.bytes) / (m.cpuMs.extract / 1000);
const totalCpuMBs = (m: Measurement) => mb(m.bytes) / (m.cpuMs.total / 1000);

// ── Reference: wink-nlp, measured first so that it shares the load of the runs it is compared with ──
type Wink = { bytes: number; ms: number; cpuMs: number };
let wink: Wink | null = null;
if (!values['skip-wink']) {
  const first = values.sizes ? values.sizes.split(',')[0].trim() : '1k';
  wink = JSON.parse(tsx('bench/wink.ts', [ensureCorpus(first)]).trim()) as Wink;
}

// ── Throughput and memory per size ─────────────────────────────────────────
log(`Claimscope benchmark · ${cores} core(s) · node ${process.version}`);
log('');
log('Throughput and memory (end to end = read + clean + extract + link + tables; extract = the per-article stages)');
const sizes = values.sizes ? values.sizes.split(',').map((s) => s.trim()) : ['1k', '10k', '100k'];
const auto = !values.sizes;
const rows: Array<{ size: string; one: Measurement; all: Measurement }> = [];
const skipped: string[] = [];
for (const size of sizes) {
  if (auto && rows.length) {
    const last = rows[rows.length - 1];
    const factor = parseSize(size) / last.one.articles;
    const projected = factor * (last.one.ms.total + last.all.ms.total) * 1.1;
    if (Date.now() - started + projected > budgetMs) {
      skipped.push(`${size} (projected ${f1(projected / 60000)} min)`);
      continue;
    }
  }
  const dir = ensureCorpus(size);
  const one = measure(dir, 0);
  const all = measure(dir, cores);
  rows.push({ size, one, all });
  log(
    `  ${size.padEnd(5)} ${String(one.articles).padStart(6)} articles ${f1(mb(one.bytes)).padStart(6)} MB │ 1 thread: ${f2(totalMBs(one))} MB/s end to end, ` +
      `${f2(extractMBs(one))} MB/s extract (per CPU-s: ${f2(totalCpuMBs(one))} end to end, ${f2(extractCpuMBs(one))} extract), ${f1(one.articles / (one.ms.total / 1000))} art/s, ${f1(one.ms.total / 1000)}s, peak ${Math.round(one.maxRssMB)} MB │ ` +
      `${cores} workers: ${f2(totalMBs(all))} MB/s, ${f1(all.articles / (all.ms.total / 1000))} art/s, ${f1(all.ms.total / 1000)}s, peak ${Math.round(all.maxRssMB)} MB`,
  );
  log(
    `        phases (1 thread): prepare ${f1(one.ms.prepare / 1000)}s · extract ${f1(one.ms.extract / 1000)}s · link ${f1(one.ms.link / 1000)}s · tables ${f1(one.ms.tables / 1000)}s`,
  );
}
results.sizes = rows;
for (let i = 1; i < rows.length; i++) {
  const a = rows[i - 1];
  const b = rows[i];
  const n = b.one.articles / a.one.articles;
  log(`  ${a.size} → ${b.size} (×${f1(n)} articles): time ×${f1(b.one.ms.total / a.one.ms.total)} (1 thread), ×${f1(b.all.ms.total / a.all.ms.total)} (${cores} workers); peak RSS ×${f1(b.all.maxRssMB / a.all.maxRssMB)}`);
}
if (skipped.length) log(`  not run within ${values.minutes} min: ${skipped.join(', ')}; run them with: npm run bench -- --sizes ${skipped.map((s) => s.split(' ')[0]).join(',')} --skip-site`);
if (rows.length) {
  const big = rows[rows.length - 1];
  const per100k = 100_000 / big.all.articles;
  const proj = (big.all.ms.total / 1000) * per100k;
  const measured100k = rows.find((r) => r.one.articles === 100_000);
  log('');
  log('Targets:');
  log(`  ≥ ${TARGETS.mbPerSecPerCore} MB/s per core: ${f2(totalMBs(big.one))} MB/s end to end, ${f2(extractMBs(big.one))} MB/s extract (${big.size}, 1 thread) → ${totalMBs(big.one) >= TARGETS.mbPerSecPerCore ? 'met' : 'MISSED'}`);
  log(`  100k articles ≤ ${TARGETS.seconds100kOn2Cores / 60} min on 2 cores: ${measured100k ? `${f1(measured100k.all.ms.total / 1000)}s measured` : `${f1(proj)}s projected linearly from ${big.size}`} → ${(measured100k ? measured100k.all.ms.total / 1000 : proj) <= TARGETS.seconds100kOn2Cores ? 'met' : 'MISSED'}`);
  // Memory: the marginal MB per article between the two largest sizes, on top of the largest; one size only: proportional (an upper bound).
  const prev = rows.length > 1 ? rows[rows.length - 2] : null;
  const perArticle = prev ? Math.max(0, (big.all.maxRssMB - prev.all.maxRssMB) / (big.all.articles - prev.all.articles)) : big.all.maxRssMB / big.all.articles;
  const rss100k = measured100k ? measured100k.all.maxRssMB : prev ? big.all.maxRssMB + perArticle * (100_000 - big.all.articles) : big.all.maxRssMB * per100k;
  const how = measured100k ? 'measured' : prev ? `projected: ${Math.round(big.all.maxRssMB)} MB at ${big.size} + ${f1(perArticle * 1000)} MB per 1,000 more articles (growth ${prev.size} → ${big.size})` : `projected proportionally from ${big.size} (an upper bound: part of RSS is fixed)`;
  log(`  peak RSS ≤ 2 GB at 100k: ${Math.round(rss100k)} MB ${how} → ${rss100k <= TARGETS.rssMB100k ? 'met' : 'MISSED'}`);
  results.projected100k = { seconds: proj, rssMB: rss100k, measured: !!measured100k };
}

// ── Reference: wink-nlp ────────────────────────────────────────────────────
if (wink && rows.length) {
  const w = wink;
  const winkMBs = mb(w.bytes) / (w.ms / 1000);
  const winkCpuMBs = mb(w.bytes) / (w.cpuMs / 1000);
  results.wink = { ...w, mbPerSec: winkMBs, mbPerCpuSec: winkCpuMBs };
  const one = rows[0].one;
  log('');
  log(
    `Reference: wink-nlp tokenizer + entities on ${rows[0].size}, 1 thread: ${f2(winkMBs)} MB/s (${f2(winkCpuMBs)} per CPU-s); ` +
      `Claimscope end to end is ×${f2(totalMBs(one) / winkMBs)} that speed (extract stages alone ×${f2(extractMBs(one) / winkMBs)}); ` +
      `per CPU-s ×${f2(totalCpuMBs(one) / winkCpuMBs)} end to end, ×${f2(extractCpuMBs(one) / winkCpuMBs)} extract`,
  );
}

// ── Incremental: one article added to a 10k corpus ─────────────────────────
if (!values['skip-incremental']) {
  const label = rows.some((r) => r.size === '10k') || values.sizes?.includes('10k') ? '10k' : (rows[rows.length - 1]?.size ?? '1k');
  const dir = ensureCorpus(label);
  const cache = join(ROOT, `.cache-${label}`);
  const out = join(ROOT, `.out-${label}`);
  log('');
  log(`Incremental: one article added to the ${label} corpus, per-article cache (${cores} workers)`);
  const cold = measure(dir, cores, ['--cache', cache, '--out', out]);
  log(`  cache fill run: ${f1(cold.ms.total / 1000)}s (${cold.cacheHits} of ${cold.articles} already cached)`);
  const manifestPath = join(dir, 'manifest.json');
  const manifest = readFileSync(manifestPath, 'utf8');
  const entries = JSON.parse(manifest) as Array<Record<string, string>>;
  const src = entries[entries.length - 1];
  const added = 'a/added/one-more.txt';
  mkdirSync(join(dir, 'a/added'), { recursive: true });
  copyFileSync(join(dir, src.file), join(dir, added));
  appendFileSync(join(dir, added), '\nThe agency said on Friday that 17 more people had been evacuated.\n');
  writeFileSync(manifestPath, JSON.stringify([...entries, { ...src, file: added }], null, 1));
  try {
    const inc = measure(dir, cores, ['--cache', cache, '--out', out]);
    const extracted = inc.articles - (inc.cacheHits ?? 0);
    log(
      `  after adding 1 article: every table up to date in ${f2(inc.ms.total / 1000)}s (${extracted} article(s) extracted, ${inc.cacheHits} from cache; ` +
        `prepare ${f2(inc.ms.prepare / 1000)}s · cache+extract ${f2(inc.ms.extract / 1000)}s · link ${f2(inc.ms.link / 1000)}s · tables ${f2(inc.ms.tables / 1000)}s · write ${f2(inc.ms.write / 1000)}s) → ` +
        `${inc.ms.total / 1000 <= TARGETS.incrementalSeconds ? 'met' : 'MISSED'} (target ≤ ${TARGETS.incrementalSeconds}s on 10k)`,
    );
    results.incremental = { corpus: label, cold, inc };
  } finally {
    writeFileSync(manifestPath, manifest);
    rmSync(join(dir, 'a/added'), { recursive: true, force: true });
  }
}

// ── Site: build time and bytes per page ────────────────────────────────────
if (!values['skip-site']) {
  log('');
  const dist = values.dist!;
  if (!values['no-build']) {
    const t = Date.now();
    const r = spawnSync('npm', ['run', 'build', '--silent'], { encoding: 'utf8', env: { ...process.env, CLAIMSCOPE_DIST: dist }, maxBuffer: 1 << 26 });
    const secs = (Date.now() - t) / 1000;
    if (r.status !== 0) log(`Site build FAILED after ${f1(secs)}s:\n${(r.stderr || r.stdout).split('\n').slice(-15).join('\n')}`);
    else log(`Site build (sample corpus, npm run build → ${dist}): ${f1(secs)}s`);
    results.siteBuildSeconds = r.status === 0 ? secs : null;
  }
  if (existsSync(dist)) {
    const pages = siteWeights(dist).sort((a, b) => b.bytes - a.bytes);
    results.pages = pages;
    const over = pages.filter((p) => mb(p.bytes) > TARGETS.pageMB);
    log(`Page weight (${pages.length} pages; HTML + modules + stylesheets + registered files, uncompressed):`);
    for (const p of pages.slice(0, 8)) log(`  ${f2(mb(p.bytes)).padStart(6)} MB  ${p.page}  (largest: ${p.largest.map((l) => `${l.path} ${Math.round(l.bytes / 1000)} kB`).join(', ')})`);
    if (pages.length > 8) log(`  … ${pages.length - 8} lighter pages`);
    log(`  every page ≤ ${TARGETS.pageMB} MB → ${over.length ? `MISSED on ${over.length} page(s)` : 'met'}`);
  } else log(`no built site in ${dist}`);
}

mkdirSync(ROOT, { recursive: true });
writeFileSync(join(ROOT, 'results.json'), JSON.stringify(results, null, 1));
log('');
log(`bench done in ${f1((Date.now() - started) / 60000)} min; figures in ${join(ROOT, 'results.json')}`);
