/** `npm run docs:tables`: regenerate docs/tables.md from the table definitions. */
import { writeFileSync } from 'node:fs';
import { tablesMarkdown } from '../data-loaders/tables/docs.ts';

writeFileSync(new URL('../docs/tables.md', import.meta.url), tablesMarkdown());
process.stderr.write('wrote docs/tables.md\n');
