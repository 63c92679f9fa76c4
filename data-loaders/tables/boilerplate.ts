/** `boilerplate`: what cleaning removed or marked, line by line, with the reason. */
import type { TableDef } from './table.ts';
import { sortRows } from './table.ts';

export const boilerplateTable: TableDef = {
  name: 'boilerplate',
  description: 'One row per raw line that cleaning removed, dropped as a duplicate, or marked as a caption.',
  columns: [
    { name: 'article_id', type: 'string', description: 'Article the line belongs to.' },
    { name: 'file', type: 'string', description: 'Source file of the article.' },
    { name: 'line', type: 'int', description: '0-based line number in the raw story text.' },
    { name: 'text', type: 'string', description: 'The raw line.' },
    { name: 'kind', type: 'string', description: '`removed`, `duplicate` or `caption`.' },
    { name: 'reason', type: 'string', nullable: true, description: 'Why (`donation_appeal`, `repeated_across_site`, `photo_credit`, …).' },
  ],
  rows(result) {
    const rows = result.extractions.flatMap(({ article }) =>
      article.lines
        .filter((l) => l.kind === 'removed' || l.kind === 'duplicate' || l.kind === 'caption')
        .map((l) => ({ article_id: article.id, file: article.file, line: l.line, text: l.text, kind: l.kind, reason: l.reason })),
    );
    return sortRows(rows, ['file', 'article_id', 'line']);
  },
};
