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
  /** Sort order: precision rank (day first), then this key (publication, file, story, position). */
  rank: number;
  sortKey: string;
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

/** Lists of clusters under string keys, each list kept in creation order. */
class OrderedIndex {
  private readonly lists = new Map<string, Cluster[]>();

  get(key: string): Cluster[] | undefined {
    return this.lists.get(key);
  }

  add(key: string, c: Cluster): void {
    const list = this.lists.get(key);
    if (!list) return void this.lists.set(key, [c]);
    // New clusters come last; an older cluster gaining an actor goes to its place.
    let at = list.length;
    if (at && list[at - 1].order > c.order) at = firstAfter(list, c.order);
    list.splice(at, 0, c);
  }

  remove(key: string, c: Cluster): void {
    const list = this.lists.get(key);
    if (!list) return;
    const at = firstAfter(list, c.order - 1);
    if (list[at] === c) list.splice(at, 1);
  }
}

/** Position of the first cluster of `list` (in creation order) created after `order`. */
function firstAfter(list: Cluster[], order: number): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (list[mid].order <= order) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

const key = (a: string, b: string) => `${a}\u0000${b}`;

/**
 * The clusters of one event type, indexed so that a report only tests the
 * clusters it could join (see `joins`), never every cluster of its type:
 *   - a dated report needs a compatible date (one date a prefix of the
 *     other), so clusters are listed under (actor, date) and (place, date):
 *     `ext` under each prefix of their date as long as some report's date
 *     (found by the report's whole date) and `exact` under their date
 *     (found by each prefix of the report's date that long);
 *   - an undated report needs a shared actor and places that agree, so
 *     clusters are listed by actor, and by actor and place (or no place yet).
 * Every list is in creation order and a report takes the earliest cluster it
 * joins, so a scan stops at its first match: linking stays near-linear in the
 * number of reports.
 */
class TypeClusters {
  readonly all: Cluster[] = [];
  /** Lengths of the report dates of this type, ascending: the only prefix lengths worth listing. */
  private readonly dateLengths: number[];
  private readonly byActor = new OrderedIndex();
  private readonly byActorPlace = new OrderedIndex();
  private readonly byActorNoPlace = new OrderedIndex();
  private readonly actorDateExt = new OrderedIndex();
  private readonly actorDateExact = new OrderedIndex();
  private readonly placeDateExt = new OrderedIndex();
  private readonly placeDateExact = new OrderedIndex();

  constructor(dateLengths: Iterable<number>) {
    this.dateLengths = [...new Set(dateLengths)].sort((a, b) => a - b);
  }

  /** The earliest-created cluster `it` joins, or null. */
  find(it: Item): Cluster | null {
    let best: Cluster | null = null;
    const scan = (list: Cluster[] | undefined) => {
      for (const c of list ?? []) {
        if (best && c.order >= best.order) return;
        if (joins(c, it)) return void (best = c);
      }
    };
    const date = it.r.date;
    if (date === null) {
      // Only a shared actor can bring an undated report in.
      for (const id of it.ids) {
        if (it.place === null) scan(this.byActor.get(id));
        else {
          scan(this.byActorPlace.get(key(id, it.place)));
          scan(this.byActorNoPlace.get(id));
        }
      }
      return best;
    }
    const byDate = (ext: OrderedIndex, exact: OrderedIndex, k: string) => {
      scan(ext.get(key(k, date)));
      for (const m of this.dateLengths) if (m < date.length) scan(exact.get(key(k, date.slice(0, m))));
    };
    for (const id of it.ids) byDate(this.actorDateExt, this.actorDateExact, id);
    if (it.place !== null) byDate(this.placeDateExt, this.placeDateExact, it.place);
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
      this.byActor.add(id, c);
      if (c.place === null) this.byActorNoPlace.add(id, c);
      else this.byActorPlace.add(key(id, c.place), c);
      this.indexDate(this.actorDateExt, this.actorDateExact, id, c);
    }
    if (c.place === null && it.place !== null) {
      c.place = it.place;
      for (const id of c.ids) {
        this.byActorNoPlace.remove(id, c);
        this.byActorPlace.add(key(id, c.place), c);
      }
      this.indexDate(this.placeDateExt, this.placeDateExact, c.place, c);
    }
  }

  /** List a dated cluster under (k, each prefix of its date a report could look up) in `ext`, and (k, its date) in `exact`. */
  private indexDate(ext: OrderedIndex, exact: OrderedIndex, k: string, c: Cluster): void {
    if (c.date === null) return;
    for (const m of this.dateLengths) if (m <= c.date.length) ext.add(key(k, c.date.slice(0, m)), c);
    exact.add(key(k, c.date), c);
  }
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
      const rank = r.precision ? PRECISION_RANK[r.precision] : 3;
      const sortKey = `${ex.article.published ?? '9999'}|${ex.article.file}|${ex.article.key ?? ''}|${String(r.start).padStart(9, '0')}`;
      items.push({ ex, r, ids, place: normPlace(r.place), rank, sortKey });
    }
  }
  // Most precise date first, then publication, file, story and position.
  items.sort((a, b) => a.rank - b.rank || (a.sortKey < b.sortKey ? -1 : a.sortKey > b.sortKey ? 1 : 0));

  const dateLengths = new Set(items.map((it) => it.r.date?.length ?? 0));
  const byType = new Map<string, TypeClusters>();
  for (const it of items) {
    let clusters = byType.get(it.r.type);
    if (!clusters) byType.set(it.r.type, (clusters = new TypeClusters(dateLengths)));
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
