/** Test helpers for cleaning: build Articles from hand-written page text. */
import type { Article } from '../../data-loaders/types.ts';
import { readFileSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const HERE = dirname(fileURLToPath(import.meta.url));

/** A fixture file's text from tests/clean/fixtures. */
export function fixture(name: string): string {
  return readFileSync(join(HERE, 'fixtures', name), 'utf8');
}

let counter = 0;

/** An Article with the given raw text and metadata (unique id per call unless given). */
export function article(raw: string, meta: Partial<Article> = {}): Article {
  counter++;
  return {
    id: meta.id ?? `t${String(counter).padStart(4, '0')}`,
    file: meta.file ?? `fixture_${counter}.txt`,
    key: null,
    format: 'text',
    raw,
    title: null,
    outlet: null,
    published: null,
    url: null,
    language: 'en',
    byline: null,
    inferred: {},
    wireCredits: [],
    captionHints: [],
    flags: [],
    ...meta,
  };
}
