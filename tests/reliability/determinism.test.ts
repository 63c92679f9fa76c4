/**
 * Reproducibility: the same corpus gives byte-identical output files in every
 * format, whatever the run, the absolute path of the corpus, the order and
 * times its files were created in, the working folder, time zone and locale.
 * Article ids depend only on corpus-relative paths and story keys. The site
 * archive (tables + meta.json) is byte-identical across builds.
 */
import { readFileSync, utimesSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { siteArchive } from '../../data-loaders/site/archive.ts';
import { articleId } from '../../data-loaders/sources/id.ts';
import { hashTree, PIPELINE_DIR } from '../../data-loaders/pipeline/fingerprint.ts';
import { listFiles, ndjson, runCli, sampleFiles, tempDir, writeCorpus } from './support/corpus.ts';

/** A few stories in other formats (written for this test), so every reader takes part. */
const EXTRA: Array<[string, string]> = [
  [
    'web/port-strike.html',
    `<!doctype html><html lang="en"><head><title>Dock workers strike | Harbour Times</title><meta property="og:site_name" content="Harbour Times"><meta property="article:published_time" content="2024-09-30T08:00:00Z"></head>
<body><nav>Home | World</nav><article><h1>Dock workers strike over pay</h1>
<p>About 45,000 dock workers walked off the job on Monday at ports along the east coast, their union said.</p>
<p>"We will stay out as long as it takes," the union's president, Dana Ruiz, told reporters.</p>
<p>The port authority said more than 30 ships were waiting offshore by the evening.</p></article></body></html>`,
  ],
  [
    'feeds/markets.rss',
    `<?xml version="1.0"?><rss version="2.0"><channel><title>Market Wire</title><language>en</language>
<item><title>Oil falls 3%</title><guid>mw-1</guid><pubDate>Tue, 01 Oct 2024 10:00:00 GMT</pubDate><description>Brent crude fell 3% to $71 a barrel on Tuesday, traders said.</description></item>
<item><title>Rates held</title><guid>mw-2</guid><pubDate>Wed, 02 Oct 2024 10:00:00 GMT</pubDate><description>The central bank kept its rate at 5.25%, its governor said.</description></item>
</channel></rss>`,
  ],
  [
    'exports/quakes.ndjson',
    `{"id":"q1","title":"Quake hits coast","text":"A magnitude 6.1 earthquake struck the coast on Sunday, killing at least 12 people, officials said.","published":"2024-08-04","source":"Coast News"}
{"id":"q2","title":"Aftershocks","text":"Nearly 200 aftershocks were recorded in the following 48 hours, the geological survey said.","published":"2024-08-05","source":"Coast News"}
`,
  ],
  ['notes/brief.md', '# Fire crews contain blaze\n\nFirefighters contained a wildfire that burned 2,300 hectares, the fire service said on Thursday.\n'],
];

function corpusFiles(): Array<[string, string | Uint8Array]> {
  const files: Array<[string, string | Uint8Array]> = sampleFiles();
  const manifest = JSON.parse(Buffer.from(files.find(([f]) => f === 'manifest.json')![1]).toString('utf8')) as Array<{ file: string }>;
  const all = [...files.filter(([f]) => f !== 'manifest.json'), ...EXTRA];
  const listed = [...manifest, ...EXTRA.map(([file]) => ({ file }))];
  return [...all, ['manifest.json', JSON.stringify(listed, null, 2) + '\n']];
}

function outputs(dir: string): Map<string, Buffer> {
  return new Map(listFiles(dir).map((f) => [f, readFileSync(join(dir, f))]));
}

describe('reproducible output', () => {
  let a: string;
  let b: string;
  const outs: Record<string, string> = {};

  beforeAll(() => {
    // Two copies at different absolute paths, files created in opposite orders with different times.
    a = join(tempDir('det-a'), 'corpus');
    b = join(tempDir('det-b'), 'deeper', 'path', 'copy');
    const files = corpusFiles();
    writeCorpus(a, files);
    writeCorpus(b, [...files].reverse());
    files.forEach(([f], i) => {
      utimesSync(join(a, f), new Date(2001, 0, 1 + i), new Date(2001, 0, 1 + i));
      utimesSync(join(b, f), new Date(2030, 5, 30 - i), new Date(2030, 5, 30 - i));
    });
    const runs: Array<[string, string, Record<string, string>, string | undefined]> = [
      ['a1', a, { TZ: 'UTC', LC_ALL: 'C', LANG: 'C' }, undefined],
      ['a2', a, { TZ: 'UTC', LC_ALL: 'C', LANG: 'C' }, undefined],
      ['b', b, { TZ: 'Pacific/Kiritimati', LC_ALL: 'de_DE.UTF-8', LANG: 'tr_TR.UTF-8' }, tempDir('det-cwd')],
    ];
    // The pipeline's code must not change between the runs (others may be editing the tree): retry if it did.
    const code = () => hashTree([PIPELINE_DIR]);
    for (let attempt = 0; attempt < 3; attempt++) {
      const before = code();
      for (const [name, corpus, env, cwd] of runs) {
        outs[name] = tempDir(`det-out-${name}`);
        const r = runCli(['extract', corpus, '--out', outs[name], '--format', 'all', '--quiet'], env, cwd);
        if (r.status !== 0 && r.status !== 3) throw new Error(`run ${name} exited ${r.status}: ${r.stderr}`);
      }
      if (code() === before) break;
    }
  }, 300_000);

  it('writes every table in every format', () => {
    const names = listFiles(outs.a1);
    for (const ext of ['arrow', 'ndjson', 'csv', 'parquet']) expect(names.filter((n) => n.endsWith(`.${ext}`)).length).toBeGreaterThanOrEqual(10);
    // every format of the extra stories was read
    const formats = new Set(ndjson(outs.a1, 'articles').map((r) => r.format));
    for (const f of ['text', 'html', 'feed', 'json', 'markdown']) expect(formats).toContain(f);
  });

  it('gives byte-identical files across runs', () => {
    const x = outputs(outs.a1);
    const y = outputs(outs.a2);
    expect([...y.keys()]).toEqual([...x.keys()]);
    for (const [f, bytes] of x) expect(y.get(f)!.equals(bytes), `${f} differs between two runs`).toBe(true);
  });

  it('gives byte-identical files across paths, file order, file times, cwd, time zone and locale', () => {
    const x = outputs(outs.a1);
    const y = outputs(outs.b);
    expect([...y.keys()]).toEqual([...x.keys()]);
    for (const [f, bytes] of x) expect(y.get(f)!.equals(bytes), `${f} differs between the two copies`).toBe(true);
  });

  it('derives article ids from the corpus-relative path and story key only', () => {
    for (const r of ndjson(outs.a1, 'articles')) expect(r.article_id).toBe(articleId(r.file as string, (r.key as string | null) ?? null));
    const ids = ndjson(outs.a1, 'articles').map((r) => r.article_id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('builds the same site archive twice, and names the corpus by content', () => {
    const first = siteArchive(a);
    const second = siteArchive(a);
    expect(Buffer.from(second).equals(Buffer.from(first))).toBe(true);
    const meta = (archive: Uint8Array) => {
      const text = Buffer.from(archive).toString('latin1');
      const at = text.indexOf('meta.json\0');
      const body = text.slice(at + 512, text.indexOf('\0', at + 512));
      return JSON.parse(Buffer.from(body, 'latin1').toString('utf8')) as { fingerprint: string; pipeline_version: string };
    };
    const other = meta(siteArchive(b));
    expect(other.fingerprint).toBe(meta(first).fingerprint);
    expect(meta(first).pipeline_version).toMatch(/^[0-9a-f]{16}$/);
  });
});
