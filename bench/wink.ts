/**
 * Reference speed: the same article text through wink-nlp's tokenizer and
 * entity pass (wink-eng-lite-web-model), one thread. Prints one JSON line
 * {articles, bytes, ms, cpuMs, entities}. Run by bench/run.ts, or by hand:
 *
 *   npx tsx bench/wink.ts <corpus>
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import { listCorpusFiles } from '../data-loaders/sources/index.ts';

const dir = process.argv[2];
const files = listCorpusFiles(dir).readable.filter((f) => f.endsWith('.txt'));
const texts = files.map((f) => readFileSync(join(dir, f), 'utf8'));
const nlp = winkNLP(model);
const its = nlp.its;
nlp.readDoc('Warm up with one sentence on 3 May 2024 in Paris.').entities().out(its.detail);
const cpu = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};
const t = performance.now();
const c = cpu();
let bytes = 0;
let entities = 0;
for (const text of texts) {
  bytes += Buffer.byteLength(text);
  const doc = nlp.readDoc(text);
  doc.tokens().out();
  entities += doc.entities().out(its.detail).length;
}
const ms = performance.now() - t;
const cpuMs = cpu() - c;
process.stdout.write(JSON.stringify({ articles: texts.length, bytes, ms, cpuMs, entities }) + '\n');
