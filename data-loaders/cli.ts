/**
 * The `claimscope` command line. Commands:
 *
 *   claimscope extract <corpus-dir> --out <dir> [--format arrow,ndjson,csv,parquet] …
 *   claimscope new-source <name>
 *
 * Exit codes: 0 success; 1 failure (or, with --strict, any error row); 2 bad
 * usage; 3 tables written but some inputs gave error rows.
 */
import { parseArgs } from 'node:util';
import { existsSync, statSync } from 'node:fs';
import { runCorpus } from './pipeline/run.ts';
import { buildTables } from './tables/index.ts';
import { FORMATS, type Format } from './tables/encode.ts';
import { writeTables } from './tables/write.ts';

const HELP = `claimscope — who claims which numbers, from news articles to Arrow tables.

Usage:
  claimscope extract <corpus-dir> --out <dir> [options]
  claimscope new-source <name>
  claimscope help

extract: read every article of <corpus-dir> (listed in its manifest.json, or
every readable file under it), clean it, extract actors, quotes, numeric claims
and events, and write one file per table into <dir>:
  articles claims quotes actors mentions events event_reports boilerplate overlaps errors

Options for extract:
  --out, -o <dir>         output folder (created if missing; required)
  --format, -f <list>     comma-separated formats: arrow, ndjson, csv, parquet
                          (default: arrow; "all" for every format)
  --knowledge, -k <dir>   extra knowledge folder (YAML files extending the built-in
                          vocabularies); repeatable
  --field <ours=theirs>   map a JSON/NDJSON export field, e.g. --field text=body;
                          repeatable (fields: text html url outlet published title language byline)
  --stages <list>         only these extraction stages (and what they need):
                          dates, actors, quotes, numbers, claims, events
  --strict                exit 1 and write nothing when any input gives an error row
  --quiet, -q             no progress on stderr

new-source: scaffold a reader for a new source format: the module in
data-loaders/sources/<name>.ts, its test and a fixture, registered in
data-loaders/sources/registry.ts (see docs/adding-a-source.md).

Exit codes: 0 ok · 1 failed · 2 bad usage · 3 written, but some inputs gave error rows
`;

export async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  if (!command || command === 'help' || command === '--help' || command === '-h') {
    process.stdout.write(HELP);
    return command ? 0 : 2;
  }
  if (command === 'extract') return extract(rest);
  if (command === 'new-source') return newSource(rest);
  process.stderr.write(`claimscope: unknown command "${command}"\n\n${HELP}`);
  return 2;
}

function usage(message: string): number {
  process.stderr.write(`claimscope: ${message}\nRun "claimscope --help" for usage.\n`);
  return 2;
}

async function extract(args: string[]): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args,
      allowPositionals: true,
      options: {
        out: { type: 'string', short: 'o' },
        format: { type: 'string', short: 'f', default: 'arrow' },
        knowledge: { type: 'string', short: 'k', multiple: true },
        field: { type: 'string', multiple: true },
        stages: { type: 'string' },
        strict: { type: 'boolean', default: false },
        quiet: { type: 'boolean', short: 'q', default: false },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (e) {
    return usage((e as Error).message);
  }
  const { values, positionals } = parsed;
  if (values.help) {
    process.stdout.write(HELP);
    return 0;
  }
  if (positionals.length !== 1) return usage('extract needs exactly one <corpus-dir>');
  const dir = positionals[0];
  if (!existsSync(dir) || !statSync(dir).isDirectory()) return usage(`corpus folder "${dir}" does not exist`);
  if (!values.out) return usage('extract needs --out <dir>');
  const formats = (values.format === 'all' ? [...FORMATS] : values.format!.split(',').map((f) => f.trim())) as Format[];
  const bad = formats.filter((f) => !FORMATS.includes(f));
  if (bad.length) return usage(`unknown format ${bad.join(', ')} (choose from ${FORMATS.join(', ')})`);
  const fieldMap: Record<string, string> = {};
  for (const f of values.field ?? []) {
    const [ours, theirs] = f.split('=');
    if (!ours || !theirs) return usage(`--field wants ours=theirs, got "${f}"`);
    fieldMap[ours] = theirs;
  }

  const started = Date.now();
  const progress = !values.quiet;
  let lastTick = 0;
  const result = runCorpus(dir, {
    knowledgeDirs: values.knowledge,
    stages: values.stages?.split(',').map((s) => s.trim()),
    read: { fieldMap },
    onProgress: progress
      ? (done, total) => {
          const now = Date.now();
          if (now - lastTick > 500 || done === total) {
            lastTick = now;
            process.stderr.write(`\rextracting ${done}/${total} articles`);
            if (done === total) process.stderr.write('\n');
          }
        }
      : undefined,
  });
  const errorRows = result.errors.filter((e) => e.severity === 'error');
  if (values.strict && errorRows.length) {
    for (const e of errorRows) process.stderr.write(`error: ${e.file}: ${e.stage}: ${e.reason}\n`);
    process.stderr.write(`claimscope: ${errorRows.length} error(s); nothing written (--strict)\n`);
    return 1;
  }
  const tables = buildTables(result);
  writeTables(tables, values.out, formats);
  if (progress) {
    const secs = ((Date.now() - started) / 1000).toFixed(1);
    const counts = ['articles', 'claims', 'quotes', 'actors', 'events', 'errors'].map((t) => `${tables[t].length} ${t}`).join(', ');
    process.stderr.write(`wrote ${formats.join(', ')} tables to ${values.out} in ${secs}s: ${counts}\n`);
    for (const e of result.errors) process.stderr.write(`${e.severity}: ${e.file}: ${e.stage}: ${e.reason}\n`);
  }
  return errorRows.length ? 3 : 0;
}

async function newSource(args: string[]): Promise<number> {
  const name = args[0];
  if (!name || !/^[a-z][a-z0-9-]*$/.test(name)) return usage('new-source needs a name in lower case letters, digits and dashes');
  const { scaffoldSource } = await import('./sources/scaffold.ts');
  const written: string[] = scaffoldSource(name, process.cwd());
  for (const f of written) process.stdout.write(`wrote ${f}\n`);
  return 0;
}

const invokedDirectly = process.argv[1] && import.meta.url.endsWith(process.argv[1].split('/').pop() ?? '');
if (invokedDirectly) {
  main(process.argv.slice(2)).then(
    (code) => process.exit(code),
    (e) => {
      process.stderr.write(`claimscope: ${(e as Error).stack ?? e}\n`);
      process.exit(1);
    },
  );
}
