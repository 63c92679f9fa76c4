/** `events`: event reports clustered across articles into one event each. */
import type { TableDef } from './table.ts';

export const eventsTable: TableDef = {
  name: 'events',
  description: 'One row per event (who did what, where and when), clustered from the reports of one or more articles.',
  columns: [
    { name: 'event_id', type: 'string', description: 'Stable id of the cluster.' },
    { name: 'type', type: 'string', description: 'Event type (`visit`, `capture`, `attack`, `call`, `agreement`, `sanction`, `death`, …).' },
    { name: 'label', type: 'string', description: 'Short description, from the first report.' },
    { name: 'date', type: 'string', nullable: true, description: 'Date of the event (`YYYY-MM-DD`, `YYYY-MM` or `YYYY`).' },
    { name: 'place', type: 'string', nullable: true, description: 'Where it happened, when stated.' },
    { name: 'actor_ids', type: 'strings', description: 'Actors involved.' },
    { name: 'n_reports', type: 'int', description: 'Reports in the cluster.' },
  ],
  rows(result) {
    return result.events.map((e) => ({ event_id: e.event_id, type: e.type, label: e.label, date: e.date, place: e.place, actor_ids: e.actor_ids, n_reports: e.reports.length }));
  },
};
