/**
 * `boilerplate`: what cleaning removed or marked, line by line, with the
 * reason (see clean/index.ts for the signals and knowledge/boilerplate.yaml,
 * knowledge/captions.yaml for the vocabularies). Story and blank lines are not
 * listed.
 */
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
    { name: 'reason', type: 'string', nullable: true, description: 'Why: `outside_main_text` (an HTML page\'s navigation, buttons, lists and footer around the story), a rule group of boilerplate.yaml (`donation_appeal`, `share_widget`, `read_more`, …), a structural signal (`related_block`, `related_teaser`, `short_fragment`), `repeated_across_site`, `repeated_in_article`, or a caption signal (`photo_credit`, `caption_phrase`, `caption_html`, `caption_repeated`).' },
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
