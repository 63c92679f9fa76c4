/**
 * A/B timing of one extraction stage between two checkouts of data-loaders/,
 * in alternating child processes (old, new, new, old, …), in CPU seconds:
 *
 *   git archive HEAD data-loaders | tar -x -C /tmp/stage-old    # the old version
 *   npx tsx scripts/ab-stage.ts /tmp/stage-old/data-loaders data-loaders bench/corpora/1k [--stage actors] [--runs 6] [--rounds 3]
 *
 * Each child prepares the corpus, then times the stage over every article
 * `--rounds` times (after one warm-up round): Docs are built (with the stages
 * before it) 20 at a time, and only the stage's own CPU time is summed, so
 * memory use stays close to the pipeline's. Prints each round and the
 * median and minimum of each side.
 *
 * Why child processes: loading both versions into one process (as
 * ab-prepare.ts does) made the side loaded second run the actors stage
 * 5–15% slower with identical code, more than most changes being measured.
 * Why CPU time: on a shared machine wall time swings by ±30% between rounds.
 */
import { execFileSync } from 'node:child_process';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { stage: { type: 'string', default: 'actors' }, runs: { type: 'string', default: '6' }, rounds: { type: 'string', default: '3' }, child: { type: 'boolean', default: false } },
});

if (values.child) {
  const [dir, corpus] = positionals;
  const { prepareCorpus } = await import(resolve(dir, 'pipeline/run.ts'));
  const { Doc } = await import(resolve(dir, 'doc/doc.ts'));
  const { STAGES } = await import(resolve(dir, 'extract/index.ts'));
  const idx = STAGES.findIndex((s: { name: string }) => s.name === values.stage);
  if (idx < 0) throw new Error(`unknown stage ${values.stage}`);
  const before = STAGES.slice(0, idx);
  const stage = STAGES[idx];
  const prep = prepareCorpus(corpus);
  const out: number[] = [];
  for (let r = 0; r <= Number(values.rounds); r++) {
    let ms = 0;
    for (let i = 0; i < prep.articles.length; i += 20) {
      const docs = prep.articles.slice(i, i + 20).map((a: unknown) => {
        const doc = new Doc(a, prep.kb);
        for (const s of before) s.run(doc, prep.kb);
        return doc;
      });
      const c = process.cpuUsage();
      for (const doc of docs) stage.run(doc, prep.kb);
      const d = process.cpuUsage(c);
      ms += (d.user + d.system) / 1000;
    }
    if (r > 0) out.push(ms / 1000);
  }
  process.stdout.write(JSON.stringify(out));
} else {
  const [oldDir, newDir, corpus] = positionals;
  if (!corpus) throw new Error('usage: ab-stage.ts <old data-loaders> <new data-loaders> <corpus> [--stage actors] [--runs 6] [--rounds 3]');
  const self = new URL(import.meta.url).pathname;
  const child = (dir: string): number[] =>
    JSON.parse(execFileSync(process.execPath, ['--import', 'tsx', self, '--child', '--stage', values.stage!, '--rounds', values.rounds!, resolve(dir), corpus], { encoding: 'utf8' }));
  const times: Record<'old' | 'new', number[]> = { old: [], new: [] };
  for (let r = 0; r < Number(values.runs); r++) {
    // old, new, new, old, …: a trend in the machine's load hits both sides alike
    const order: Array<'old' | 'new'> = r % 2 ? ['new', 'old'] : ['old', 'new'];
    for (const side of order) {
      const t = child(side === 'old' ? oldDir : newDir);
      times[side].push(...t);
      process.stdout.write(`${side} ${t.map((x) => x.toFixed(3)).join(' ')}\n`);
    }
  }
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
  const pct = (a: number, b: number) => `${(((b - a) / a) * 100).toFixed(1)}%`;
  const mo = median(times.old);
  const mn = median(times.new);
  const lo = Math.min(...times.old);
  const ln = Math.min(...times.new);
  process.stdout.write(`stage ${values.stage} CPU-s: median old ${mo.toFixed(3)}, new ${mn.toFixed(3)} (${pct(mo, mn)}); min old ${lo.toFixed(3)}, new ${ln.toFixed(3)} (${pct(lo, ln)})\n`);
}
