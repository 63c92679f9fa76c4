/** `mentions`: every place an actor is named (or referred to) in an article. */
import type { TableDef } from './table.ts';
import { actorIdsByKey } from '../link/actors.ts';
import { sortRows } from './table.ts';

export const mentionsTable: TableDef = {
  name: 'mentions',
  description: 'One row per mention of an actor in an article.',
  columns: [
    { name: 'article_id', type: 'string', description: 'Article of the mention.' },
    { name: 'file', type: 'string', description: 'Source file of the article.' },
    { name: 'actor_id', type: 'string', description: 'Actor mentioned.' },
    { name: 'start', type: 'int', description: 'Start offset in the cleaned article text.' },
    { name: 'end', type: 'int', description: 'End offset (exclusive).' },
    { name: 'text', type: 'string', description: 'Surface form as written (`Syrsky`, `the Kremlin spokesman`, `he`).' },
    { name: 'how', type: 'string', description: 'How it was recognised (`gazetteer`, `discovered`, `surname`, `title`, `pronoun`, `unnamed` for an unnamed source, …).' },
  ],
  rows(result) {
    const actorId = actorIdsByKey(result.actors);
    const rows = result.extractions.flatMap(({ article, layers }) =>
      layers.mentions
        .filter((m) => actorId.has(m.actorKey))
        .map((m) => ({ article_id: article.id, file: article.file, actor_id: actorId.get(m.actorKey) as string, start: m.start, end: m.end, text: m.text, how: m.how })),
    );
    return sortRows(rows, ['file', 'article_id', 'start', 'end']);
  },
};
