/**
 * Typed views of the table rows the site's view builders read (the columns of
 * docs/tables.md), plus small helpers shared by those builders: counting,
 * capping, sorting and locating a claim's number inside its sentence.
 */
import type { Row } from '../tables/table.ts';

export interface ArticleRow {
  article_id: string; file: string; key: string | null; format: string;
  outlet: string | null; outlet_inferred: boolean;
  published: string | null; published_inferred: boolean;
  title: string | null; title_inferred: boolean;
  url: string | null; language: string | null; language_inferred: boolean;
  byline: string | null; text: string; word_count: number; wire_credits: string[];
  removed_lines: number; caption_lines: number; duplicate_lines: number; flags: string[];
}

export interface ClaimRow {
  claim_id: string; article_id: string; file: string; outlet: string | null; published: string | null;
  sentence: string; start: number; end: number; text: string;
  value: number | null; value_low: number | null; value_high: number | null;
  qualifier: string; vague: boolean; unit: string | null; quantity: string;
  value_canonical: number | null; unit_canonical: string | null; conversion_of: string | null;
  subject: string | null; metric: string | null;
  claimant: string | null; claimant_id: string | null; claimant_side: string | null; attribution: string | null;
  cited_source: string | null; as_of: string | null; period_start: string | null; period_end: string | null; caption: boolean;
}

export interface QuoteRow {
  quote_id: string; article_id: string; file: string; outlet: string | null;
  speaker: string | null; actor_id: string | null; text: string; start: number; end: number;
  attribution: string | null; partial: boolean;
}

export interface ActorRow {
  actor_id: string; name: string; kind: string; side: string | null; role: string | null;
  aliases: string[]; known: boolean; mentions: number; articles: number; quotes: number;
}

export interface MentionRow { article_id: string; file: string; actor_id: string; start: number; end: number; text: string; how: string }

export interface EventRow { event_id: string; type: string; label: string; date: string | null; place: string | null; actor_ids: string[]; n_reports: number }

export interface EventReportRow {
  event_id: string; article_id: string; file: string; outlet: string | null; published: string | null;
  start: number; end: number; text: string; type: string; trigger: string; date: string | null;
}

export interface BoilerplateRow { article_id: string; file: string; line: number; text: string; kind: string; reason: string | null }

export interface OverlapRow { a_id: string; b_id: string; a_start: number; a_end: number; b_start: number; b_end: number; text: string; similarity: number }

export interface ErrorRowView { file: string; article_id: string | null; stage: string; severity: string; reason: string }

/** Every table's rows, typed. */
export interface SiteTables {
  articles: ArticleRow[]; claims: ClaimRow[]; quotes: QuoteRow[]; actors: ActorRow[]; mentions: MentionRow[];
  events: EventRow[]; event_reports: EventReportRow[]; boilerplate: BoilerplateRow[]; overlaps: OverlapRow[]; errors: ErrorRowView[];
}

/** View untyped table rows (as `buildTables` returns them) through the documented columns. */
export function typed(tables: Record<string, Row[]>): SiteTables {
  const t = (name: string) => (tables[name] ?? []) as unknown[];
  return {
    articles: t('articles') as ArticleRow[], claims: t('claims') as ClaimRow[], quotes: t('quotes') as QuoteRow[],
    actors: t('actors') as ActorRow[], mentions: t('mentions') as MentionRow[], events: t('events') as EventRow[],
    event_reports: t('event_reports') as EventReportRow[], boilerplate: t('boilerplate') as BoilerplateRow[],
    overlaps: t('overlaps') as OverlapRow[], errors: t('errors') as ErrorRowView[],
  };
}

/** Label for a missing outlet / claimant / side. */
export const UNKNOWN = '(unknown)';

export const label = (s: string | null | undefined, fallback = UNKNOWN): string => (s === null || s === undefined || s === '' ? fallback : s);

/** Count rows by a composite key; returns entries sorted by count (desc), then key. */
export function countBy<T>(items: Iterable<T>, key: (x: T) => string | null): Map<string, number> {
  const m = new Map<string, number>();
  for (const x of items) {
    const k = key(x);
    if (k === null) continue;
    m.set(k, (m.get(k) ?? 0) + 1);
  }
  return m;
}

/** Keys of a count map, most frequent first (ties by key), at most `n`. */
export function topKeys(counts: Map<string, number>, n: number): string[] {
  return [...counts.entries()].sort((a, b) => b[1] - a[1] || cmp(a[0], b[0])).slice(0, n).map(([k]) => k);
}

/** Code-point string comparison (deterministic whatever the locale). */
export function cmp(a: string | null | undefined, b: string | null | undefined): number {
  const x = a ?? '';
  const y = b ?? '';
  return x < y ? -1 : x > y ? 1 : 0;
}

/** Group items by key, keeping insertion order. */
export function groupBy<T>(items: Iterable<T>, key: (x: T) => string): Map<string, T[]> {
  const m = new Map<string, T[]>();
  for (const x of items) {
    const k = key(x);
    const g = m.get(k);
    if (g) g.push(x);
    else m.set(k, [x]);
  }
  return m;
}

/**
 * Where the claim's number sits inside its sentence, as [start, end) offsets
 * into `sentence`: found from the article offsets when the sentence can be
 * located in the article text, else the first occurrence of the number text.
 */
export function highlightInSentence(c: Pick<ClaimRow, 'sentence' | 'start' | 'end' | 'text'>, articleText: string | undefined): [number, number] | null {
  if (articleText && c.sentence) {
    const from = articleText.lastIndexOf(c.sentence, c.start);
    if (from >= 0 && from + c.sentence.length >= c.end) return [c.start - from, c.end - from];
  }
  const i = c.sentence ? c.sentence.indexOf(c.text) : -1;
  return i >= 0 ? [i, i + c.text.length] : null;
}

/** Whole days from `a` to `b` (both `YYYY-MM-DD`); null when either is not a full date. */
export function daysBetween(a: string | null, b: string | null): number | null {
  const full = /^\d{4}-\d{2}-\d{2}$/;
  if (!a || !b || !full.test(a) || !full.test(b)) return null;
  return Math.round((Date.parse(b + 'T00:00:00Z') - Date.parse(a + 'T00:00:00Z')) / 86_400_000);
}

/** Drop null fields (pages read a missing field as null): smaller JSON for long lists. */
export function compact<T extends object>(o: T): T {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(o)) if (v !== null && v !== undefined) out[k] = v;
  return out as T;
}
