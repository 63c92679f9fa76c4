/** An actor merged across the corpus. */
export interface CorpusActor {
  actor_id: string;
  key: string;
  name: string;
  kind: string;
  side: string | null;
  role: string | null;
  /** Every surface form seen for the actor, sorted. */
  aliases: string[];
  known: boolean;
}

import { createHash } from 'node:crypto';
import type { Knowledge } from '../knowledge/index.ts';
import type { ArticleExtraction } from '../pipeline/result.ts';

/** Merge the per-article actors into one row per key, with every surface form seen. */
export function linkActors(extractions: ArticleExtraction[], _kb?: Knowledge): CorpusActor[] {
  const byKey = new Map<string, CorpusActor>();
  for (const ex of extractions) {
    for (const a of ex.actors) {
      if (!byKey.has(a.key)) {
        byKey.set(a.key, {
          actor_id: createHash('sha1').update(a.key).digest('hex').slice(0, 12),
          key: a.key,
          name: a.name,
          kind: a.kind,
          side: a.side,
          role: a.role,
          aliases: [],
          known: a.known,
        });
      }
    }
    for (const m of ex.layers.mentions) {
      const actor = byKey.get(m.actorKey);
      if (actor && m.how !== 'pronoun' && !actor.aliases.includes(m.text)) actor.aliases.push(m.text);
    }
  }
  const out = [...byKey.values()];
  for (const a of out) a.aliases.sort();
  return out.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
}
