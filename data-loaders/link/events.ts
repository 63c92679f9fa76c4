/** One event clustered from the reports of one or more articles. */
export interface CorpusEvent {
  event_id: string;
  type: string;
  /** A short description built from the first report. */
  label: string;
  date: string | null;
  place: string | null;
  actor_ids: string[];
  /** `article_id:start` of each report in the cluster, sorted. */
  reports: string[];
}

import { createHash } from 'node:crypto';
import type { Knowledge } from '../knowledge/index.ts';
import type { ArticleExtraction } from '../pipeline/result.ts';
import type { CorpusActor } from './actors.ts';

/** Cluster event reports across articles: same type, same date and a shared actor make one event. */
export function linkEvents(extractions: ArticleExtraction[], actors: CorpusActor[], _kb?: Knowledge): CorpusEvent[] {
  const idOf = new Map(actors.map((a) => [a.key, a.actor_id]));
  const clusters = new Map<string, CorpusEvent>();
  for (const ex of extractions) {
    for (const r of ex.layers.events) {
      const ids = r.actorKeys.map((k) => idOf.get(k)).filter((x): x is string => !!x).sort();
      const clusterKey = `${r.type}|${r.date ?? ''}|${ids[0] ?? r.place ?? ''}`;
      let ev = clusters.get(clusterKey);
      if (!ev) {
        ev = {
          event_id: createHash('sha1').update(clusterKey).digest('hex').slice(0, 12),
          type: r.type,
          label: r.text.length > 160 ? `${r.text.slice(0, 157)}…` : r.text,
          date: r.date,
          place: r.place,
          actor_ids: [],
          reports: [],
        };
        clusters.set(clusterKey, ev);
      }
      for (const id of ids) if (!ev.actor_ids.includes(id)) ev.actor_ids.push(id);
      ev.reports.push(`${ex.article.id}:${r.start}`);
    }
  }
  const out = [...clusters.values()];
  for (const e of out) {
    e.actor_ids.sort();
    e.reports.sort();
  }
  return out.sort((a, b) => (a.event_id < b.event_id ? -1 : 1));
}
