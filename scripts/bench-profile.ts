/**
 * Where the time goes, phase by phase and stage by stage, on one thread:
 * read + clean, Doc construction (sentences, tokens), each extraction stage,
 * each link step (actors, events, overlaps) and the tables. Prints one line
 * per part with its seconds and MB/s of article text. Use it with
 * `node --cpu-prof` to see the functions inside a part:
 *
 *   npx tsx scripts/bench-profile.ts bench/corpora/1k [--limit 300] [--dump x.json] [--skip-link]
 *   node --import tsx --cpu-prof --cpu-prof-dir /tmp/prof scripts/bench-profile.ts bench/corpora/1k
 *   npx tsx scripts/bench-cpuprofile.ts /tmp/prof/<file>.cpuprofile
 *
 * `--dump FILE` writes the extractions (pack.ts form) so link steps can be
 * compared across code versions without extracting again (`--load FILE`).
 */
import { readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { Doc } from '../data-loaders/doc/doc.ts';
import { STAGES } from '../data-loaders/extract/index.ts';
import { findOverlaps } from '../data-loaders/clean/syndication.ts';
import { linkActors } from '../data-loaders/link/actors.ts';
import { linkEvents } from '../data-loaders/link/events.ts';
import { prepareCorpus, finishCorpus } from '../data-loaders/pipeline/run.ts';
import { packExtraction, unpackExtraction } from '../data-loaders/pipeline/pack.ts';
import type { ArticleExtraction } from '../data-loaders/pipeline/result.ts';
import { buildTables } from '../data-loaders/tables/index.ts';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { limit: { type: 'string' }, dump: { type: 'string' }, load: { type: 'string' }, 'skip-link': { type: 'boolean', default: false } },
});
const corpus = positionals[0];
const ms: Record<string, number> = {};
const cpuMs: Record<string, number> = {};
const cpu = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};
/** Run f, adding its wall and CPU milliseconds to part `name`. */
const time = <T>(name: string, f: () => T): T => {
  const t = performance.now();
  const c = cpu();
  try {
    return f();
  } finally {
    ms[name] = (ms[name] ?? 0) + performance.now() - t;
    cpuMs[name] = (cpuMs[name] ?? 0) + cpu() - c;
  }
};

const prep = time('read+clean', () => prepareCorpus(corpus));
if (values.limit) prep.articles.length = Math.min(prep.articles.length, Number(values.limit));
let bytes = 0;
const seen = new Set<string>();
for (const a of prep.articles) {
  if (seen.has(a.file)) continue;
  seen.add(a.file);
  bytes += statSync(join(prep.dir, a.file)).size;
}

let extractions: ArticleExtraction[];
if (values.load) {
  extractions = (JSON.parse(readFileSync(values.load, 'utf8')) as ArticleExtraction[]).map(unpackExtraction);
} else {
  // Warm up every stage's compiled knowledge on one article so the first one does not carry it.
  const warm = new Doc(prep.articles[0], prep.kb);
  for (const s of STAGES) s.run(warm, prep.kb);
  extractions = prep.articles.map((article) => {
    const doc = time('doc (sentences+tokens)', () => new Doc(article, prep.kb));
    for (const s of STAGES) time(`stage ${s.name}`, () => s.run(doc, prep.kb));
    return { article, sentences: doc.sentences, actors: [...doc.actors.values()], layers: doc.layers };
  });
  if (values.dump) writeFileSync(values.dump, JSON.stringify(extractions.map(packExtraction)));
}
if (!values['skip-link']) {
  const actors = time('link actors', () => linkActors(extractions, prep.kb));
  time('link events', () => linkEvents(extractions, actors, prep.kb));
  time('link overlaps', () => findOverlaps(extractions.map((x) => x.article)));
  const result = time('link (all, finishCorpus)', () => finishCorpus(prep.dir, extractions, prep.errors, prep.kb));
  time('tables', () => buildTables(result));
}

const mb = bytes / 1e6;
const isExtract = (k: string) => k.startsWith('stage') || k.startsWith('doc');
const sum = (m: Record<string, number>) => Object.entries(m).filter(([k]) => isExtract(k)).reduce((n, [, v]) => n + v, 0);
if (sum(ms)) {
  ms['extract (doc + stages)'] = sum(ms);
  cpuMs['extract (doc + stages)'] = sum(cpuMs);
}
const col = (x: string, n: number) => x.padStart(n);
process.stdout.write(`${prep.articles.length} articles, ${mb.toFixed(2)} MB; wall time, then CPU time (all threads of the process)\n`);
for (const [k, v] of Object.entries(ms)) {
  const c = cpuMs[k];
  process.stdout.write(
    `  ${k.padEnd(28)} ${col((v / 1000).toFixed(2), 8)} s ${col((mb / (v / 1000)).toFixed(2), 8)} MB/s │ ${col((c / 1000).toFixed(2), 8)} CPU-s ${col((mb / (c / 1000)).toFixed(2), 8)} MB/CPU-s\n`,
  );
}
