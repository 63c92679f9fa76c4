/** `actors`: one row per real-world actor, merged across the corpus. */
import type { TableDef } from './table.ts';

export const actorsTable: TableDef = {
  name: 'actors',
  description: 'People, organisations, groups and media, one row each under a canonical name.',
  columns: [
    { name: 'actor_id', type: 'string', description: 'Stable id: hash of the canonical key.' },
    { name: 'name', type: 'string', description: 'Canonical name.' },
    { name: 'kind', type: 'string', description: '`person`, `organisation`, `group`, `country` or `media`.' },
    { name: 'side', type: 'string', nullable: true, description: 'Side or affiliation (`Russia`, `Ukraine`, `United States`, …).' },
    { name: 'role', type: 'string', nullable: true, description: 'Role or title when known.' },
    { name: 'aliases', type: 'strings', description: 'Every surface form seen in the corpus.' },
    { name: 'known', type: 'bool', description: 'True when the gazetteer knows the actor; false when found by discovery alone.' },
    { name: 'mentions', type: 'int', description: 'Mentions across the corpus.' },
    { name: 'articles', type: 'int', description: 'Articles mentioning the actor.' },
    { name: 'quotes', type: 'int', description: 'Quotes attributed to the actor.' },
  ],
  rows(result) {
    return result.actors.map((a) => {
      let mentions = 0;
      let articles = 0;
      let quotes = 0;
      const keys = new Set(a.keys ?? [a.key]);
      for (const ex of result.extractions) {
        const n = ex.layers.mentions.filter((m) => keys.has(m.actorKey)).length;
        mentions += n;
        if (n > 0) articles++;
        quotes += ex.layers.quotes.filter((q) => q.actorKey !== null && keys.has(q.actorKey)).length;
      }
      return { actor_id: a.actor_id, name: a.name, kind: a.kind, side: a.side, role: a.role, aliases: a.aliases, known: a.known, mentions, articles, quotes };
    });
  },
};
