/**
 * A table definition: its columns (name, type, meaning) and how to build its
 * rows from a corpus result. The definitions drive the Arrow/Parquet schemas,
 * the CSV/NDJSON writers and docs/tables.md (generated: `npm run docs:tables`).
 */
import type { CorpusResult } from '../pipeline/result.ts';

export type ColumnType = 'string' | 'int' | 'float' | 'bool' | 'strings';

export interface Column {
  name: string;
  type: ColumnType;
  /** One sentence a reader of docs/tables.md understands. */
  description: string;
  /** May the value be null? Defaults to false. */
  nullable?: boolean;
}

export type Row = Record<string, string | number | boolean | string[] | null>;

export interface TableDef {
  name: string;
  description: string;
  columns: Column[];
  /** Rows in a deterministic order (sorted by a stable key). */
  rows(result: CorpusResult): Row[];
}

/** Sort rows by the given keys (strings compared by code point, numbers numerically). */
export function sortRows<R extends Row>(rows: R[], keys: string[]): R[] {
  return rows.sort((a, b) => {
    for (const k of keys) {
      const x = a[k];
      const y = b[k];
      if (x === y) continue;
      if (x === null || x === undefined) return -1;
      if (y === null || y === undefined) return 1;
      if (typeof x === 'number' && typeof y === 'number') return x - y;
      return String(x) < String(y) ? -1 : 1;
    }
    return 0;
  });
}
