/** `quotes`: direct quotations and who said them. */
import { createHash } from 'node:crypto';
import type { TableDef } from './table.ts';
import { actorIdsByKey } from '../link/actors.ts';
import { sortRows } from './table.ts';

export const quotesTable: TableDef = {
  name: 'quotes',
  description: 'One row per direct quotation, with its speaker resolved to an actor when possible.',
  columns: [
    { name: 'quote_id', type: 'string', description: 'Stable id: hash of article id and offsets.' },
    { name: 'article_id', type: 'string', description: 'Article the quote comes from.' },
    { name: 'file', type: 'string', description: 'Source file of the article.' },
    { name: 'outlet', type: 'string', nullable: true, description: 'Outlet of the article.' },
    { name: 'speaker', type: 'string', nullable: true, description: 'Canonical name of the speaker; null when none was found.' },
    { name: 'actor_id', type: 'string', nullable: true, description: 'actor_id of the speaker.' },
    { name: 'text', type: 'string', description: 'The quoted words, without the quote marks.' },
    { name: 'start', type: 'int', description: 'Start offset of the quoted words in the cleaned article text.' },
    { name: 'end', type: 'int', description: 'End offset (exclusive).' },
    { name: 'attribution', type: 'string', nullable: true, description: 'How the speaker was found (`verb_after`, `verb_before`, `according_to`, `colon`, `pronoun`, `previous_sentence`, `same_words`: the same words quoted elsewhere in the article, …).' },
    { name: 'partial', type: 'bool', description: 'True for a short quotation inside a sentence of reported speech.' },
  ],
  rows(result) {
    const actorId = actorIdsByKey(result.actors);
    const rows = result.extractions.flatMap(({ article, layers }) =>
      layers.quotes.map((q) => ({
        quote_id: createHash('sha1').update(`${article.id}:q:${q.start}:${q.end}`).digest('hex').slice(0, 12),
        article_id: article.id,
        file: article.file,
        outlet: article.outlet,
        speaker: q.speaker,
        actor_id: q.actorKey ? actorId.get(q.actorKey) ?? null : null,
        text: q.text,
        start: q.start,
        end: q.end,
        attribution: q.how,
        partial: q.partial,
      })),
    );
    return sortRows(rows, ['file', 'article_id', 'start']);
  },
};
