/**
 * A/B timing of the prepare phase (read + clean) between two checkouts of
 * data-loaders/, alternating old and new runs in one process on the same
 * corpora, so a change's CPU gain can be told from machine load:
 *
 *   git archive HEAD data-loaders | tar -x -C /tmp/prep-old   # the old version
 *   npx tsx scripts/ab-prepare.ts /tmp/prep-old/data-loaders corpus/holdout bench/corpora/1k [--rounds 5]
 *
 * Prints the CPU seconds of each round and the median of each side; also
 * checks that both sides prepare the same articles and errors.
 */
import { createHash } from 'node:crypto';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { prepareCorpus as prepareNew } from '../data-loaders/pipeline/run.ts';

const { values, positionals } = parseArgs({ allowPositionals: true, options: { rounds: { type: 'string', default: '5' } } });
const [oldDir, ...corpora] = positionals;
const { prepareCorpus: prepareOld } = (await import(resolve(oldDir, 'pipeline/run.ts'))) as { prepareCorpus: typeof prepareNew };

const cpu = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};
const digest = (prepare: typeof prepareNew) => {
  const h = createHash('sha1');
  for (const c of corpora) {
    const p = prepare(c);
    h.update(JSON.stringify(p.articles)).update(JSON.stringify(p.errors));
  }
  return h.digest('hex');
};
const time = (prepare: typeof prepareNew) => {
  const c0 = cpu();
  for (const c of corpora) prepare(c);
  return cpu() - c0;
};
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

const same = digest(prepareOld) === digest(prepareNew);
process.stdout.write(`output ${same ? 'identical' : 'DIFFERS'}\n`);
const old: number[] = [];
const neu: number[] = [];
for (let r = 0; r < Number(values.rounds); r++) {
  const [first, second] = r % 2 ? [prepareNew, prepareOld] : [prepareOld, prepareNew];
  const a = time(first);
  const b = time(second);
  (first === prepareOld ? old : neu).push(a);
  (second === prepareOld ? old : neu).push(b);
  process.stdout.write(`round ${r + 1}: old ${(old.at(-1)! / 1000).toFixed(2)} s, new ${(neu.at(-1)! / 1000).toFixed(2)} s\n`);
}
const mo = median(old);
const mn = median(neu);
process.stdout.write(`median CPU-s: old ${(mo / 1000).toFixed(2)}, new ${(mn / 1000).toFixed(2)} (${(((mn - mo) / mo) * 100).toFixed(1)}%)\n`);
