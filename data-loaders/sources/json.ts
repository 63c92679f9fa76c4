/**
 * JSON and NDJSON/JSONL exports: one story per record. A `.json` file holds
 * an array of records, an object with such an array (`articles`, `items`,
 * `data`, `records`, `results`, …) or one record. An `.ndjson`/`.jsonl` file
 * holds one record per line; a malformed line becomes one error row and the
 * other lines are read.
 *
 * Record fields are found under common names (`text`/`body`/`content`,
 * `html`, `url`/`link`, `outlet`/`source`/`publisher`, `published`/`date`,
 * `title`/`headline`, `byline`/`author`, `language`/`lang`, `id`/`guid`);
 * `options.fieldMap` (CLI `--field text=body`) names them explicitly, with
 * dotted paths for nested objects (`--field outlet=source.name`).
 */
import { normaliseDate } from './dates.ts';
import { htmlToLines, looksLikeHtml } from './html-text.ts';
import type { RawArticle, Reader, ReaderInput, RecordField } from './reader.ts';

/** Names looked for when `fieldMap` does not name a field. */
export const DEFAULT_FIELD_NAMES: Record<RecordField, string[]> = {
  text: ['text', 'body', 'content', 'article_text', 'full_text', 'fulltext', 'story', 'maintext'],
  html: ['html', 'body_html', 'content_html', 'html_content'],
  url: ['url', 'link', 'permalink', 'canonical_url', 'source_url'],
  outlet: ['outlet', 'source', 'publisher', 'site_name', 'sitename', 'source_name', 'publication', 'domain'],
  published: ['published', 'date', 'published_at', 'publishedAt', 'pubDate', 'publish_date', 'date_publish', 'datetime', 'timestamp', 'created_at'],
  title: ['title', 'headline', 'name'],
  byline: ['byline', 'author', 'authors', 'creator'],
  language: ['language', 'lang', 'locale'],
  key: ['id', 'guid', 'uuid', '_id', 'article_id', 'doc_id'],
};

/** Where a `.json` file may keep its array of records. */
const ARRAY_KEYS = ['articles', 'items', 'data', 'records', 'results', 'docs', 'documents', 'entries', 'stories', 'posts', 'hits'];

export const jsonReader: Reader = {
  name: 'json',
  extensions: ['.json', '.ndjson', '.jsonl'],
  sniff: (text) => /^\s*[[{]/.test(text.slice(0, 100)),
  read(input) {
    const lineMode = /\.(?:ndjson|jsonl)$/i.test(input.file) || (!input.file.toLowerCase().endsWith('.json') && looksLineDelimited(input.text));
    return lineMode ? readLines(input) : readDocument(input);
  },
};

function readLines(input: ReaderInput): RawArticle[] {
  const out: RawArticle[] = [];
  const lines = input.text.split('\n');
  lines.forEach((line, i) => {
    if (!line.trim()) return;
    const where = `line ${i + 1}`;
    let rec: unknown;
    try {
      rec = JSON.parse(line);
    } catch (e) {
      input.report({ key: where, severity: 'error', reason: `${where} is not valid JSON (${(e as Error).message}); line skipped` });
      return;
    }
    const a = toArticle(rec, where, input);
    if (a) out.push(a);
  });
  return out;
}

function readDocument(input: ReaderInput): RawArticle[] {
  let data: unknown;
  try {
    data = JSON.parse(input.text);
  } catch (e) {
    throw new Error(`not valid JSON: ${(e as Error).message}`);
  }
  let records: unknown[];
  if (Array.isArray(data)) records = data;
  else if (data && typeof data === 'object') {
    const o = data as Record<string, unknown>;
    const k = ARRAY_KEYS.find((key) => Array.isArray(o[key]));
    records = k ? (o[k] as unknown[]) : [data];
  } else throw new Error('JSON holds neither a record nor a list of records');
  const out: RawArticle[] = [];
  records.forEach((rec, i) => {
    const a = toArticle(rec, `record ${i + 1}`, input);
    if (a) out.push(a);
  });
  return out;
}

function toArticle(rec: unknown, where: string, input: ReaderInput): RawArticle | null {
  if (!rec || typeof rec !== 'object' || Array.isArray(rec)) {
    input.report({ key: where, severity: 'error', reason: `${where} is not a JSON object; skipped` });
    return null;
  }
  const o = rec as Record<string, unknown>;
  const map = input.options.fieldMap ?? {};
  const field = (f: RecordField): unknown => {
    const names = map[f] ? [map[f]!] : DEFAULT_FIELD_NAMES[f];
    for (const name of names) {
      const v = getPath(o, name);
      if (v !== undefined && v !== null && v !== '') return v;
    }
    return undefined;
  };
  const idValue = str(field('key'));
  const key = idValue ?? where;
  const text = str(field('text'));
  const html = str(field('html'));
  let lines: string[] = [];
  let captions: string[] = [];
  const flags: string[] = [];
  const source = text ?? html;
  if (source !== undefined) {
    const isHtml = text === undefined || looksLikeHtml(text);
    if (isHtml) {
      const h = htmlToLines(source);
      lines = h.lines;
      captions = h.captions;
      if (h.flattened) flags.push('html_flattened');
    } else lines = source.replace(/\r\n?/g, '\n').split('\n');
  }
  if (!lines.some((l) => l.trim())) {
    const looked = map.text ? `"${map.text}"` : [...DEFAULT_FIELD_NAMES.text, ...DEFAULT_FIELD_NAMES.html].join(', ');
    input.report({ key, severity: 'error', reason: `${where} has no story text (looked for ${looked}); map the field with --field text=<name>` });
    return null;
  }
  const a: RawArticle = { key, raw: lines.join('\n'), captionHints: captions, flags };
  const title = str(field('title'));
  if (title) a.title = title;
  const url = str(field('url'));
  if (url) a.url = url;
  const outlet = nameOf(field('outlet'));
  if (outlet) a.outlet = outlet;
  const pub = field('published');
  if (pub !== undefined) {
    const iso = normaliseDate(pub);
    if (iso) a.published = iso;
    else input.report({ key, severity: 'warning', reason: `${where}: "${String(pub).slice(0, 40)}" is not a date; published left empty` });
  }
  const byline = nameOf(field('byline'));
  if (byline) a.byline = byline;
  const lang = str(field('language'));
  if (lang) a.language = lang.toLowerCase().split(/[-_]/)[0];
  return a;
}

/** `a.b.c` inside nested objects; an exact key containing dots wins. */
function getPath(o: Record<string, unknown>, path: string): unknown {
  if (path in o) return o[path];
  let cur: unknown = o;
  for (const part of path.split('.')) {
    if (!cur || typeof cur !== 'object') return undefined;
    cur = (cur as Record<string, unknown>)[part];
  }
  return cur;
}

function str(v: unknown): string | undefined {
  if (typeof v === 'string') return v.trim() ? v : undefined;
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  return undefined;
}

/** A name given as a string, `{name}` object or a list of those. */
function nameOf(v: unknown): string | undefined {
  if (Array.isArray(v)) {
    const names = v.map(nameOf).filter((x): x is string => !!x);
    return names.length ? names.join(', ') : undefined;
  }
  if (v && typeof v === 'object') {
    const o = v as Record<string, unknown>;
    return str(o.name) ?? str(o.title) ?? str(o.id);
  }
  return str(v)?.trim();
}

/** Several lines that each start with `{`: NDJSON without its file ending. */
function looksLineDelimited(text: string): boolean {
  const lines = text.slice(0, 5000).split('\n').filter((l) => l.trim());
  return lines.length > 1 && lines.every((l, i) => /^\s*\{/.test(l) || i === lines.length - 1);
}
