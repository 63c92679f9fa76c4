/** `events`: event reports clustered across articles into one event each (see link/events.ts). */
import type { TableDef } from './table.ts';
import { sortRows } from './table.ts';

export const eventsTable: TableDef = {
  name: 'events',
  description: 'One row per event (who did what, where and when), clustered from the reports of one or more articles.',
  columns: [
    { name: 'event_id', type: 'string', description: 'Stable id of the cluster (hash of its type, date, place and actors).' },
    { name: 'type', type: 'string', description: 'Event type (`visit`, `capture`, `attack`, `call`, `meeting`, `agreement`, `sanction`, `death`, …).' },
    { name: 'label', type: 'string', description: 'Short description, from the first report.' },
    { name: 'date', type: 'string', nullable: true, description: 'Date of the event (`YYYY-MM-DD`, `YYYY-MM` or `YYYY`), the most precise one reported.' },
    { name: 'place', type: 'string', nullable: true, description: 'Where it happened, when stated.' },
    { name: 'actor_ids', type: 'strings', description: 'Actors involved (ids of the `actors` table).' },
    { name: 'actor_names', type: 'strings', description: 'Canonical names of the actors, in the order of `actor_ids`.' },
    { name: 'n_reports', type: 'int', description: 'Reports in the cluster.' },
    { name: 'n_outlets', type: 'int', description: 'Distinct sources reporting it (each article of unknown outlet counts once).' },
    { name: 'outlets', type: 'strings', description: 'Known outlets that reported it, sorted.' },
    { name: 'first_reported', type: 'string', nullable: true, description: 'Earliest publication date among the reporting articles.' },
  ],
  rows(result) {
    const rows = result.events.map((e) => ({
      event_id: e.event_id,
      type: e.type,
      label: e.label,
      date: e.date,
      place: e.place,
      actor_ids: e.actor_ids,
      actor_names: e.actor_names,
      n_reports: e.reports.length,
      n_outlets: e.n_outlets,
      outlets: e.outlets,
      first_reported: e.first_reported,
    }));
    return sortRows(rows, ['event_id']);
  },
};
