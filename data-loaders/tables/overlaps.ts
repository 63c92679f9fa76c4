/** `overlaps`: passages two articles share (syndicated wire copy, reprints). */
import type { TableDef } from './table.ts';
import { sortRows } from './table.ts';

export const overlapsTable: TableDef = {
  name: 'overlaps',
  description: 'One row per passage shared by a pair of articles.',
  columns: [
    { name: 'a_id', type: 'string', description: 'First article of the pair (the smaller id).' },
    { name: 'b_id', type: 'string', description: 'Second article of the pair.' },
    { name: 'a_start', type: 'int', description: 'Start of the passage in article a.' },
    { name: 'a_end', type: 'int', description: 'End of the passage in article a.' },
    { name: 'b_start', type: 'int', description: 'Start of the passage in article b.' },
    { name: 'b_end', type: 'int', description: 'End of the passage in article b.' },
    { name: 'text', type: 'string', description: 'The passage as article a has it.' },
    { name: 'similarity', type: 'float', description: 'Similarity of the two passages, 0 to 1.' },
  ],
  rows(result) {
    return sortRows(
      result.overlaps.map((o) => ({ ...o })),
      ['a_id', 'b_id', 'a_start'],
    );
  },
};
