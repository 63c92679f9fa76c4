/**
 * Benchmark corpora from real article text: the sample corpus's articles
 * recombined (paragraphs mixed between stories, each story keeping its own
 * page furniture) with varied numbers, names, outlets and dates. Nothing of
 * the sample is written into code: the text is read at run time.
 *
 *   npx tsx bench/generate.ts --size 10k [--out bench/corpora/10k] [--seed 1]
 *
 * Layout: `<out>/manifest.json` and `<out>/a/<bucket>/<n>.txt` (1,000 files per
 * bucket). Same size and seed give the same bytes.
 */
import { mkdirSync, readFileSync, readdirSync, writeFileSync, existsSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';

interface Template {
  head: string[];
  story: string[];
  tail: string[];
}

/** Small seeded PRNG (mulberry32): the same seed gives the same corpus. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** `1k` → 1000, `100k` → 100000, `2500` → 2500. */
export function parseSize(s: string): number {
  const m = /^(\d+(?:\.\d+)?)([km]?)$/i.exec(s.trim());
  if (!m) throw new Error(`bad size "${s}" (use e.g. 1k, 10k, 100k)`);
  return Math.round(Number(m[1]) * (m[2].toLowerCase() === 'k' ? 1000 : m[2].toLowerCase() === 'm' ? 1e6 : 1));
}

/** Split each sample article into leading furniture, story paragraphs and trailing furniture. */
function loadTemplates(sampleDir: string): Template[] {
  const dir = join(sampleDir, 'articles');
  return readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => {
      const lines = readFileSync(join(dir, f), 'utf8').replace(/\r\n?/g, '\n').split('\n');
      const isStory = (l: string) => l.split(/\s+/).filter(Boolean).length >= 12;
      const first = lines.findIndex(isStory);
      let last = lines.length - 1;
      while (last > first && !isStory(lines[last])) last--;
      return { head: lines.slice(0, first), story: lines.slice(first, last + 1), tail: lines.slice(last + 1) };
    });
}

const SYLLABLES = ['ka', 'lo', 'mi', 'ren', 'tu', 'sa', 'vor', 'el', 'dan', 'ri', 'os', 'bel', 'na', 'gor', 'li', 'ment', 'ha', 'zu', 'per', 'in'];

function pseudoWord(r: () => number, len: number): string {
  let w = '';
  while (w.length < len) w += SYLLABLES[Math.floor(r() * SYLLABLES.length)];
  return w[0].toUpperCase() + w.slice(1, Math.max(3, len));
}

/** Replace digits by random digits (first digit non-zero), keeping separators: magnitudes and formats stay realistic. */
function varyNumbers(line: string, r: () => number): string {
  return line.replace(/\d+(?:[,.]\d+)*/g, (num) => {
    if (/^(19|20)\d\d$/.test(num)) return num; // years stay years
    let first = true;
    return num.replace(/\d/g, () => {
      const d = first ? 1 + Math.floor(r() * 9) : Math.floor(r() * 10);
      first = false;
      return String(d);
    });
  });
}

/** Swap about half of the capitalised words (not sentence-initial) for invented names, consistently within one article. */
function varyNames(lines: string[], r: () => number): string[] {
  const map = new Map<string, string>();
  return lines.map((line) =>
    line.replace(/(?<=[a-z,;] )[A-Z][a-z]{3,}/g, (w) => {
      let v = map.get(w);
      if (v === undefined) {
        v = r() < 0.5 ? w : pseudoWord(r, w.length);
        map.set(w, v);
      }
      return v;
    }),
  );
}

/** News words that extraction keys on (attribution, units, roles): never swapped, so the stories keep their structure. */
const KEEP = new Set(
  (
    'more than less about nearly around almost roughly least most over under some fewer since last week weeks month months year years days hours ' +
    'said says told added stated according percent million billion thousand hundred kilometres kilometers reported announced claimed estimated confirmed officials official minister ministry president spokesman spokeswoman spokesperson soldiers captured killed injured wounded approximately square villages settlements statement interview ceasefire'
  ).split(' '),
);

/**
 * Make a story its own: swap most lower-case words of four letters or more for
 * invented ones (consistently within the article), keeping short function
 * words, names, numbers, quote marks and the news words above. Without this,
 * stories built from a handful of sample articles would all share passages,
 * and the syndication detector would see every pair as a reprint.
 */
function varyWords(lines: string[], r: () => number): string[] {
  const map = new Map<string, string>();
  return lines.map((line) =>
    line.replace(/\b[a-z]{4,}\b/g, (w) => {
      if (KEEP.has(w)) return w;
      let v = map.get(w);
      if (v === undefined) {
        v = r() < 0.2 ? w : pseudoWord(r, w.length).toLowerCase();
        map.set(w, v);
      }
      return v;
    }),
  );
}

export interface GenerateOptions {
  sampleDir?: string;
  seed?: number;
  /** Number of distinct outlets (sites); furniture repeats within each. */
  outlets?: number;
  /** Share of stories that reprint a recent one (default 0.05). */
  reprints?: number;
}

/** Write an `n`-article corpus to `outDir` (replacing what is there); returns total bytes of article text. */
export function generateCorpus(outDir: string, n: number, options: GenerateOptions = {}): number {
  const templates = loadTemplates(options.sampleDir ?? 'corpus/kursk-2025');
  const r = rng(options.seed ?? 1);
  const outlets = Array.from({ length: options.outlets ?? Math.max(5, Math.min(200, Math.round(n / 50))) }, (_, i) => `${pseudoWord(r, 6)} ${['Times', 'Post', 'Herald', 'News', 'Journal'][i % 5]}`);
  const pool = templates.flatMap((t) => t.story);
  const paragraphs = pool.filter((l) => l.length > 200);
  if (existsSync(outDir)) rmSync(outDir, { recursive: true, force: true });
  const manifest: Array<Record<string, string | null>> = [];
  let bytes = 0;
  const reprints: string[][] = [];
  for (let i = 0; i < n; i++) {
    const t = templates[i % templates.length];
    const story = t.story.map((l) => (l.trim() && r() < 0.35 ? pool[Math.floor(r() * pool.length)] : l));
    // A few more paragraphs from other stories: news articles run ~5 KB on average.
    for (let extra = 2 + Math.floor(r() * 4); extra > 0; extra--) story.splice(Math.floor(r() * story.length), 0, paragraphs[Math.floor(r() * paragraphs.length)], '');
    let body = varyWords(varyNames(story, r), r).map((l) => varyNumbers(l, r));
    // About one story in twenty is a reprint of an earlier one (syndicated copy), as in real corpora.
    if (i > 0 && r() < (options.reprints ?? 0.05)) body = reprints[Math.floor(r() * reprints.length)];
    reprints.push(body);
    if (reprints.length > 50) reprints.shift();
    const text = [...t.head, ...body, ...t.tail].join('\n');
    const file = `a/${String(Math.floor(i / 1000)).padStart(3, '0')}/${String(i).padStart(6, '0')}.txt`;
    mkdirSync(join(outDir, file, '..'), { recursive: true });
    writeFileSync(join(outDir, file), text);
    bytes += Buffer.byteLength(text);
    const day = new Date(Date.UTC(2024, 0, 1) + Math.floor(r() * 700) * 86400000).toISOString().slice(0, 10);
    const title = body.find((l) => l.trim())?.split(/(?<=[.!?])\s/)[0].slice(0, 120) ?? null;
    manifest.push({ file, outlet: outlets[Math.floor(r() * outlets.length)], published: day, title, language: 'en' });
  }
  writeFileSync(join(outDir, 'manifest.json'), JSON.stringify(manifest, null, 1));
  return bytes;
}

const invokedDirectly = process.argv[1] && import.meta.url.endsWith(process.argv[1].split('/').pop() ?? '');
if (invokedDirectly) {
  const { values } = parseArgs({ options: { size: { type: 'string', default: '1k' }, out: { type: 'string' }, seed: { type: 'string', default: '1' } } });
  const n = parseSize(values.size!);
  const out = values.out ?? join('bench/corpora', values.size!);
  const t = Date.now();
  const bytes = generateCorpus(out, n, { seed: Number(values.seed) });
  process.stdout.write(`wrote ${n} articles (${(bytes / 1e6).toFixed(1)} MB) to ${out} in ${((Date.now() - t) / 1000).toFixed(1)}s\n`);
}
