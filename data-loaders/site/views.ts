/**
 * Site views: small JSON files the pages read instead of the full tables, so
 * every page stays light on a corpus of 100,000 claims. Each analysis page
 * gets one pre-aggregated file (`site/<page>.json`); the claims list is paged
 * (`site/claims-<n>.json`); articles and actors get one file each
 * (`site/article/<id>.json`, `site/actor/<id>.json`) for their parameterized
 * pages. Lists are capped (see `SiteCaps`) and say how many rows they left out.
 * `site/routes.json` lists the parameterized pages the config builds.
 *
 * Pure functions of the tables: no Framework imports, deterministic output.
 */
import type { TarEntry } from '../tables/tar.ts';
import type { Row } from '../tables/table.ts';
import { conversions, disputes, metricList, metricPoints, type NumbersCaps } from './numbers.ts';
import { groupQuotes } from './quote-groups.ts';
import {
  cmp, compact, countBy, daysBetween, groupBy, highlightInSentence, label, topKeys, typed, UNKNOWN,
  type ActorRow, type ArticleRow, type BoilerplateRow, type ClaimRow, type EventReportRow, type EventRow,
  type MentionRow, type OverlapRow, type QuoteRow, type SiteTables,
} from './rows.ts';

export interface SiteCaps extends NumbersCaps {
  /** Article reader pages built (most claims first). */
  articlePages: number;
  /** Actor pages built (most mentioned first). */
  actorPages: number;
  /** Claims per page of the claims list, and pages at most. */
  claimsPerPage: number;
  claimPages: number;
  /** Rows of long lists (articles, actors, errors, overlaps, events, quote groups). */
  listRows: number;
  /** Actors in the by-outlet chart and the co-occurrence matrix. */
  topActors: number;
}

export const DEFAULT_CAPS: SiteCaps = {
  metrics: 30, pointsPerMetric: 400, totalPoints: 3000, rows: 300,
  articlePages: 1000, actorPages: 400, claimsPerPage: 1000, claimPages: 200,
  listRows: 1500, topActors: 25,
};

/** Caps from the environment: CLAIMSCOPE_SITE_PAGES caps the article and actor pages (e.g. 200 for a quick preview). */
export function capsFromEnv(env: NodeJS.ProcessEnv = process.env): SiteCaps {
  const n = Number(env.CLAIMSCOPE_SITE_PAGES);
  if (!Number.isFinite(n) || n <= 0) return DEFAULT_CAPS;
  return { ...DEFAULT_CAPS, articlePages: Math.floor(n), actorPages: Math.floor(n) };
}

export interface SiteRoutes {
  articles: string[];
  actors: string[];
  claimPages: number;
}

export interface SiteMeta {
  corpus: string;
  fingerprint: string;
  pipeline_version: string;
  counts: Record<string, number>;
}

/** A capped list: the kept rows and how many there were. */
export interface Capped<T> { rows: T[]; total: number }
const capped = <T>(rows: T[], n: number): Capped<T> => ({ rows: rows.slice(0, n), total: rows.length });

/** Optional extra sections (the evaluation report) computed outside the tables. */
export interface ViewExtras { evaluation?: unknown }

export function siteViews(rawTables: Record<string, Row[]>, meta: SiteMeta, caps: SiteCaps = DEFAULT_CAPS, extras: ViewExtras = {}): { entries: TarEntry[]; routes: SiteRoutes } {
  const t = typed(rawTables);
  const ctx = context(t, caps);
  const entries: TarEntry[] = [];
  const json = (name: string, data: unknown) => entries.push({ name: `site/${name}`, data: JSON.stringify(data) });

  json('overview.json', overview(t, meta, ctx));
  json('outlets.json', outlets(t, ctx));
  json('actors.json', actorsView(t, ctx));
  json('numbers.json', numbersView(t, ctx));
  json('events.json', eventsView(t, ctx));
  json('quotes.json', quotesView(t, ctx));
  json('quality.json', quality(t, ctx, extras));
  for (let p = 0; p < ctx.claimPages; p++) json(`claims-${p + 1}.json`, claimsPage(ctx, p));
  for (const id of ctx.articlePages) json(`article/${id}.json`, articleView(t, ctx, id));
  for (const id of ctx.actorPages) json(`actor/${id}.json`, actorView(t, ctx, id));
  const routes: SiteRoutes = { articles: [...ctx.articlePages], actors: [...ctx.actorPages], claimPages: ctx.claimPages };
  json('routes.json', routes);
  return { entries, routes };
}

// ---------------------------------------------------------------------------
// Shared lookups

interface Ctx {
  caps: SiteCaps;
  article: Map<string, ArticleRow>;
  actor: Map<string, ActorRow>;
  articlePages: Set<string>;
  actorPages: Set<string>;
  claimsSorted: ClaimRow[];
  claimPages: number;
  /** First claims page (1-based) holding each metric. */
  metricPage: Map<string, number>;
  claimsByArticle: Map<string, number>;
  quotesByArticle: Map<string, number>;
  /** Actor ids mentioned per article. */
  actorsInArticle: Map<string, Set<string>>;
  /** Rows grouped by article and by actor, so per-page views never scan whole tables. */
  byArticle: { claims: Map<string, ClaimRow[]>; quotes: Map<string, QuoteRow[]>; mentions: Map<string, MentionRow[]>; boilerplate: Map<string, BoilerplateRow[]>; reports: Map<string, EventReportRow[]>; overlaps: Map<string, OverlapRow[]> };
  byActor: { mentions: Map<string, MentionRow[]>; quotes: Map<string, QuoteRow[]>; claims: Map<string, ClaimRow[]>; events: Map<string, EventRow[]> };
}

function context(t: SiteTables, caps: SiteCaps): Ctx {
  const article = new Map(t.articles.map((a) => [a.article_id, a]));
  const actor = new Map(t.actors.map((a) => [a.actor_id, a]));
  const claimsByArticle = countBy(t.claims, (c) => c.article_id);
  const quotesByArticle = countBy(t.quotes, (q) => q.article_id);
  const articlePages = new Set(
    t.articles
      .slice()
      .sort((x, y) => (claimsByArticle.get(y.article_id) ?? 0) - (claimsByArticle.get(x.article_id) ?? 0) || cmp(x.article_id, y.article_id))
      .slice(0, caps.articlePages)
      .map((a) => a.article_id),
  );
  const actorPages = new Set(
    t.actors.slice().sort((x, y) => y.mentions - x.mentions || y.quotes - x.quotes || cmp(x.actor_id, y.actor_id)).slice(0, caps.actorPages).map((a) => a.actor_id),
  );
  const claimsSorted = t.claims
    .slice()
    .sort((x, y) => Number(x.metric === null) - Number(y.metric === null) || cmp(x.metric, y.metric) || cmp(x.outlet, y.outlet) || cmp(x.published, y.published) || cmp(x.article_id, y.article_id) || x.start - y.start)
    .slice(0, caps.claimsPerPage * caps.claimPages);
  const metricPage = new Map<string, number>();
  claimsSorted.forEach((c, i) => {
    if (c.metric && !metricPage.has(c.metric)) metricPage.set(c.metric, Math.floor(i / caps.claimsPerPage) + 1);
  });
  const actorsInArticle = new Map<string, Set<string>>();
  for (const m of t.mentions) {
    const s = actorsInArticle.get(m.article_id) ?? new Set<string>();
    s.add(m.actor_id);
    actorsInArticle.set(m.article_id, s);
  }
  return {
    caps, article, actor, articlePages, actorPages, claimsSorted,
    claimPages: Math.max(1, Math.ceil(claimsSorted.length / caps.claimsPerPage)),
    metricPage, claimsByArticle, quotesByArticle, actorsInArticle,
    byArticle: {
      claims: groupBy(t.claims, (r) => r.article_id),
      quotes: groupBy(t.quotes, (r) => r.article_id),
      mentions: groupBy(t.mentions, (r) => r.article_id),
      boilerplate: groupBy(t.boilerplate, (r) => r.article_id),
      reports: groupBy(t.event_reports, (r) => r.article_id),
      overlaps: groupByMany(t.overlaps, (o) => [o.a_id, o.b_id]),
    },
    byActor: {
      mentions: groupBy(t.mentions, (r) => r.actor_id),
      quotes: groupBy(t.quotes.filter((q) => q.actor_id), (r) => r.actor_id as string),
      claims: groupBy(t.claims.filter((c) => c.claimant_id), (r) => r.claimant_id as string),
      events: groupByMany(t.events, (e) => e.actor_ids ?? []),
    },
  };
}

function groupByMany<T>(items: T[], keys: (x: T) => string[]): Map<string, T[]> {
  const m = new Map<string, T[]>();
  for (const x of items)
    for (const k of new Set(keys(x))) {
      const g = m.get(k);
      if (g) g.push(x);
      else m.set(k, [x]);
    }
  return m;
}

const titleOf = (ctx: Ctx, id: string) => ctx.article.get(id)?.title ?? ctx.article.get(id)?.file ?? id;

/** A claim as lists show it: the sentence with the number's offsets inside it. */
function claimItem(ctx: Ctx, c: ClaimRow) {
  return {
    claim_id: c.claim_id, article_id: c.article_id, outlet: c.outlet, published: c.published,
    sentence: c.sentence, hl: highlightInSentence(c, ctx.article.get(c.article_id)?.text),
    text: c.text, value: c.value, value_low: c.value_low, value_high: c.value_high, qualifier: c.qualifier,
    unit: c.unit, metric: c.metric, subject: c.subject, claimant: c.claimant, claimant_side: c.claimant_side,
    cited_source: c.cited_source, as_of: c.as_of, caption: c.caption, start: c.start, end: c.end,
    page: ctx.articlePages.has(c.article_id),
  };
}

// ---------------------------------------------------------------------------
// Pages

function overview(t: SiteTables, meta: SiteMeta, ctx: Ctx) {
  const byOutletDate = [...countBy(t.articles, (a) => `${label(a.outlet)}\0${a.published ?? ''}`).entries()]
    .map(([k, n]) => {
      const [outlet, published] = k.split('\0');
      return { outlet, published: published || null, articles: n };
    })
    .sort((x, y) => cmp(x.published, y.published) || cmp(x.outlet, y.outlet));
  const outletRows = [...groupBy(t.articles, (a) => label(a.outlet)).entries()]
    .map(([outlet, as]) => ({
      outlet,
      articles: as.length,
      words: as.reduce((n, a) => n + a.word_count, 0),
      claims: as.reduce((n, a) => n + (ctx.claimsByArticle.get(a.article_id) ?? 0), 0),
      quotes: as.reduce((n, a) => n + (ctx.quotesByArticle.get(a.article_id) ?? 0), 0),
    }))
    .sort((x, y) => y.articles - x.articles || cmp(x.outlet, y.outlet));
  const dates = t.articles.map((a) => a.published).filter((d): d is string => !!d).sort();
  const articles = t.articles
    .slice()
    .sort((x, y) => cmp(y.published, x.published) || cmp(x.outlet, y.outlet) || cmp(x.article_id, y.article_id))
    .map((a) => ({
      article_id: a.article_id, title: a.title ?? a.file, outlet: a.outlet, published: a.published, word_count: a.word_count,
      claims: ctx.claimsByArticle.get(a.article_id) ?? 0, quotes: ctx.quotesByArticle.get(a.article_id) ?? 0,
      page: ctx.articlePages.has(a.article_id),
    }));
  return {
    meta,
    dates: { first: dates[0] ?? null, last: dates[dates.length - 1] ?? null },
    byOutletDate,
    outlets: outletRows,
    keyNumbers: keyNumbers(t, ctx),
    articles: capped(articles, ctx.caps.listRows),
  };
}

/**
 * The story's key numbers: metrics stated by the most outlets, with the lowest
 * and highest stated value and the claims that state them (how far the sources disagree).
 * Values are compared in their canonical unit (425 sq mi and 1,100 km² are one
 * size), within the metric's most common canonical unit; a conversion in
 * parentheses restates its claim and a vague amount states no number, so
 * neither takes part.
 */
function keyNumbers(t: SiteTables, ctx: Ctx) {
  const size = (c: ClaimRow) => (c.value_canonical ?? c.value) as number;
  const unitOf = (c: ClaimRow) => c.unit_canonical ?? c.unit ?? '';
  const comparable = t.claims.filter((c) => c.metric && !c.conversion_of && !c.vague && Number.isFinite(c.value_canonical ?? c.value ?? NaN));
  const rows = [...groupBy(comparable, (c) => c.metric as string).entries()].map(([metric, all]) => {
    const unit = topKeys(countBy(all, unitOf), 1)[0] ?? '';
    const cs = all.filter((c) => unitOf(c) === unit);
    const sorted = cs.slice().sort((x, y) => size(x) - size(y) || cmp(x.claim_id, y.claim_id));
    const lo = sorted[0];
    const hi = sorted[sorted.length - 1];
    const pick = (c: ClaimRow) => ({ claim_id: c.claim_id, article_id: c.article_id, text: c.text, value: size(c), qualifier: c.qualifier, outlet: c.outlet, claimant: c.claimant, page: ctx.articlePages.has(c.article_id) });
    return {
      metric,
      subject: topKeys(countBy(cs, (c) => c.subject), 1)[0] ?? null,
      unit: unit || null,
      claims: cs.length,
      outlets: new Set(cs.map((c) => label(c.outlet))).size,
      claimants: new Set(cs.map((c) => c.claimant ?? `${label(c.outlet)} (own voice)`)).size,
      low: pick(lo),
      high: pick(hi),
      spread: size(lo) > 0 ? size(hi) / size(lo) : null,
      claimsPage: ctx.metricPage.get(metric) ?? 1,
    };
  });
  rows.sort((x, y) => y.outlets - x.outlets || y.claims - x.claims || cmp(x.metric, y.metric));
  return rows.slice(0, 12);
}

function outlets(t: SiteTables, ctx: Ctx) {
  const topMetrics = topKeys(countBy(t.claims, (c) => c.metric), 25);
  const metricSet = new Set(topMetrics);
  const matrix = [...countBy(t.claims.filter((c) => c.metric && metricSet.has(c.metric)), (c) => `${label(c.outlet)}\0${c.metric}`).entries()]
    .map(([k, n]) => {
      const [outlet, metric] = k.split('\0');
      return { outlet, metric, claims: n, claimsPage: ctx.metricPage.get(metric) ?? 1 };
    })
    .sort((x, y) => cmp(x.outlet, y.outlet) || cmp(x.metric, y.metric));

  const topSpeakers = new Set(topKeys(countBy(t.quotes, (q) => label(q.speaker)), 20));
  const speakers = [...groupBy(t.quotes.filter((q) => topSpeakers.has(label(q.speaker))), (q) => `${label(q.outlet)}\0${label(q.speaker)}`).values()]
    .map((qs) => {
      const q = qs[0];
      return { outlet: label(q.outlet), speaker: label(q.speaker), actor_id: q.actor_id, side: q.actor_id ? ctx.actor.get(q.actor_id)?.side ?? null : null, quotes: qs.length, page: !!q.actor_id && ctx.actorPages.has(q.actor_id) };
    })
    .sort((x, y) => cmp(x.outlet, y.outlet) || y.quotes - x.quotes || cmp(x.speaker, y.speaker));

  const OWN = '(outlet’s own voice)';
  const sideRows: { outlet: string; side: string; source: 'claims' | 'quotes'; n: number }[] = [];
  for (const [k, n] of countBy(t.claims, (c) => `${label(c.outlet)}\0${c.claimant === null ? OWN : label(c.claimant_side, '(side unknown)')}`)) {
    const [outlet, side] = k.split('\0');
    sideRows.push({ outlet, side, source: 'claims', n });
  }
  for (const [k, n] of countBy(t.quotes, (q) => `${label(q.outlet)}\0${label(q.actor_id ? ctx.actor.get(q.actor_id)?.side : null, '(side unknown)')}`)) {
    const [outlet, side] = k.split('\0');
    sideRows.push({ outlet, side, source: 'quotes', n });
  }
  sideRows.sort((x, y) => cmp(x.source, y.source) || cmp(x.outlet, y.outlet) || y.n - x.n || cmp(x.side, y.side));

  const wire = [...groupBy(t.articles, (a) => label(a.outlet)).entries()]
    .map(([outlet, as]) => {
      const cs = as.flatMap((a) => ctx.byArticle.claims.get(a.article_id) ?? []);
      const agencies = new Map<string, { credits: number; cited: number }>();
      for (const a of as) for (const w of new Set(a.wire_credits ?? [])) agencies.set(w, { credits: (agencies.get(w)?.credits ?? 0) + 1, cited: agencies.get(w)?.cited ?? 0 });
      for (const c of cs) if (c.cited_source) agencies.set(c.cited_source, { credits: agencies.get(c.cited_source)?.credits ?? 0, cited: (agencies.get(c.cited_source)?.cited ?? 0) + 1 });
      return {
        outlet,
        articles: as.length,
        wire_articles: as.filter((a) => (a.wire_credits ?? []).length > 0).length,
        claims: cs.length,
        cited_claims: cs.filter((c) => c.cited_source).length,
        agencies: [...agencies.entries()].sort((x, y) => cmp(x[0], y[0])).map(([agency, v]) => ({ agency, ...v })),
      };
    })
    .sort((x, y) => cmp(x.outlet, y.outlet));

  const overlapRows = t.overlaps
    .map((o) => ({
      a_id: o.a_id, b_id: o.b_id, a_outlet: label(ctx.article.get(o.a_id)?.outlet), b_outlet: label(ctx.article.get(o.b_id)?.outlet),
      a_title: titleOf(ctx, o.a_id), b_title: titleOf(ctx, o.b_id), a_start: o.a_start, b_start: o.b_start,
      text: o.text, similarity: o.similarity, a_page: ctx.articlePages.has(o.a_id), b_page: ctx.articlePages.has(o.b_id),
    }))
    .sort((x, y) => y.similarity - x.similarity || cmp(x.a_id, y.a_id) || x.a_start - y.a_start);
  const pairs = [...countBy(overlapRows, (o) => [o.a_outlet, o.b_outlet].sort(cmp).join('\0')).entries()]
    .map(([k, n]) => {
      const [a, b] = k.split('\0');
      return { a_outlet: a, b_outlet: b, passages: n };
    })
    .sort((x, y) => y.passages - x.passages || cmp(x.a_outlet, y.a_outlet) || cmp(x.b_outlet, y.b_outlet));
  return { matrix, metrics: topMetrics, speakers, sides: sideRows, wire, overlaps: capped(overlapRows, ctx.caps.listRows), pairs };
}

function actorsView(t: SiteTables, ctx: Ctx) {
  const claimsBy = countBy(t.claims, (c) => c.claimant_id);
  const list = t.actors
    .slice()
    .sort((x, y) => y.mentions - x.mentions || y.quotes - x.quotes || cmp(x.name, y.name))
    .map((a) => ({ actor_id: a.actor_id, name: a.name, kind: a.kind, side: a.side, role: a.role, mentions: a.mentions, articles: a.articles, quotes: a.quotes, claims: claimsBy.get(a.actor_id) ?? 0, known: a.known, page: ctx.actorPages.has(a.actor_id) }));
  const top = list.slice(0, ctx.caps.topActors);
  const topIds = new Set(top.map((a) => a.actor_id));
  const outletOf = (id: string) => label(ctx.article.get(id)?.outlet);
  const mentionCounts = countBy(t.mentions.filter((m) => topIds.has(m.actor_id)), (m) => `${m.actor_id}\0${outletOf(m.article_id)}`);
  const quoteCounts = countBy(t.quotes.filter((q) => q.actor_id && topIds.has(q.actor_id)), (q) => `${q.actor_id}\0${label(q.outlet)}`);
  const keys = [...new Set([...mentionCounts.keys(), ...quoteCounts.keys()])].sort(cmp);
  const byOutlet = keys.map((k) => {
    const [actor_id, outlet] = k.split('\0');
    return { actor_id, name: ctx.actor.get(actor_id)?.name ?? actor_id, outlet, mentions: mentionCounts.get(k) ?? 0, quotes: quoteCounts.get(k) ?? 0 };
  });
  // Co-occurrence: articles in which both actors are mentioned.
  const pair = new Map<string, number>();
  for (const ids of ctx.actorsInArticle.values()) {
    const inTop = [...ids].filter((id) => topIds.has(id)).sort(cmp);
    for (let i = 0; i < inTop.length; i++)
      for (let j = i + 1; j < inTop.length; j++) {
        const k = `${inTop[i]}\0${inTop[j]}`;
        pair.set(k, (pair.get(k) ?? 0) + 1);
      }
  }
  const links = [...pair.entries()]
    .map(([k, n]) => {
      const [a, b] = k.split('\0');
      return { a, b, a_name: ctx.actor.get(a)?.name ?? a, b_name: ctx.actor.get(b)?.name ?? b, articles: n };
    })
    .sort((x, y) => y.articles - x.articles || cmp(x.a_name, y.a_name) || cmp(x.b_name, y.b_name));
  return { actors: capped(list, ctx.caps.listRows), top, byOutlet, links };
}

function numbersView(t: SiteTables, ctx: Ctx) {
  const metrics = metricList(t.claims, ctx.caps).map((m) => ({ ...m, claimsPage: ctx.metricPage.get(m.metric) ?? 1 }));
  const points = metricPoints(t.claims, metrics.map((m) => m.metric), ctx.caps);
  const pages = <T extends { article_id: string }>(rows: T[]) => rows.map((r) => compact({ ...r, page: ctx.articlePages.has(r.article_id) }));
  return {
    metrics,
    points: points.map((p) => compact({ ...p, page: ctx.articlePages.has(p.a) })),
    disputes: pages(disputes(t.claims, ctx.caps)),
    conversions: pages(conversions(t.claims, ctx.caps)),
  };
}

function eventsView(t: SiteTables, ctx: Ctx) {
  const reports = groupBy(t.event_reports, (r) => r.event_id);
  const events = t.events
    .slice()
    .sort((x, y) => y.n_reports - x.n_reports || cmp(x.date, y.date) || cmp(x.event_id, y.event_id))
    .slice(0, ctx.caps.listRows)
    .map((e) => {
      const rs = (reports.get(e.event_id) ?? []).slice().sort((x, y) => cmp(x.published, y.published) || cmp(x.outlet, y.outlet) || cmp(x.article_id, y.article_id) || x.start - y.start);
      return {
        event_id: e.event_id, type: e.type, label: e.label, date: e.date, place: e.place, n_reports: e.n_reports,
        actors: (e.actor_ids ?? []).map((id) => ({ actor_id: id, name: ctx.actor.get(id)?.name ?? id, page: ctx.actorPages.has(id) })),
        outlets: [...new Set(rs.map((r) => label(r.outlet)))].sort(cmp),
        reports: rs.slice(0, 50).map((r) => ({
          article_id: r.article_id, outlet: label(r.outlet), published: r.published, start: r.start, end: r.end, text: r.text,
          trigger: r.trigger, date: r.date, lag: daysBetween(e.date, r.published), page: ctx.articlePages.has(r.article_id),
        })),
      };
    });
  return { events, total: t.events.length };
}

function quotesView(t: SiteTables, ctx: Ctx) {
  const groups = groupQuotes(t.quotes).map((g) => ({
    ...g,
    page: !!g.actor_id && ctx.actorPages.has(g.actor_id),
    variants: g.variants.slice(0, 30).map((v) => ({ ...v, page: ctx.articlePages.has(v.article_id) })),
  }));
  const topSpeakers = new Set(topKeys(countBy(t.quotes, (q) => label(q.speaker)), 25));
  const whoQuotesWhom = [...countBy(t.quotes.filter((q) => topSpeakers.has(label(q.speaker))), (q) => `${label(q.outlet)}\0${label(q.speaker)}`).entries()]
    .map(([k, n]) => {
      const [outlet, speaker] = k.split('\0');
      return { outlet, speaker, quotes: n };
    })
    .sort((x, y) => cmp(x.outlet, y.outlet) || cmp(x.speaker, y.speaker));
  return { groups: capped(groups, ctx.caps.listRows), whoQuotesWhom, total: t.quotes.length };
}

function quality(t: SiteTables, ctx: Ctx, extras: ViewExtras) {
  const sum = (k: 'removed_lines' | 'caption_lines' | 'duplicate_lines') => t.articles.reduce((n, a) => n + (a[k] ?? 0), 0);
  const stages = [
    { stage: 'read', what: 'articles read', n: t.articles.length },
    { stage: 'clean', what: 'lines removed as boilerplate', n: sum('removed_lines') },
    { stage: 'clean', what: 'duplicate lines dropped', n: sum('duplicate_lines') },
    { stage: 'clean', what: 'caption lines marked', n: sum('caption_lines') },
    { stage: 'extract', what: 'claims', n: t.claims.length },
    { stage: 'extract', what: 'quotes', n: t.quotes.length },
    { stage: 'extract', what: 'actor mentions', n: t.mentions.length },
    { stage: 'extract', what: 'event reports', n: t.event_reports.length },
    { stage: 'link', what: 'actors', n: t.actors.length },
    { stage: 'link', what: 'events', n: t.events.length },
    { stage: 'link', what: 'shared passages', n: t.overlaps.length },
    { stage: 'all', what: 'errors and warnings', n: t.errors.length },
  ];
  const removed = [...countBy(t.boilerplate, (b) => `${b.kind}\0${label(b.reason, '(no reason)')}`).entries()]
    .map(([k, n]) => {
      const [kind, reason] = k.split('\0');
      return { kind, reason, lines: n };
    })
    .sort((x, y) => cmp(x.kind, y.kind) || y.lines - x.lines || cmp(x.reason, y.reason));
  const fields = ['outlet', 'published', 'title', 'language'] as const;
  const inferred = fields.map((f) => ({
    field: f,
    inferred: t.articles.filter((a) => a[`${f}_inferred`]).length,
    missing: t.articles.filter((a) => a[f] === null).length,
    articles: t.articles.length,
  }));
  const flags = [...countBy(t.articles.flatMap((a) => a.flags ?? []), (f) => f).entries()].map(([flag, n]) => ({ flag, articles: n })).sort((x, y) => y.articles - x.articles || cmp(x.flag, y.flag));
  const errorCounts = [...countBy(t.errors, (e) => `${e.stage}\0${e.severity}`).entries()]
    .map(([k, n]) => {
      const [stage, severity] = k.split('\0');
      return { stage, severity, n };
    })
    .sort((x, y) => cmp(x.stage, y.stage) || cmp(x.severity, y.severity));
  const errors = t.errors.map((e) => ({ ...e, page: !!e.article_id && ctx.articlePages.has(e.article_id) }));
  const perArticle = t.articles
    .map((a) => ({
      article_id: a.article_id, title: a.title ?? a.file, outlet: a.outlet,
      removed: a.removed_lines, duplicates: a.duplicate_lines, captions: a.caption_lines,
      claims: ctx.claimsByArticle.get(a.article_id) ?? 0, quotes: ctx.quotesByArticle.get(a.article_id) ?? 0,
      inferred: fields.filter((f) => a[`${f}_inferred`]), flags: a.flags ?? [], page: ctx.articlePages.has(a.article_id),
    }))
    .sort((x, y) => cmp(x.title, y.title) || cmp(x.article_id, y.article_id));
  return {
    stages, removed, inferred, flags, errorCounts,
    errors: capped(errors, ctx.caps.listRows),
    perArticle: capped(perArticle, ctx.caps.listRows),
    evaluation: extras.evaluation ?? null,
  };
}

function claimsPage(ctx: Ctx, p: number) {
  const size = ctx.caps.claimsPerPage;
  const rows = ctx.claimsSorted.slice(p * size, (p + 1) * size).map((c) => claimItem(ctx, c));
  return { page: p + 1, pages: ctx.claimPages, total: ctx.claimsSorted.length, rows };
}

function articleView(t: SiteTables, ctx: Ctx, id: string) {
  const a = ctx.article.get(id) as ArticleRow;
  const g = ctx.byArticle;
  const overlaps = (g.overlaps.get(id) ?? [])
    .map((o) => {
      const self = o.a_id === id;
      const other = self ? o.b_id : o.a_id;
      return { other_id: other, other_title: titleOf(ctx, other), other_outlet: ctx.article.get(other)?.outlet ?? null, start: self ? o.a_start : o.b_start, end: self ? o.a_end : o.b_end, other_start: self ? o.b_start : o.a_start, text: o.text, similarity: o.similarity, page: ctx.articlePages.has(other) };
    });
  return {
    article: a,
    claims: (g.claims.get(id) ?? []).map((c) => claimItem(ctx, c)),
    quotes: (g.quotes.get(id) ?? []).map((q) => ({ ...q, page: !!q.actor_id && ctx.actorPages.has(q.actor_id) })),
    mentions: (g.mentions.get(id) ?? []).map((m) => ({ start: m.start, end: m.end, text: m.text, how: m.how, actor_id: m.actor_id, name: ctx.actor.get(m.actor_id)?.name ?? m.text, page: ctx.actorPages.has(m.actor_id) })),
    boilerplate: (g.boilerplate.get(id) ?? []).slice().sort((x, y) => x.line - y.line),
    reports: (g.reports.get(id) ?? []).map((r) => ({ event_id: r.event_id, start: r.start, end: r.end, text: r.text, type: r.type, trigger: r.trigger, date: r.date })),
    overlaps,
  };
}

function actorView(t: SiteTables, ctx: Ctx, id: string) {
  const actor = ctx.actor.get(id) as ActorRow;
  const outletOf = (aid: string) => label(ctx.article.get(aid)?.outlet);
  const mentions = ctx.byActor.mentions.get(id) ?? [];
  const quotes = ctx.byActor.quotes.get(id) ?? [];
  const claims = ctx.byActor.claims.get(id) ?? [];
  const outletNames = [...new Set([...mentions.map((m) => outletOf(m.article_id)), ...quotes.map((q) => label(q.outlet)), ...claims.map((c) => label(c.outlet))])].sort(cmp);
  const byOutlet = outletNames.flatMap((outlet) => [
    { outlet, what: 'mentions', n: mentions.filter((m) => outletOf(m.article_id) === outlet).length },
    { outlet, what: 'quotes', n: quotes.filter((q) => label(q.outlet) === outlet).length },
    { outlet, what: 'claims', n: claims.filter((c) => label(c.outlet) === outlet).length },
  ]);
  const articleIds = [...new Set(mentions.map((m) => m.article_id))];
  const co = new Map<string, number>();
  for (const aid of articleIds) for (const other of ctx.actorsInArticle.get(aid) ?? []) if (other !== id) co.set(other, (co.get(other) ?? 0) + 1);
  const coActors = topKeys(co, 15).map((o) => ({ actor_id: o, name: ctx.actor.get(o)?.name ?? o, articles: co.get(o) ?? 0, page: ctx.actorPages.has(o) }));
  const events = (ctx.byActor.events.get(id) ?? [])
    .slice()
    .sort((x, y) => cmp(x.date, y.date) || cmp(x.event_id, y.event_id))
    .map((e) => ({ event_id: e.event_id, type: e.type, label: e.label, date: e.date, place: e.place, n_reports: e.n_reports }));
  const cap = 300;
  return {
    actor,
    byOutlet,
    claims: capped(claims.map((c) => claimItem(ctx, c)), cap),
    quotes: capped(quotes.map((q) => ({ quote_id: q.quote_id, article_id: q.article_id, outlet: q.outlet, text: q.text, start: q.start, end: q.end, partial: q.partial, page: ctx.articlePages.has(q.article_id) })), cap),
    events: capped(events, cap),
    coActors,
    articles: capped(articleIds.map((aid) => ({ article_id: aid, title: titleOf(ctx, aid), outlet: ctx.article.get(aid)?.outlet ?? null, published: ctx.article.get(aid)?.published ?? null, mentions: mentions.filter((m) => m.article_id === aid).length, page: ctx.articlePages.has(aid) })).sort((x, y) => cmp(x.published, y.published) || cmp(x.article_id, y.article_id)), cap),
  };
}

export { UNKNOWN };
