/**
 * Synthetic tables with every column of every table definition filled, for
 * tests of the writers that need no corpus run. `version` changes every
 * value, so two versions never share a file's bytes.
 */
import { TABLES, type Tables } from '../../../data-loaders/tables/index.ts';
import type { ColumnType, Row } from '../../../data-loaders/tables/table.ts';

function value(type: ColumnType, i: number, version: number): Row[string] {
  switch (type) {
    case 'string':
      return `v${version} row ${i} “quoted”, with a comma`;
    case 'int':
      return i * 7 + version;
    case 'float':
      return i / 3 + version;
    case 'bool':
      return (i + version) % 2 === 0;
    case 'strings':
      return [`v${version}`, String(i)];
  }
}

export function syntheticTables(rows: number, version: number): Tables {
  const tables: Tables = {};
  for (const def of TABLES) {
    tables[def.name] = Array.from({ length: rows }, (_, i) => Object.fromEntries(def.columns.map((c) => [c.name, value(c.type, i, version)])));
  }
  return tables;
}
