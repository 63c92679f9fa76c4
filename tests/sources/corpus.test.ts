import { openSync, closeSync, ftruncateSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { readCorpus } from '../../data-loaders/sources/index.ts';
import type { ErrorRow } from '../../data-loaders/types.ts';
import { ENGLISH_STORY, fixture, tempCorpus } from './helpers.ts';

let cleanups: Array<() => void> = [];
afterEach(() => {
  cleanups.forEach((c) => c());
  cleanups = [];
});

function corpus(files: Record<string, string | Uint8Array>) {
  const c = tempCorpus(files);
  cleanups.push(c.cleanup);
  return c.dir;
}

const GOOD = { 'good/story.txt': `Harbour closes as storm approaches\n\n${ENGLISH_STORY}\n` };
const goodRead = (articles: Array<{ file: string }>) => expect(articles.map((a) => a.file)).toContain('good/story.txt');
const rowFor = (errors: ErrorRow[], file: string) => errors.filter((e) => e.file === file);

describe('readCorpus', () => {
  it('reads every supported format into one Article shape, with stable ids', () => {
    const dir = corpus({
      'a.txt': ENGLISH_STORY,
      'b.md': fixture('story.md'),
      'c.html': fixture('page.html'),
      'd.rss': fixture('feed.rss'),
      'e.atom': fixture('feed.atom'),
      'f.ndjson': fixture('export.ndjson'),
      'g.json': fixture('export.json'),
      'feeds/h.xml': fixture('feed.rss'),
    });
    const first = readCorpus(dir, { fieldMap: { outlet: 'source.name' } });
    expect(first.articles.map((a) => [a.file, a.format])).toEqual([
      ['a.txt', 'text'],
      ['b.md', 'markdown'],
      ['c.html', 'html'],
      ['d.rss', 'feed'],
      ['d.rss', 'feed'],
      ['e.atom', 'feed'],
      ['e.atom', 'feed'],
      ['f.ndjson', 'json'],
      ['f.ndjson', 'json'],
      ['feeds/h.xml', 'feed'],
      ['feeds/h.xml', 'feed'],
      ['g.json', 'json'],
      ['g.json', 'json'],
    ]);
    for (const a of first.articles) {
      expect(Object.keys(a).sort()).toEqual(
        ['byline', 'captionHints', 'file', 'flags', 'format', 'id', 'inferred', 'key', 'language', 'outlet', 'outsideMainText', 'published', 'raw', 'title', 'url', 'wireCredits'].sort(),
      );
      expect(a.id).toMatch(/^[0-9a-f]{12}$/);
    }
    expect(new Set(first.articles.map((a) => a.id)).size).toBe(first.articles.length);
    // same ids on a second run
    expect(readCorpus(dir, { fieldMap: { outlet: 'source.name' } }).articles.map((a) => a.id)).toEqual(first.articles.map((a) => a.id));
    // the NDJSON file's bad line and body-less record are error rows; its good lines are read
    expect(rowFor(first.errors, 'f.ndjson').map((e) => e.severity)).toEqual(['error', 'error']);
  });

  it('lets the manifest override reader metadata, per file or per story key', () => {
    const dir = corpus({
      'd.rss': fixture('feed.rss'),
      'b.md': fixture('story.md'),
      'manifest.json': JSON.stringify([
        { file: 'b.md', outlet: 'Override Gazette', published: '15 August 2024', title: null, notes: 'ignored' },
        { file: 'd.rss', outlet: 'Valley Radio' },
        { file: 'd.rss', key: 'vr-102', title: 'Storm damages school roof' },
        { file: 'd.rss', key: 'no-such-item', title: 'x' },
      ]),
    });
    const { articles, errors } = readCorpus(dir);
    const md = articles.find((a) => a.file === 'b.md')!;
    expect(md).toMatchObject({ outlet: 'Override Gazette', published: '2024-08-15', title: 'Wildfire forces evacuation of hill villages', inferred: {} });
    const items = articles.filter((a) => a.file === 'd.rss');
    expect(items.map((a) => [a.outlet, a.title])).toEqual([
      ['Valley Radio', 'Bridge reopens after repairs'],
      ['Valley Radio', 'Storm damages school roof'],
    ]);
    expect(errors).toEqual([expect.objectContaining({ file: 'd.rss', stage: 'manifest', severity: 'warning', reason: expect.stringMatching(/no-such-item/) })]);
  });

  it('reads a YAML manifest too', () => {
    const dir = corpus({ 'a.txt': ENGLISH_STORY, 'manifest.yaml': '- file: a.txt\n  outlet: Mountain Herald\n  published: 2022-02-02\n' });
    expect(readCorpus(dir).articles[0]).toMatchObject({ outlet: 'Mountain Herald', published: '2022-02-02' });
  });

  it('gives an error row for a manifest entry whose file is missing, and reads the rest', () => {
    const dir = corpus({ ...GOOD, 'manifest.json': JSON.stringify([{ file: 'good/story.txt' }, { file: 'gone.txt', outlet: 'X' }]) });
    const { articles, errors } = readCorpus(dir);
    goodRead(articles);
    expect(errors).toEqual([{ file: 'gone.txt', article_id: null, stage: 'manifest', severity: 'error', reason: expect.stringMatching(/no such file/) }]);
  });

  it('reads a file the manifest does not list, with a warning saying so', () => {
    const dir = corpus({ ...GOOD, 'extra.txt': ENGLISH_STORY, 'manifest.json': JSON.stringify([{ file: 'good/story.txt', outlet: 'Listed Daily' }]) });
    const { articles, errors } = readCorpus(dir);
    expect(articles.map((a) => a.file)).toEqual(['extra.txt', 'good/story.txt']);
    expect(errors).toEqual([{ file: 'extra.txt', article_id: null, stage: 'manifest', severity: 'warning', reason: expect.stringMatching(/not listed in manifest\.json/) }]);
  });

  it('falls back to reading every file when the manifest is malformed', () => {
    const dir = corpus({ ...GOOD, 'other.txt': ENGLISH_STORY, 'manifest.json': '[{"file": "good/story.txt",' });
    const { articles, errors } = readCorpus(dir);
    expect(articles.map((a) => a.file)).toEqual(['good/story.txt', 'other.txt']);
    expect(errors).toEqual([expect.objectContaining({ file: 'manifest.json', stage: 'manifest', severity: 'error', reason: expect.stringMatching(/not valid JSON.*every file/) })]);
  });

  it('gives error rows for empty, binary and invalid UTF-8 files, and reads UTF-16 with a BOM', () => {
    const utf16 = Uint8Array.from([0xff, 0xfe, ...[...ENGLISH_STORY].flatMap((c) => [c.charCodeAt(0) & 0xff, c.charCodeAt(0) >> 8])]);
    const dir = corpus({
      ...GOOD,
      'empty.txt': '',
      'binary.txt': Uint8Array.from([0x00, 0x01, 0x02, 0xff, 0x00, 0x10, 0x80, 0x00, 0x7f, 0x00, 0x00, 0x03]),
      'latin1.txt': Uint8Array.from([0x43, 0x61, 0x66, 0xe9, 0x20, 0x6e, 0x65, 0x77, 0x73]),
      'utf16.txt': utf16,
    });
    const { articles, errors } = readCorpus(dir);
    goodRead(articles);
    expect(articles.find((a) => a.file === 'utf16.txt')?.raw).toBe(ENGLISH_STORY);
    expect(errors.map((e) => [e.file, e.stage, e.severity])).toEqual([
      ['binary.txt', 'decode', 'error'],
      ['empty.txt', 'decode', 'error'],
      ['latin1.txt', 'decode', 'error'],
    ]);
    expect(rowFor(errors, 'empty.txt')[0].reason).toBe('empty file');
    expect(rowFor(errors, 'binary.txt')[0].reason).toMatch(/binary/);
    expect(rowFor(errors, 'latin1.txt')[0].reason).toMatch(/UTF-8/);
  });

  it('refuses a 50 MB file over the default maxBytes without reading it', () => {
    const dir = corpus(GOOD);
    const big = join(dir, 'huge.txt');
    const fd = openSync(big, 'w');
    writeSync(fd, 'Dam report\n' + 'The reservoir level rose again overnight.\n'.repeat(1000));
    ftruncateSync(fd, 50 * 1024 * 1024); // sparse: 50 MB on paper, cheap on disk
    closeSync(fd);
    const { articles, errors } = readCorpus(dir);
    goodRead(articles);
    expect(errors).toEqual([{ file: 'huge.txt', article_id: null, stage: 'read', severity: 'error', reason: expect.stringMatching(/50 MiB, over the 32 MiB limit/) }]);
    // a small limit refuses a small file the same way
    expect(readCorpus(dir, { maxBytes: 100 }).errors.map((e) => e.file)).toEqual(['good/story.txt', 'huge.txt']);
  });

  it('reads a large export under the limit', () => {
    const line = (i: number) => JSON.stringify({ id: `r${i}`, title: `Market report ${i}`, text: 'Shares rose on Monday as investors weighed new figures on factory output. '.repeat(20) });
    const dir = corpus({ 'big.ndjson': Array.from({ length: 1500 }, (_, i) => line(i)).join('\n') });
    const { articles, errors } = readCorpus(dir);
    expect(errors).toEqual([]);
    expect(articles).toHaveLength(1500);
  });

  it('truncates an over-long story at a line end and flags it', () => {
    const dir = corpus({ 'long.txt': 'Long report\n' + 'Another paragraph of the long report follows here.\n'.repeat(200) });
    const { articles, errors } = readCorpus(dir, { maxArticleChars: 1000 });
    expect(articles[0].raw.length).toBeLessThanOrEqual(1000);
    expect(articles[0].raw.endsWith('follows here.')).toBe(true);
    expect(articles[0].flags).toContain('truncated');
    expect(errors).toEqual([expect.objectContaining({ file: 'long.txt', article_id: articles[0].id, severity: 'warning' })]);
  });

  it('reads the text of an HTML page full of scripts, never the scripts', () => {
    const scripts = '<script>var secret = "SCRIPT BODY";</script>'.repeat(500);
    const dir = corpus({ ...GOOD, 'page.html': `<html><head>${scripts}</head><body>${scripts}<p onmouseover="x()">The bridge will stay closed until Friday, engineers said after an inspection.</p></body></html>` });
    const { articles, errors } = readCorpus(dir);
    goodRead(articles);
    const page = articles.find((a) => a.file === 'page.html')!;
    expect(page.raw).toContain('The bridge will stay closed until Friday');
    expect(page.raw).not.toContain('SCRIPT BODY');
    expect(errors).toEqual([]);
  });

  it('gives one error row for a malformed feed or JSON file and reads its neighbours', () => {
    const dir = corpus({
      ...GOOD,
      'broken.rss': '<rss><channel><item><title>Unclosed</channel></rss>',
      'bomb.rss': '<?xml version="1.0"?><!DOCTYPE r [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]><rss><channel><title>&b;</title></channel></rss>',
      'broken.json': '[{"text": "unfinished"',
    });
    const { articles, errors } = readCorpus(dir);
    goodRead(articles);
    expect(errors.map((e) => [e.file, e.stage, e.severity])).toEqual([
      ['bomb.rss', 'parse', 'error'],
      ['broken.json', 'parse', 'error'],
      ['broken.rss', 'parse', 'error'],
    ]);
    expect(rowFor(errors, 'bomb.rss')[0].reason).toMatch(/billion laughs/);
  });

  it('flags a non-English story with a warning row and still reads it', () => {
    const german = 'Hochwasser in Bayern\n\nDie Feuerwehr hat in der Nacht mehrere Dörfer evakuiert, nachdem der Fluss über die Ufer getreten ist. Nach Angaben der Behörden sind mehr als 300 Menschen betroffen, die in Turnhallen untergebracht wurden. Der Regen soll bis zum Wochenende anhalten.';
    const dir = corpus({ ...GOOD, 'de.txt': german });
    const { articles, errors } = readCorpus(dir);
    goodRead(articles);
    const de = articles.find((a) => a.file === 'de.txt')!;
    expect(de).toMatchObject({ language: 'de', inferred: expect.objectContaining({ language: true }), flags: ['non_english'] });
    expect(articles.find((a) => a.file === 'good/story.txt')!.language).toBe('en');
    expect(errors).toEqual([expect.objectContaining({ file: 'de.txt', article_id: de.id, severity: 'warning', reason: expect.stringMatching(/not English/) })]);
  });

  it('reports files no reader takes instead of skipping them silently', () => {
    const dir = corpus({ ...GOOD, 'scan.pdf': '%PDF-1.4', 'notes/.hidden.txt': 'x', 'gold/answers.json': '{}' });
    const { articles, errors } = readCorpus(dir);
    expect(articles.map((a) => a.file)).toEqual(['good/story.txt']);
    expect(errors).toEqual([expect.objectContaining({ file: 'scan.pdf', severity: 'warning', reason: expect.stringMatching(/no reader for "\.pdf"/) })]);
  });
});
