/** `event_reports`: each report of an event in an article, linked to its clustered event. */
import { isoDayDiff } from '../extract/dates/calendar.ts';
import { reportKey } from '../link/events.ts';
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
    { name: 'text', type: 'string', description: 'The reporting sentence.' },
    { name: 'start', type: 'int', description: 'Start offset of the reporting sentence in the cleaned article text.' },
    { name: 'end', type: 'int', description: 'End offset of the sentence (exclusive).' },
    { name: 'type', type: 'string', description: 'Event type.' },
    { name: 'trigger', type: 'string', description: 'Word or phrase that signalled the event, as written.' },
    { name: 'trigger_start', type: 'int', description: 'Start offset of the trigger in the cleaned article text.' },
    { name: 'date', type: 'string', nullable: true, description: 'Date of the event as this report gives it.' },
    { name: 'precision', type: 'string', nullable: true, description: 'Precision of `date`: `day`, `month` or `year`.' },
    { name: 'place', type: 'string', nullable: true, description: 'Place of the event as this report gives it.' },
    { name: 'actors', type: 'strings', description: 'Keys of the actors named in the reporting sentence, nearest the trigger first.' },
    { name: 'lag_days', type: 'int', nullable: true, description: 'Days from the event to publication (day-precise dates only; negative for announced future events).' },
  ],
  rows(result) {
    const eventOf = new Map<string, string>();
    for (const e of result.events) for (const r of e.reports) eventOf.set(r, e.event_id);
    const rows = result.extractions.flatMap(({ article, sentences, layers }) =>
      layers.events.map((r) => {
        const s = sentences[r.sentence];
        return {
          event_id: eventOf.get(reportKey(article.id, r)) ?? '',
          article_id: article.id,
          file: article.file,
          outlet: article.outlet,
          published: article.published,
          text: s?.text ?? r.text,
          start: s?.start ?? r.start,
          end: s?.end ?? r.end,
          type: r.type,
          trigger: r.text,
          trigger_start: r.start,
          date: r.date,
          precision: r.precision,
          place: r.place,
          actors: r.actorKeys,
          lag_days: r.precision === 'day' ? isoDayDiff(r.date, article.published) : null,
        };
      }),
    );
    return sortRows(rows, ['file', 'article_id', 'trigger_start']);
  },
};
