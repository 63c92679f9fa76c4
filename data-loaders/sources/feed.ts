/**
 * RSS 2.0, RSS 1.0 (RDF) and Atom feeds: every item (entry) is a story.
 * Text comes from `content:encoded`, `content`, `description` or `summary`
 * (HTML converted to paragraphs as for web pages); `guid`/`id` is the story
 * key; `pubDate`/`published`/`updated`/`dc:date` the date; `dc:creator` or
 * `author` the byline; the channel title the outlet.
 *
 * Feeds that declare their own XML entities (`<!ENTITY …>`) are refused: that
 * is how "billion laughs" bombs work, and news feeds never need it.
 */
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { normaliseDate } from './dates.ts';
import { htmlToLines, looksLikeHtml } from './html-text.ts';
import type { RawArticle, Reader } from './reader.ts';

type Node = Record<string, unknown>;

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@_',
  textNodeName: '#text',
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: true,
  processEntities: { enabled: true, maxEntityCount: 0, maxTotalExpansions: 100000, maxExpandedLength: 10_000_000 },
  htmlEntities: true,
  maxNestedTags: 500,
  stopNodes: ['*.content'],
  isArray: (name) => ['item', 'entry', 'link', 'category', 'author', 'dc:creator'].includes(name),
});

export const feedReader: Reader = {
  name: 'feed',
  extensions: ['.rss', '.atom'],
  sniffExtensions: ['.xml'],
  sniff: (text) => /<(?:rss|feed|rdf:RDF)[\s>]/.test(text.slice(0, 4000)),
  read({ text, report }) {
    if (/<!ENTITY/i.test(text)) throw new Error('feed declares its own XML entities (<!ENTITY …>): refused, as entity expansion can explode ("billion laughs")');
    const valid = XMLValidator.validate(text);
    if (valid !== true) throw new Error(`malformed XML at line ${valid.err.line}: ${valid.err.msg}`);
    const doc = parser.parse(text) as Node;
    const rss = doc.rss as Node | undefined;
    const rdf = doc['rdf:RDF'] as Node | undefined;
    const atom = doc.feed as Node | undefined;
    let channel: Node;
    let items: Node[];
    if (rss) {
      channel = (rss.channel as Node) ?? {};
      items = (channel.item as Node[]) ?? [];
    } else if (rdf) {
      channel = (rdf.channel as Node) ?? {};
      items = (rdf.item as Node[]) ?? [];
    } else if (atom) {
      channel = atom;
      items = (atom.entry as Node[]) ?? [];
    } else {
      throw new Error('not an RSS or Atom feed (no <rss>, <rdf:RDF> or <feed> root element)');
    }
    const outlet = textOf(channel.title);
    const language = textOf(channel.language) ?? textOf(channel['dc:language']) ?? (channel['@_xml:lang'] as string | undefined);
    if (items.length === 0) report({ severity: 'warning', reason: 'feed has no items' });

    const out: RawArticle[] = [];
    const seen = new Set<string>();
    items.forEach((item, i) => {
      const link = linkOf(item.link);
      let key = textOf(item.guid) ?? textOf(item.id) ?? link ?? `item ${i + 1}`;
      if (seen.has(key)) key = `${key} (${i + 1})`;
      seen.add(key);
      const title = titleOf(item.title);
      const body = bodyOf(item);
      const flags: string[] = [];
      let lines: string[] = body?.lines ?? [];
      if (body && body.flattened > 0) flags.push('html_flattened');
      if (lines.length === 0) {
        if (!title) {
          report({ key, severity: 'error', reason: `feed item ${i + 1} has neither text nor title; skipped` });
          return;
        }
        flags.push('headline_only');
        report({ key, severity: 'warning', reason: `feed item ${i + 1} has no text; its title is read as the story` });
      }
      if (title && lines[0] !== title) lines = [title, ...lines];
      const a: RawArticle = { key, raw: lines.join('\n'), captionHints: body?.captions ?? [], flags };
      if (title) a.title = title;
      if (link) a.url = link;
      if (outlet) a.outlet = outlet;
      const date = normaliseDate(textOf(item.pubDate) ?? textOf(item.published) ?? textOf(item['dc:date']) ?? textOf(item.updated) ?? textOf(item['a10:updated']));
      if (date) a.published = date;
      const byline = authorOf(item['dc:creator']) ?? authorOf(item.author);
      if (byline) a.byline = byline;
      if (language) a.language = language.toLowerCase().split(/[-_]/)[0];
      out.push(a);
    });
    return out;
  },
};

/** Text of an element that may carry attributes (`{#text, @_type}`) or repeat. */
function textOf(v: unknown): string | undefined {
  if (Array.isArray(v)) return textOf(v[0]);
  if (typeof v === 'string') return v.trim() || undefined;
  if (typeof v === 'number') return String(v);
  if (v && typeof v === 'object') return textOf((v as Node)['#text']);
  return undefined;
}

/** A title; titles typed or double-escaped as HTML (`&amp;amp;`, `<b>`) are unescaped once and stripped of tags. */
function titleOf(v: unknown): string | undefined {
  const t = textOf(v);
  if (!t || !/&(?:#\d+|#x[0-9a-f]+|[a-z]+);|<\/?[a-z]/i.test(t)) return t;
  return decodeXmlEntities(t).replace(/<\/?[a-zA-Z][^<>]*>/g, '').replace(/&nbsp;/g, ' ').replace(/\s+/g, ' ').trim() || undefined;
}

/** RSS `<link>` text or the Atom `<link rel="alternate" href>`. */
function linkOf(v: unknown): string | undefined {
  const links = Array.isArray(v) ? v : v === undefined ? [] : [v];
  for (const l of links) {
    if (typeof l === 'string' && l.trim()) return l.trim();
    if (l && typeof l === 'object') {
      const o = l as Node;
      const rel = (o['@_rel'] as string | undefined) ?? 'alternate';
      if (rel === 'alternate' && typeof o['@_href'] === 'string') return o['@_href'];
      if (typeof o['#text'] === 'string') return o['#text'];
    }
  }
  return undefined;
}

function authorOf(v: unknown): string | undefined {
  const list = Array.isArray(v) ? v : v === undefined ? [] : [v];
  const names = list
    .map((a) => (a && typeof a === 'object' && 'name' in (a as Node) ? textOf((a as Node).name) : textOf(a)))
    .filter((x): x is string => !!x)
    .map((s) => s.replace(/^\S+@\S+\s*\((.*)\)$/, '$1').trim()); // RSS "mail@example.com (Name)"
  return names.length ? names.join(', ') : undefined;
}

/** The item's story text as paragraphs, from the richest field it has. */
function bodyOf(item: Node): { lines: string[]; captions: string[]; flattened: number } | null {
  for (const field of ['content:encoded', 'content', 'description', 'summary']) {
    const v = item[field];
    if (v === undefined) continue;
    let s: string | undefined;
    if (field === 'content') {
      // kept raw (a stop node): Atom type="html" is escaped, type="xhtml" is markup, CDATA may wrap either
      const node = (typeof v === 'object' && v !== null ? v : { '#text': v }) as Node;
      const raw = String(node['#text'] ?? '').trim();
      const type = String(node['@_type'] ?? 'text');
      const unwrapped = raw.replace(/^<!\[CDATA\[([\s\S]*)\]\]>$/, '$1');
      s = unwrapped !== raw || type === 'xhtml' ? unwrapped : decodeXmlEntities(unwrapped);
    } else s = textOf(v);
    if (!s) continue;
    if (looksLikeHtml(s)) return htmlToLines(s);
    const lines = s.split(/\r?\n/).map((l) => l.replace(/\s+/g, ' ').trim()).filter(Boolean);
    if (lines.length) return { lines, captions: [], flattened: 0 };
  }
  return null;
}

function decodeXmlEntities(s: string): string {
  return s.replace(/&(?:#(\d{1,7})|#x([0-9a-fA-F]{1,6})|(lt|gt|amp|quot|apos));/g, (m, dec, hex, name) => {
    if (dec || hex) {
      const cp = dec ? parseInt(dec, 10) : parseInt(hex, 16);
      return cp > 0 && cp <= 0x10ffff ? String.fromCodePoint(cp) : m;
    }
    return ({ lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" } as Record<string, string>)[name];
  });
}
