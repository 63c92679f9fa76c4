/**
 * Check that a change to the extraction leaves its output unchanged, and time
 * each stage (and the read + clean that prepares the corpus) while doing it. `--save FILE` writes one line per article (a hash
 * of its sentences, actors and every layer); without it the run is compared
 * with `--against FILE` and every article whose output moved is listed, with
 * the layers that differ.
 *
 *   npx tsx scripts/compare-extractions.ts corpus/kursk-2025 corpus/holdout-3 bench/corpora/1k --save /tmp/before.tsv
 *   npx tsx scripts/compare-extractions.ts corpus/kursk-2025 corpus/holdout-3 bench/corpora/1k --against /tmp/before.tsv
 *
 * Each corpus also gets a `#errors` row hashing its read + clean errors, and
 * every article a `lines` part (its removed-line records: kind and reason per
 * line) besides the hash of the whole cleaned article. `--prepare-only` skips
 * the extraction stages and compares only the parts it computes (article,
 * lines, errors), so read + clean can be checked and timed alone.
 *
 * Meant for speed work, where the output must stay byte for byte the same.
 */
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { Doc } from '../data-loaders/doc/doc.ts';
import { STAGES } from '../data-loaders/extract/index.ts';
import { prepareCorpus } from '../data-loaders/pipeline/run.ts';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { repeat: { type: 'string', default: '1' }, save: { type: 'string' }, against: { type: 'string' }, limit: { type: 'string' }, 'prepare-only': { type: 'boolean', default: false }, show: { type: 'string', default: '5' } },
});
if (positionals.length === 0) throw new Error('usage: compare-extractions.ts <corpus>… (--save FILE | --against FILE)');

const hash = (v: unknown) => createHash('sha1').update(JSON.stringify(v)).digest('hex').slice(0, 16);
const cpu = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};
const cpuMs: Record<string, number> = {};
const lines: string[] = [];
let bytes = 0;

for (const corpus of positionals) {
  const c0 = cpu();
  const prep = prepareCorpus(corpus);
  cpuMs.prepare = (cpuMs.prepare ?? 0) + cpu() - c0;
  lines.push(`${corpus}\t#errors\terrors=${hash(prep.errors)} count=${prep.errors.length}`);
  if (values.limit) prep.articles.length = Math.min(prep.articles.length, Number(values.limit));
  if (values['prepare-only']) {
    for (const article of prep.articles) {
      bytes += Buffer.byteLength(article.text);
      lines.push(`${corpus}\t${article.id}\tarticle=${hash(article)} lines=${hash(article.lines.map((l) => [l.kind, l.reason]))}`);
    }
    continue;
  }
  const warm = new Doc(prep.articles[0], prep.kb);
  for (const s of STAGES) s.run(warm, prep.kb);
  // --repeat N runs each article N times (timed each time, hashed once) so small corpora of real text can be timed.
  for (let r = 0; r < Number(values.repeat); r++) for (const article of prep.articles) {
    bytes += Buffer.byteLength(article.text);
    let c = cpu();
    const doc = new Doc(article, prep.kb);
    cpuMs.doc = (cpuMs.doc ?? 0) + cpu() - c;
    for (const s of STAGES) {
      c = cpu();
      s.run(doc, prep.kb);
      cpuMs[s.name] = (cpuMs[s.name] ?? 0) + cpu() - c;
    }
    const parts: Record<string, string> = { article: hash(article), lines: hash(article.lines.map((l) => [l.kind, l.reason])), sentences: hash(doc.sentences), tokens: hash(doc.tokens), actors: hash([...doc.actors.values()]) };
    for (const [k, v] of Object.entries(doc.layers)) parts[k] = hash(v);
    if (r === 0) lines.push(`${corpus}\t${article.id}\t${Object.entries(parts).map(([k, v]) => `${k}=${v}`).join(' ')}`);
  }
}

const total = Object.entries(cpuMs).reduce((a, [k, v]) => (k === 'prepare' ? a : a + v), 0);
process.stdout.write(`${lines.filter((l) => !l.includes('\t#errors\t')).length} articles, ${(bytes / 1e6).toFixed(2)} MB of clean text; CPU time per part:\n`);
for (const [k, v] of Object.entries(cpuMs)) process.stdout.write(`  ${k.padEnd(10)} ${(v / 1000).toFixed(2).padStart(7)} s   ${((bytes / 1e6) / (v / 1000)).toFixed(2).padStart(7)} MB/CPU-s\n`);
process.stdout.write(`  (prepare = read + clean of the whole corpus, once; not in "all")\n`);
process.stdout.write(`  ${'all'.padEnd(10)} ${(total / 1000).toFixed(2).padStart(7)} s   ${((bytes / 1e6) / (total / 1000)).toFixed(2).padStart(7)} MB/CPU-s\n`);

if (values.save) {
  writeFileSync(values.save, lines.join('\n') + '\n');
  process.stdout.write(`saved ${values.save}\n`);
} else if (values.against) {
  const before = new Map(
    readFileSync(values.against, 'utf8')
      .split('\n')
      .filter(Boolean)
      .map((l) => {
        const [c, id, rest] = l.split('\t');
        return [`${c}\t${id}`, rest] as const;
      }),
  );
  const moved: string[] = [];
  const byLayer: Record<string, number> = {};
  for (const l of lines) {
    const [c, id, rest] = l.split('\t');
    const old = before.get(`${c}\t${id}`);
    if (old === rest) continue;
    const a = new Map((old ?? '').split(' ').map((p) => p.split('=') as [string, string]));
    // --prepare-only computes some of the parts: compare those
    const diff = rest
      .split(' ')
      .map((p) => p.split('='))
      .filter(([k, v]) => a.get(k) !== v)
      .map(([k]) => k);
    if (old !== undefined && diff.length === 0) continue;
    for (const k of diff) byLayer[k] = (byLayer[k] ?? 0) + 1;
    moved.push(`${c} ${id}: ${diff.join(', ')}`);
  }
  // a run with --limit covers fewer articles than a full baseline
  const covered = values.limit ? lines.length <= before.size : before.size === lines.length;
  if (moved.length === 0 && covered) process.stdout.write(`identical: all ${lines.length} rows\n`);
  else {
    process.stdout.write(`CHANGED: ${moved.length} of ${lines.length} articles (baseline ${before.size}); by part: ${JSON.stringify(byLayer)}\n`);
    for (const m of moved.slice(0, Number(values.show))) process.stdout.write(`  ${m}\n`);
    process.exitCode = 1;
  }
}
