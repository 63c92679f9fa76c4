/**
 * Table rows to bytes, in four formats. Column types come from the table
 * definitions, so an empty table still has its full schema.
 *
 * - `arrow`: Arrow IPC file; list columns are `List<Utf8>`.
 * - `parquet`: one Parquet file per table; list columns are JSON text (`converted_type: JSON`).
 * - `ndjson`: one JSON object per line, keys in column order.
 * - `csv`: RFC 4180, header row; list columns are JSON arrays; null is the empty field.
 */
import { Bool, Field, Float64, Int32, List, Table, Utf8, tableToIPC, vectorFromArray, type DataType, type Vector } from 'apache-arrow';
import { parquetWriteBuffer } from 'hyparquet-writer';
import type { Column, ColumnType, Row, TableDef } from './table.ts';

export const FORMATS = ['arrow', 'ndjson', 'csv', 'parquet'] as const;
export type Format = (typeof FORMATS)[number];

function arrowType(t: ColumnType): DataType {
  switch (t) {
    case 'string':
      return new Utf8();
    case 'int':
      return new Int32();
    case 'float':
      return new Float64();
    case 'bool':
      return new Bool();
    case 'strings':
      return new List(new Field('item', new Utf8(), true));
  }
}

export function toArrowTable(def: TableDef, rows: Row[]): Table {
  const vectors: Record<string, Vector> = {};
  for (const c of def.columns) {
    vectors[c.name] = vectorFromArray(
      rows.map((r) => (r[c.name] === undefined ? null : r[c.name])),
      arrowType(c.type),
    );
  }
  return new Table(vectors);
}

export function encodeArrow(def: TableDef, rows: Row[]): Uint8Array {
  return tableToIPC(toArrowTable(def, rows), 'file');
}

export function encodeNdjson(def: TableDef, rows: Row[]): string {
  return rows.map((r) => JSON.stringify(ordered(def.columns, r))).join('\n') + (rows.length ? '\n' : '');
}

export function encodeCsv(def: TableDef, rows: Row[]): string {
  const lines = [def.columns.map((c) => csvField(c.name)).join(',')];
  for (const r of rows) {
    lines.push(
      def.columns
        .map((c) => {
          const v = r[c.name];
          if (v === null || v === undefined) return '';
          if (Array.isArray(v)) return csvField(JSON.stringify(v));
          return csvField(String(v));
        })
        .join(','),
    );
  }
  return lines.join('\r\n') + '\r\n';
}

const PARQUET_TYPE = { string: 'STRING', int: 'INT32', float: 'DOUBLE', bool: 'BOOLEAN', strings: 'JSON' } as const;

export function encodeParquet(def: TableDef, rows: Row[]): Uint8Array {
  const buffer = parquetWriteBuffer({
    columnData: def.columns.map((c) => ({
      name: c.name,
      type: PARQUET_TYPE[c.type],
      data: rows.map((r) => {
        const v = r[c.name];
        if (v === undefined || v === null) return null;
        return c.type === 'strings' ? JSON.stringify(v) : v;
      }),
    })),
    createdBy: 'claimscope',
  });
  return new Uint8Array(buffer);
}

export function encode(format: Format, def: TableDef, rows: Row[]): Uint8Array | string {
  switch (format) {
    case 'arrow':
      return encodeArrow(def, rows);
    case 'ndjson':
      return encodeNdjson(def, rows);
    case 'csv':
      return encodeCsv(def, rows);
    case 'parquet':
      return encodeParquet(def, rows);
  }
}

function ordered(columns: Column[], r: Row): Row {
  const o: Row = {};
  for (const c of columns) o[c.name] = r[c.name] === undefined ? null : r[c.name];
  return o;
}

function csvField(s: string): string {
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}
