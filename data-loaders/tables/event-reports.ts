/** `event_reports`: each sentence reporting an event, linked to its clustered event. */
import type { TableDef } from './table.ts';
import { sortRows } from './table.ts';

export const eventReportsTable: TableDef = {
  name: 'event_reports',
  description: 'One row per report of an event in an article.',
  columns: [
    { name: 'event_id', type: 'string', description: 'Clustered event this report belongs to.' },
    { name: 'article_id', type: 'string', description: 'Reporting article.' },
    { name: 'file', type: 'string', description: 'Source file of the article.' },
    { name: 'outlet', type: 'string', nullable: true, description: 'Outlet of the article.' },
    { name: 'published', type: 'string', nullable: true, description: 'Publication date of the article.' },
    { name: 'start', type: 'int', description: 'Start offset of the report in the cleaned article text.' },
    { name: 'end', type: 'int', description: 'End offset (exclusive).' },
    { name: 'text', type: 'string', description: 'The reporting sentence.' },
    { name: 'type', type: 'string', description: 'Event type.' },
    { name: 'trigger', type: 'string', description: 'Word or phrase that signalled the event.' },
    { name: 'date', type: 'string', nullable: true, description: 'Date of the event as this report gives it.' },
  ],
  rows(result) {
    const eventOf = new Map<string, string>();
    for (const e of result.events) for (const r of e.reports) eventOf.set(r, e.event_id);
    const rows = result.extractions.flatMap(({ article, layers }) =>
      layers.events.map((r) => ({
        event_id: eventOf.get(`${article.id}:${r.start}`) ?? '',
        article_id: article.id,
        file: article.file,
        outlet: article.outlet,
        published: article.published,
        start: r.start,
        end: r.end,
        text: r.text,
        type: r.type,
        trigger: r.trigger,
        date: r.date,
      })),
    );
    return sortRows(rows, ['file', 'article_id', 'start']);
  },
};
