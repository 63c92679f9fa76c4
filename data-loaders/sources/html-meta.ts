/**
 * Metadata of a saved web page, read before Readability rewrites the DOM:
 * `<meta>` tags (Open Graph `og:*`, `article:published_time`, `author`,
 * Dublin Core), microdata (`itemprop="datePublished"`), JSON-LD
 * (`NewsArticle` and friends: `headline`, `datePublished`, `publisher`,
 * `author`, `url`), `<link rel="canonical">`, `<html lang>` and `<title>`.
 */
import { normaliseDate } from './dates.ts';

export interface PageMeta {
  title?: string;
  /** `<title>` as written, suffixes included (a clue for outlet inference). */
  pageTitle?: string;
  published?: string;
  url?: string;
  /** `og:site_name`: a clue, not metadata. */
  siteName?: string;
  /** Publisher named in JSON-LD: metadata. */
  publisher?: string;
  byline?: string;
  language?: string;
}

/** Minimal DOM surface used here. */
interface El {
  getAttribute(name: string): string | null;
  textContent: string | null;
}
interface Doc {
  querySelectorAll(sel: string): Iterable<El> & { length: number };
  querySelector(sel: string): El | null;
  documentElement: El | null;
}

const ARTICLE_TYPES = /^(?:NewsArticle|Article|ReportageNewsArticle|AnalysisNewsArticle|BackgroundNewsArticle|OpinionNewsArticle|LiveBlogPosting|BlogPosting|Report|WebPage|SocialMediaPosting)$/;

export function pageMeta(doc: unknown, jsonLd: string[]): PageMeta {
  const d = doc as Doc;
  const meta = new Map<string, string>();
  for (const el of d.querySelectorAll('meta')) {
    const key = (el.getAttribute('property') ?? el.getAttribute('name') ?? el.getAttribute('itemprop') ?? el.getAttribute('http-equiv') ?? '').trim().toLowerCase();
    const content = (el.getAttribute('content') ?? '').trim();
    if (key && content && !meta.has(key)) meta.set(key, content);
  }
  const get = (...keys: string[]) => keys.map((k) => meta.get(k)).find((v) => !!v);
  const ld = readJsonLd(jsonLd);

  const out: PageMeta = {};
  const titleEl = d.querySelector('title');
  const pageTitle = clean(titleEl?.textContent);
  if (pageTitle) out.pageTitle = pageTitle;
  const title = clean(ld.headline) ?? clean(get('og:title', 'twitter:title', 'dc.title', 'headline'));
  if (title) out.title = title;

  const timeEl = d.querySelector('[itemprop="datePublished"]');
  const dateCandidates = [
    ld.datePublished,
    get('article:published_time', 'og:published_time', 'og:article:published_time', 'datepublished', 'published_time', 'pubdate', 'publishdate', 'publish-date', 'dc.date.issued', 'dc.date', 'dcterms.created', 'date', 'sailthru.date', 'parsely-pub-date'),
    timeEl?.getAttribute('datetime') ?? timeEl?.getAttribute('content') ?? timeEl?.textContent ?? undefined,
  ];
  for (const c of dateCandidates) {
    const iso = c ? normaliseDate(c) : null;
    if (iso) {
      out.published = iso;
      break;
    }
  }

  const canonical = d.querySelector('link[rel="canonical"]')?.getAttribute('href');
  const url = [canonical, get('og:url', 'twitter:url'), ld.url].find((u) => !!u && /^https?:\/\//i.test(u.trim()));
  if (url) out.url = url.trim();

  const siteName = clean(get('og:site_name', 'application-name', 'twitter:site'));
  if (siteName) out.siteName = siteName.replace(/^@/, '');
  if (ld.publisher) out.publisher = ld.publisher;

  const author = ld.author ?? get('author', 'article:author', 'byl', 'dc.creator', 'sailthru.author', 'parsely-author');
  if (author && !/^https?:\/\//i.test(author)) out.byline = clean(author.replace(/^by\s+/i, ''));

  const lang = d.documentElement?.getAttribute('lang') ?? ld.inLanguage ?? get('og:locale', 'content-language', 'language', 'dc.language');
  if (lang && /^[a-z]{2,3}(?:[-_][a-z0-9]+)*$/i.test(lang.trim())) out.language = lang.trim().toLowerCase().split(/[-_]/)[0];
  return out;
}

interface LdArticle {
  headline?: string;
  datePublished?: string;
  publisher?: string;
  author?: string;
  url?: string;
  inLanguage?: string;
}

/** JSON-LD nodes visited per block. */
const MAX_LD_NODES = 500;

/** The first article-like object across the page's JSON-LD blocks (malformed blocks are skipped). */
function readJsonLd(blocks: string[]): LdArticle {
  for (const block of blocks) {
    let data: unknown;
    try {
      data = JSON.parse(block.trim());
    } catch {
      continue;
    }
    // Breadth-first over at most MAX_LD_NODES nodes; a list adds at most that many
    // (spreading a huge list into push() would overflow the call stack).
    const queue: unknown[] = [data];
    const enqueue = (list: unknown[]) => queue.push(...list.slice(0, MAX_LD_NODES));
    for (let head = 0; head < queue.length && head < MAX_LD_NODES; head++) {
      const x = queue[head];
      if (Array.isArray(x)) {
        enqueue(x);
        continue;
      }
      if (!x || typeof x !== 'object') continue;
      const o = x as Record<string, unknown>;
      if (Array.isArray(o['@graph'])) enqueue(o['@graph']);
      const types = ([] as unknown[]).concat(o['@type'] ?? []).map(String);
      if (!types.some((t) => ARTICLE_TYPES.test(t)) || (types.includes('WebPage') && !o.headline && !o.datePublished)) continue;
      return {
        headline: str(o.headline) ?? str(o.name),
        datePublished: str(o.datePublished) ?? str(o.dateCreated),
        publisher: name(o.publisher),
        author: name(o.author),
        url: str(o.url) ?? name(o.mainEntityOfPage, '@id'),
        inLanguage: str(o.inLanguage),
      };
    }
  }
  return {};
}

function str(v: unknown): string | undefined {
  return typeof v === 'string' && v.trim() ? v.trim() : undefined;
}

/** `"X"`, `{name: "X"}` or a list of those, joined. */
function name(v: unknown, field = 'name'): string | undefined {
  if (typeof v === 'string') return str(v);
  if (Array.isArray(v)) {
    const names = v.map((x) => name(x, field)).filter((x): x is string => !!x);
    return names.length ? names.join(', ') : undefined;
  }
  if (v && typeof v === 'object') return str((v as Record<string, unknown>)[field]);
  return undefined;
}

/** White space collapsed and trimmed; undefined when nothing is left. */
export function clean(s: string | null | undefined): string | undefined {
  const t = s?.replace(/\s+/g, ' ').trim();
  return t ? t : undefined;
}
