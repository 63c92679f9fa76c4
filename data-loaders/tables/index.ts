/**
 * Every output table, in the order they are written and documented.
 * Add a table by writing a module that exports a `TableDef` and listing it here.
 */
import type { CorpusResult } from '../pipeline/result.ts';
import type { Row, TableDef } from './table.ts';
import { articlesTable } from './articles.ts';
import { claimsTable } from './claims.ts';
import { quotesTable } from './quotes.ts';
import { actorsTable } from './actors.ts';
import { mentionsTable } from './mentions.ts';
import { eventsTable } from './events.ts';
import { eventReportsTable } from './event-reports.ts';
import { boilerplateTable } from './boilerplate.ts';
import { overlapsTable } from './overlaps.ts';
import { errorsTable } from './errors.ts';

export const TABLES: TableDef[] = [
  articlesTable,
  claimsTable,
  quotesTable,
  actorsTable,
  mentionsTable,
  eventsTable,
  eventReportsTable,
  boilerplateTable,
  overlapsTable,
  errorsTable,
];

export type Tables = Record<string, Row[]>;

/** Build every table's rows from a corpus result. */
export function buildTables(result: CorpusResult): Tables {
  const out: Tables = {};
  for (const t of TABLES) out[t.name] = t.rows(result);
  return out;
}

export function tableDef(name: string): TableDef {
  const t = TABLES.find((x) => x.name === name);
  if (!t) throw new Error(`unknown table "${name}"`);
  return t;
}
