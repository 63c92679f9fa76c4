/**
 * Build a Doc from plain text and optional metadata, without the sources and
 * clean stages: each `\n`-separated line is a kept story line. Used by tests,
 * the REPL and anyone scoring one extractor on hand-written sentences.
 */
import { createHash } from 'node:crypto';
import type { ArticleMeta, CleanArticle, LineRecord } from '../types.ts';
import { Doc } from './doc.ts';

export function makeArticle(text: string, meta: Partial<ArticleMeta> & { file?: string; captions?: number[] } = {}): CleanArticle {
  const lines: LineRecord[] = [];
  let pos = 0;
  text.split('\n').forEach((line, i) => {
    const blank = line.trim() === '';
    lines.push({
      line: i,
      text: line,
      kind: blank ? 'blank' : meta.captions?.includes(i) ? 'caption' : 'story',
      reason: null,
      start: blank ? null : pos,
      end: blank ? null : pos + line.length,
    });
    pos += line.length + 1;
  });
  const file = meta.file ?? 'inline.txt';
  return {
    id: createHash('sha1').update(file).digest('hex').slice(0, 12),
    file,
    key: null,
    format: 'text',
    raw: text,
    text,
    lines,
    title: meta.title ?? null,
    outlet: meta.outlet ?? null,
    published: meta.published ?? null,
    url: meta.url ?? null,
    language: meta.language ?? 'en',
    byline: meta.byline ?? null,
    inferred: {},
    wireCredits: [],
    captionHints: [],
    flags: [],
  };
}

export function makeDoc(text: string, meta: Parameters<typeof makeArticle>[1] = {}): Doc {
  return new Doc(makeArticle(text, meta));
}
