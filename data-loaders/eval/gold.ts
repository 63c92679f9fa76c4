/**
 * Gold annotations: what a careful reader says one article contains. One JSON
 * file per article in `<corpus>/gold/` (any file name), written by hand as
 * docs/annotating.md explains. Every list may be empty; missing lists count
 * as empty, so a gold file can annotate only some components.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export interface GoldClaim {
  /** A stretch of the sentence the number is stated in (to tell apart equal values). */
  sentence_excerpt: string;
  /** The number as written (`1,100 square km`). */
  text: string;
  value: number;
  unit: string | null;
  qualifier: string;
  subject: string | null;
  claimant: string | null;
  cited_source: string | null;
  as_of: string | null;
}

export interface GoldQuote {
  speaker: string | null;
  /** Some words of the quotation as printed (a part is enough). */
  quote_excerpt: string;
}

export interface GoldEvent {
  what: string;
  actors: string[];
  date: string | null;
  place: string | null;
}

export interface GoldArticle {
  /** The article's file, relative to the corpus folder (as in manifest.json). */
  article: string;
  /** Story key inside a multi-story file (feed guid, record index); omit for one-story files. */
  key?: string | null;
  claims: GoldClaim[];
  quotes: GoldQuote[];
  actors: string[];
  events: GoldEvent[];
  boilerplate_lines: string[];
  caption_lines: string[];
}

/** Check one parsed gold file and fill missing lists; throws with the file name on a bad shape. */
export function parseGold(data: unknown, name: string): GoldArticle {
  if (!data || typeof data !== 'object' || Array.isArray(data)) throw new Error(`${name}: gold must be a JSON object`);
  const g = data as Record<string, unknown>;
  if (typeof g.article !== 'string' || !g.article) throw new Error(`${name}: "article" (the article's file path) is required`);
  const list = <T>(k: string): T[] => {
    const v = g[k];
    if (v === undefined || v === null) return [];
    if (!Array.isArray(v)) throw new Error(`${name}: "${k}" must be a list`);
    return v as T[];
  };
  const claims = list<GoldClaim>('claims');
  claims.forEach((c, i) => {
    if (typeof c.value !== 'number') throw new Error(`${name}: claims[${i}].value must be a number`);
  });
  return {
    article: g.article.replace(/\\/g, '/'),
    key: typeof g.key === 'string' ? g.key : null,
    claims: claims.map((c) => ({
      sentence_excerpt: c.sentence_excerpt ?? '',
      text: c.text ?? '',
      value: c.value,
      unit: c.unit ?? null,
      qualifier: c.qualifier ?? 'exact',
      subject: c.subject ?? null,
      claimant: c.claimant ?? null,
      cited_source: c.cited_source ?? null,
      as_of: c.as_of ?? null,
    })),
    quotes: list<GoldQuote>('quotes').map((q) => ({ speaker: q.speaker ?? null, quote_excerpt: q.quote_excerpt ?? '' })),
    actors: list<string>('actors'),
    events: list<GoldEvent>('events').map((e) => ({ what: e.what ?? '', actors: e.actors ?? [], date: e.date ?? null, place: e.place ?? null })),
    boilerplate_lines: list<string>('boilerplate_lines'),
    caption_lines: list<string>('caption_lines'),
  };
}

/** Every gold file of a folder, sorted by article path. Empty when the folder is missing. */
export function readGold(goldDir: string): GoldArticle[] {
  if (!existsSync(goldDir)) return [];
  return readdirSync(goldDir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => parseGold(JSON.parse(readFileSync(join(goldDir, f), 'utf8')), f))
    .sort((a, b) => (a.article + '\0' + (a.key ?? '') < b.article + '\0' + (b.key ?? '') ? -1 : 1));
}
