/**
 * Corpus-level event linking: the event reports of every article are
 * clustered into events, so one visit reported by five outlets is one row
 * with five reports. Two reports are the same event when they have
 *   - the same type,
 *   - compatible dates (equal, or one a prefix of the other: `2025-03` holds
 *     `2025-03-12`); a report without a date only joins an event it shares an
 *     actor with, when their places do not disagree,
 *   - and a shared actor, or the same place when either has no actors.
 * Reports are taken most precise date first, in a fixed order, so clustering
 * is deterministic. The event id hashes type, date, place and actors of the
 * cluster's first report: it does not depend on file order or run.
 */
import { createHash } from 'node:crypto';
import type { EventReport } from '../doc/doc.ts';
import type { Knowledge } from '../knowledge/index.ts';
import type { ArticleExtraction } from '../pipeline/result.ts';
import { actorIdsByKey, type CorpusActor } from './actors.ts';

/** One event clustered from the reports of one or more articles. */
export interface CorpusEvent {
  event_id: string;
  type: string;
  /** A short description built from the first report. */
  label: string;
  date: string | null;
  place: string | null;
  actor_ids: string[];
  /** Canonical names of `actor_ids`, same order. */
  actor_names: string[];
  /** `article_id:start` of each report in the cluster (start of its trigger), sorted. */
  reports: string[];
  /** Outlets that reported it, sorted (articles without a known outlet are not listed). */
  outlets: string[];
  /** Distinct reporting sources: outlets, counting each article of unknown outlet once. */
  n_outlets: number;
  /** Earliest publication date among the reporting articles. */
  first_reported: string | null;
}

/** The key of a report inside the corpus, as listed in `CorpusEvent.reports`. */
export function reportKey(articleId: string, r: { start: number }): string {
  return `${articleId}:${r.start}`;
}

interface Item {
  ex: ArticleExtraction;
  r: EventReport;
  ids: string[];
  place: string | null;
}

interface Cluster {
  /** Creation order within its type: the earliest cluster a report joins wins. */
  order: number;
  first: Item;
  date: string | null;
  ids: Set<string>;
  place: string | null;
  items: Item[];
}

/**
 * The clusters of one event type, indexed by actor id and by place. A report
 * can only join a cluster sharing an actor or its place (see `joins`), so only
 * those are tested: linking stays near-linear in the number of reports instead
 * of comparing each report with every cluster of its type.
 */
class TypeClusters {
  readonly all: Cluster[] = [];
  private byActor = new Map<string, Cluster[]>();
  private byPlace = new Map<string, Cluster[]>();

  /** The earliest-created cluster `it` joins, or null. */
  find(it: Item): Cluster | null {
    let best: Cluster | null = null;
    const test = (list: Cluster[] | undefined) => {
      for (const c of list ?? []) if ((!best || c.order < best.order) && joins(c, it)) best = c;
    };
    for (const id of it.ids) test(this.byActor.get(id));
    if (it.place !== null) test(this.byPlace.get(it.place));
    return best;
  }

  add(it: Item): void {
    const c: Cluster = { order: this.all.length, first: it, date: it.r.date, ids: new Set(), place: null, items: [] };
    this.all.push(c);
    this.join(c, it);
  }

  join(c: Cluster, it: Item): void {
    c.items.push(it);
    for (const id of it.ids) {
      if (c.ids.has(id)) continue;
      c.ids.add(id);
      push(this.byActor, id, c);
    }
    if (c.place === null && it.place !== null) {
      c.place = it.place;
      push(this.byPlace, it.place, c);
    }
  }
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

const PRECISION_RANK = { day: 0, month: 1, year: 2 } as const;

export function datesCompatible(a: string | null, b: string | null): boolean {
  return a !== null && b !== null && (a.startsWith(b) || b.startsWith(a));
}

function normPlace(p: string | null): string | null {
  return p ? p.toLowerCase().replace(/^the\s+/, '').replace(/\s+/g, ' ').trim() : null;
}

function joins(c: Cluster, it: Item): boolean {
  if (c.first.r.type !== it.r.type) return false;
  const shared = it.ids.some((id) => c.ids.has(id));
  const placesAgree = !c.place || !it.place || c.place === it.place;
  if (it.r.date === null) return shared && placesAgree;
  if (!datesCompatible(c.date, it.r.date)) return false;
  if (shared) return placesAgree;
  return (c.ids.size === 0 || it.ids.length === 0) && c.place !== null && c.place === it.place;
}

/** A readable label: the trigger with the actors and place of the report. */
function label(ex: ArticleExtraction, r: EventReport, names: string[]): string {
  const sentence = ex.sentences[r.sentence]?.text ?? r.text;
  const short = sentence.length > 160 ? `${sentence.slice(0, 157)}…` : sentence;
  return names.length || r.place ? `${r.type}: ${[names.slice(0, 3).join(', '), r.place].filter(Boolean).join(' — ')} — ${short}` : short;
}

export function linkEvents(extractions: ArticleExtraction[], actors: CorpusActor[], _kb?: Knowledge): CorpusEvent[] {
  const idOf = actorIdsByKey(actors);
  const nameOf = new Map(actors.map((a) => [a.actor_id, a.name]));
  const items: Item[] = [];
  for (const ex of extractions) {
    for (const r of ex.layers.events) {
      const ids = [...new Set(r.actorKeys.map((k) => idOf.get(k)).filter((x): x is string => !!x))];
      items.push({ ex, r, ids, place: normPlace(r.place) });
    }
  }
  items.sort((a, b) => {
    const pa = a.r.precision ? PRECISION_RANK[a.r.precision] : 3;
    const pb = b.r.precision ? PRECISION_RANK[b.r.precision] : 3;
    if (pa !== pb) return pa - pb;
    const ka = `${a.ex.article.published ?? '9999'}|${a.ex.article.file}|${a.ex.article.key ?? ''}|${String(a.r.start).padStart(9, '0')}`;
    const kb = `${b.ex.article.published ?? '9999'}|${b.ex.article.file}|${b.ex.article.key ?? ''}|${String(b.r.start).padStart(9, '0')}`;
    return ka < kb ? -1 : ka > kb ? 1 : 0;
  });

  const byType = new Map<string, TypeClusters>();
  for (const it of items) {
    let clusters = byType.get(it.r.type);
    if (!clusters) byType.set(it.r.type, (clusters = new TypeClusters()));
    const c = clusters.find(it);
    if (c) clusters.join(c, it);
    else clusters.add(it);
  }

  const out: CorpusEvent[] = [];
  const used = new Set<string>();
  for (const clusters of byType.values()) {
    for (const c of clusters.all) {
      const { ex, r } = c.first;
      const actorIds = [...c.ids].sort();
      const signature = [r.type, c.date ?? '', c.place ?? '', ...c.first.ids.slice().sort()].join('|');
      let id = createHash('sha1').update(signature).digest('hex').slice(0, 12);
      // Two clusters with the same signature (same type, date, place, actors but
      // no shared actor chain): tell them apart by their first report.
      if (used.has(id)) id = createHash('sha1').update(`${signature}|${ex.article.id}:${r.start}`).digest('hex').slice(0, 12);
      used.add(id);
      const sources = new Set(c.items.map((i) => i.ex.article.outlet ?? `article:${i.ex.article.id}`));
      const outlets = [...new Set(c.items.map((i) => i.ex.article.outlet).filter((o): o is string => !!o))].sort();
      const published = c.items.map((i) => i.ex.article.published).filter((p): p is string => !!p).sort();
      const firstNames = c.first.ids.map((i) => nameOf.get(i) ?? i);
      out.push({
        event_id: id,
        type: r.type,
        label: label(ex, r, firstNames),
        date: c.date,
        place: c.first.r.place ?? c.items.find((i) => i.r.place)?.r.place ?? null,
        actor_ids: actorIds,
        actor_names: actorIds.map((i) => nameOf.get(i) ?? i),
        reports: c.items.map((i) => reportKey(i.ex.article.id, i.r)).sort(),
        outlets,
        n_outlets: sources.size,
        first_reported: published[0] ?? null,
      });
    }
  }
  return out.sort((a, b) => (a.event_id < b.event_id ? -1 : a.event_id > b.event_id ? 1 : 0));
}
