/** Render docs/tables.md from the table definitions (the single source of truth). */
import { TABLES } from './index.ts';

const TYPE_NAMES = { string: 'string', int: 'int32', float: 'float64', bool: 'bool', strings: 'list<string>' } as const;

export function tablesMarkdown(): string {
  const out: string[] = [
    '# Tables',
    '',
    '<!-- Generated from data-loaders/tables/*.ts by `npm run docs:tables`; do not edit by hand. -->',
    '',
    '`claimscope extract` writes one file per table (`claims.arrow`, `claims.parquet`, `claims.ndjson`, `claims.csv`);',
    'the site reads the same tables from `src/data/tables.tar`. Offsets (`start`, `end`) are character offsets',
    '(UTF-16 code units, as JavaScript strings count them) into the cleaned article text in `articles.text`;',
    '`text.slice(start, end)` gives the span. List columns are Arrow `List<Utf8>`, JSON text in Parquet',
    '(`converted_type: JSON`) and CSV. Nulls are empty fields in CSV.',
    '',
    TABLES.map((t) => `- [\`${t.name}\`](#${t.name.replace(/_/g, '_')})`).join('\n'),
    '',
  ];
  for (const t of TABLES) {
    out.push(`## ${t.name}`, '', t.description, '', '| column | type | null | meaning |', '| --- | --- | --- | --- |');
    for (const c of t.columns) {
      out.push(`| \`${c.name}\` | ${TYPE_NAMES[c.type]} | ${c.nullable ? 'yes' : ''} | ${c.description.replace(/\|/g, '\\|')} |`);
    }
    out.push('');
  }
  return out.join('\n');
}
