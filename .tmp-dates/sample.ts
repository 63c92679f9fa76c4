import { readFileSync } from 'node:fs';
import { makeDoc } from '../data-loaders/doc/make.ts';
import { runStages } from '../data-loaders/extract/index.ts';
const man = JSON.parse(readFileSync('corpus/kursk-2025/manifest.json','utf8'));
for (const a of man) {
  const d = runStages(makeDoc(readFileSync('corpus/kursk-2025/'+a.file,'utf8'), {published: a.published}), ['dates']);
  console.log('##', a.file, a.published);
  for (const m of d.layers.dates) console.log('   ', JSON.stringify(m.text), m.iso, m.precision, '|', d.sentences[m.sentence].text.slice(0,90));
}
