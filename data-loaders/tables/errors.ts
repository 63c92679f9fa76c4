/** `errors`: what went wrong, where, and whether the story was still processed. */
import type { TableDef } from './table.ts';

export const errorsTable: TableDef = {
  name: 'errors',
  description: 'One row per problem met while reading, cleaning or extracting; every other story is processed as usual.',
  columns: [
    { name: 'file', type: 'string', description: 'File the problem concerns, relative to the corpus folder.' },
    { name: 'article_id', type: 'string', nullable: true, description: 'Story the problem concerns, when the file was readable.' },
    { name: 'stage', type: 'string', description: 'Pipeline stage: `manifest`, `read`, `decode`, `parse`, `clean`, `extract`, `budget`.' },
    { name: 'severity', type: 'string', description: '`error`: the story (or file) was not processed; `warning`: it was processed and flagged.' },
    { name: 'reason', type: 'string', description: 'What went wrong, in words a user can act on.' },
  ],
  rows(result) {
    return result.errors.map((e) => ({ ...e }));
  },
};
