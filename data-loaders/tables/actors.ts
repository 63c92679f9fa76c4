/** `actors`: one row per real-world actor, merged across the corpus. */
import { actorIdsByKey } from '../link/actors.ts';
import type { TableDef } from './table.ts';

export const actorsTable: TableDef = {
  name: 'actors',
  description: 'People, organisations, groups and media, one row each under a canonical name.',
  columns: [
    { name: 'actor_id', type: 'string', description: 'Stable id: hash of the canonical key.' },
    { name: 'name', type: 'string', description: 'Canonical name.' },
    { name: 'kind', type: 'string', description: '`person`, `organisation`, `group`, `country` or `media`. An unnamed source a claim is credited to ("officials", "economists polled by Reuters") is a `group` of its own article, named as written.' },
    { name: 'side', type: 'string', nullable: true, description: 'Side or affiliation (`Russia`, `Ukraine`, `United States`, …).' },
    { name: 'role', type: 'string', nullable: true, description: 'Role or title when known.' },
    { name: 'aliases', type: 'strings', description: 'Every surface form seen in the corpus.' },
    { name: 'known', type: 'bool', description: 'True when the gazetteer knows the actor; false when found by discovery alone.' },
    { name: 'mentions', type: 'int', description: 'Mentions across the corpus.' },
    { name: 'articles', type: 'int', description: 'Articles mentioning the actor.' },
    { name: 'quotes', type: 'int', description: 'Quotes attributed to the actor.' },
  ],
  rows(result) {
    // One pass over every mention and quote, counting by actor id.
    const idOf = actorIdsByKey(result.actors);
    const mentions = new Map<string, number>();
    const articles = new Map<string, number>();
    const quotes = new Map<string, number>();
    const bump = (m: Map<string, number>, id: string) => m.set(id, (m.get(id) ?? 0) + 1);
    for (const ex of result.extractions) {
      const seen = new Set<string>();
      for (const m of ex.layers.mentions) {
        const id = idOf.get(m.actorKey);
        if (!id) continue;
        bump(mentions, id);
        if (!seen.has(id)) {
          seen.add(id);
          bump(articles, id);
        }
      }
      for (const q of ex.layers.quotes) {
        const id = q.actorKey === null ? undefined : idOf.get(q.actorKey);
        if (id) bump(quotes, id);
      }
    }
    return result.actors.map((a) => ({
      actor_id: a.actor_id,
      name: a.name,
      kind: a.kind,
      side: a.side,
      role: a.role,
      aliases: a.aliases,
      known: a.known,
      mentions: mentions.get(a.actor_id) ?? 0,
      articles: articles.get(a.actor_id) ?? 0,
      quotes: quotes.get(a.actor_id) ?? 0,
    }));
  },
};
