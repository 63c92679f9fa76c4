import { readFileSync, readdirSync } from 'node:fs';
import { makeDoc } from '../data-loaders/doc/make.ts';
import { datesStage } from '../data-loaders/extract/dates.ts';
import { getKnowledge } from '../data-loaders/knowledge/index.ts';
const dir = 'corpus/kursk-2025/articles/';
const texts = readdirSync(dir).map((f) => readFileSync(dir + f, 'utf8'));
const docs = [];
let bytes = 0;
while (bytes < 1e6) for (const t of texts) { docs.push(makeDoc(t, { published: '2025-03-13' })); bytes += t.length; }
const kb = getKnowledge();
datesStage.run(makeDoc('warm up on Friday', {published:'2025-01-01'}), kb);
for (let rep = 0; rep < 3; rep++) {
  for (const d of docs) d.layers.dates.length = 0;
  const t0 = performance.now();
  let n = 0;
  for (const d of docs) { datesStage.run(d, kb); n += d.layers.dates.length; }
  const ms = performance.now() - t0;
  console.log(`dates: ${(bytes / 1e6).toFixed(2)} MB in ${ms.toFixed(0)} ms = ${(bytes / 1e6 / (ms / 1000)).toFixed(1)} MB/s, ${n} mentions`);
}
