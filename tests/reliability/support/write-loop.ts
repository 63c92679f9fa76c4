/**
 * Child process for the interrupted-write test: writes two versions of large
 * tables into one folder, alternately, forever, until it is killed. Prints
 * `ready` once the first complete set is on disk.
 */
import { writeTables } from '../../../data-loaders/tables/write.ts';
import { syntheticTables } from './synthetic-tables.ts';

const out = process.argv[2];
const rows = Number(process.argv[3] ?? 20000);
const versions = [syntheticTables(rows, 1), syntheticTables(rows, 2)];
let n = 0;
for (;;) {
  writeTables(versions[n % 2], out, ['arrow', 'ndjson', 'csv', 'parquet']);
  if (n === 0) process.stdout.write('ready\n');
  n++;
}
