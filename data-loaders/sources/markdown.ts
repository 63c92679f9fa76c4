/**
 * Markdown with optional YAML front matter. Front matter fields `title`,
 * `outlet`, `published` (or `date`), `url`, `language`, `byline` (or
 * `author`) are metadata; the first `# heading` is the title when the front
 * matter has none. Markdown syntax is stripped to plain text, link text kept,
 * soft-wrapped lines joined into one paragraph per line.
 */
import { parse as parseYaml } from 'yaml';
import type { ArticleMeta } from '../types.ts';
import { normaliseDate } from './dates.ts';
import type { RawArticle, Reader, ReaderInput } from './reader.ts';

export const markdownReader: Reader = {
  name: 'markdown',
  extensions: ['.md', '.markdown'],
  read(input) {
    const text = input.text.replace(/\r\n?/g, '\n');
    const { meta, body } = splitFrontMatter(text, input);
    const { lines, heading } = markdownToLines(body);
    const article: RawArticle = { ...meta, raw: lines.join('\n') };
    if (article.title == null && heading) article.title = heading;
    return [article];
  },
};

/** Front matter between `---` lines at the very top; malformed YAML is reported and skipped. */
function splitFrontMatter(text: string, input: ReaderInput): { meta: Partial<ArticleMeta>; body: string } {
  const m = /^---[ \t]*\n([\s\S]*?)\n(?:---|\.\.\.)[ \t]*(?:\n|$)/.exec(text);
  if (!m) return { meta: {}, body: text };
  const body = text.slice(m[0].length);
  let data: unknown;
  try {
    data = parseYaml(m[1]);
  } catch (e) {
    input.report({ severity: 'warning', reason: `front matter is not valid YAML, ignored: ${(e as Error).message.split('\n')[0]}` });
    return { meta: {}, body };
  }
  if (!data || typeof data !== 'object' || Array.isArray(data)) return { meta: {}, body };
  const d = data as Record<string, unknown>;
  const str = (...keys: string[]): string | undefined => {
    for (const k of keys) {
      const v = d[k];
      if (v instanceof Date) return v.toISOString().slice(0, 10);
      if (typeof v === 'string' && v.trim()) return v.trim();
      if (typeof v === 'number') return String(v);
      if (Array.isArray(v) && v.every((x) => typeof x === 'string') && v.length) return v.join(', ');
    }
    return undefined;
  };
  const meta: Partial<ArticleMeta> = {};
  const title = str('title', 'headline');
  const outlet = str('outlet', 'source', 'publisher', 'site');
  const published = str('published', 'date', 'published_at', 'pubDate');
  const url = str('url', 'link', 'canonical_url');
  const language = str('language', 'lang');
  const byline = str('byline', 'author', 'authors');
  if (title) meta.title = title;
  if (outlet) meta.outlet = outlet;
  if (published) {
    const iso = normaliseDate(published);
    if (iso) meta.published = iso;
    else input.report({ severity: 'warning', reason: `front matter date "${published}" is not a date; ignored` });
  }
  if (url) meta.url = url;
  if (language) meta.language = language.toLowerCase().split(/[-_]/)[0];
  if (byline) meta.byline = byline;
  return { meta, body };
}

/** Markdown to plain-text paragraphs, one per line; the first level-1 heading is returned too. */
export function markdownToLines(md: string): { lines: string[]; heading: string | null } {
  const out: string[] = [];
  let para: string[] = [];
  let heading: string | null = null;
  let fence: string | null = null;
  const flush = () => {
    if (para.length) out.push(para.join(' '));
    para = [];
  };
  for (const rawLine of md.split('\n')) {
    const fenceMatch = /^\s{0,3}(`{3,}|~{3,})/.exec(rawLine);
    if (fence) {
      if (fenceMatch && fenceMatch[1][0] === fence[0] && fenceMatch[1].length >= fence.length) fence = null;
      else out.push(rawLine.trimEnd());
      continue;
    }
    if (fenceMatch) {
      flush();
      fence = fenceMatch[1];
      continue;
    }
    let line = rawLine.trim();
    if (line === '') {
      flush();
      out.push('');
      continue;
    }
    if (/^\[[^\]]+\]:\s*\S+/.test(line)) continue; // link reference definition
    if (/^(?:[-*_]\s*){3,}$/.test(line)) {
      flush();
      continue; // horizontal rule
    }
    if (/^=+$|^-+$/.test(line) && para.length) {
      // setext heading underline: the paragraph so far is a heading
      const h = para.join(' ');
      para = [];
      out.push(h);
      if (line[0] === '=' && heading === null) heading = h;
      continue;
    }
    const h = /^(#{1,6})\s+(.*)$/.exec(line);
    if (h) {
      flush();
      const t = inline(withoutClosingHashes(h[2]));
      if (h[1].length === 1 && heading === null) heading = t;
      out.push(t);
      continue;
    }
    if (/^\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?$/.test(line)) continue; // table separator row
    let block = false;
    line = line.replace(/^(?:>\s?)+/, () => ((block = true), ''));
    // a bullet goes; an ordered list keeps its number, as the same list copied as plain text would ("1. Monsoon reaches …")
    line = line.replace(/^(?:[-*+]\s+|(\d{1,9}[.)])\s+)(?:\[[ xX]\]\s+)?/, (_m, n: string | undefined) => ((block = true), n ? `${n} ` : ''));
    if (/^\|.*\|$/.test(line)) {
      block = true;
      line = line.slice(1, -1).split('|').map((c) => c.trim()).filter(Boolean).join(' — ');
    }
    const t = inline(line);
    if (block) {
      flush();
      if (t) out.push(t);
    } else if (t) {
      para.push(t);
      if (/ {2}$|\\$/.test(rawLine)) flush(); // hard line break
    }
  }
  flush();
  // collapse runs of blank lines and trim blank lines at both ends
  const lines: string[] = [];
  for (const l of out) if (l !== '' || (lines.length && lines[lines.length - 1] !== '')) lines.push(l);
  while (lines.length && lines[lines.length - 1] === '') lines.pop();
  return { lines, heading };
}

/** `Title ##` → `Title`: the optional closing hashes of a `#` heading (linear: no regex backtracking over long runs). */
function withoutClosingHashes(s: string): string {
  let end = s.length;
  while (end > 0 && s[end - 1] === '#') end--;
  if (end === s.length || end === 0 || !/\s/.test(s[end - 1])) return s;
  return s.slice(0, end).trimEnd();
}

/*
 * Inline patterns never let a bracket, parenthesis or emphasis mark span
 * another opening one (`[^[\]]`, `(?:[^*]|\*(?!\*))`): each character is then
 * scanned a bounded number of times, so a line of ten thousand unclosed
 * `[` or `**` costs linear time instead of quadratic.
 */
/** Link or image target `( … )`, allowing one level of parentheses inside (`(https://x.org/a_(b))`). */
const TARGET = String.raw`\((?:[^()]|\([^()]*\))*\)`;
const IMAGE = new RegExp(String.raw`!\[[^[\]]*\](?:${TARGET}|\[[^[\]]*\])`, 'g');
const LINK = new RegExp(String.raw`\[([^[\]]*)\](?:${TARGET}|\[[^[\]]*\])`, 'g');
const STRONG = /\*\*(?=\S)((?:[^*]|\*(?!\*))+?)(?<=\S)\*\*|__(?=\S)((?:[^_]|_(?!_))+?)(?<=\S)__/g;
const STRIKE = /~~(?=\S)((?:[^~]|~(?!~))+?)(?<=\S)~~/g;

/** Inline markdown to text: images dropped, links to their text, emphasis and code marks removed, HTML tags stripped. */
function inline(s: string): string {
  return s
    .replace(IMAGE, '')
    .replace(LINK, '$1')
    .replace(/<(https?:[^>\s]+)>/g, '$1')
    .replace(/<\/?[a-zA-Z][^<>]*>/g, '')
    .replace(STRONG, '$1$2')
    .replace(/(^|[^\w*])[*_](?=\S)([^*_]+?)(?<=\S)[*_](?![\w*])/g, '$1$2')
    .replace(STRIKE, '$1')
    .replace(/`([^`]+)`/g, '$1')
    .replace(/\\([\\`*_{}[\]()#+\-.!|>~])/g, '$1')
    .replace(/[ \t]+/g, ' ')
    .trim();
}
