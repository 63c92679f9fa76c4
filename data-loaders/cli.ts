/**
 * The `claimscope` command line. Commands:
 *
 *   claimscope extract <corpus-dir> --out <dir> [--format arrow,ndjson,csv,parquet] …
 *   claimscope new-source <name>
 *   claimscope merge <shard-dir>… --out <dir>
 *
 * Exit codes: 0 success; 1 failure (or, with --strict, any error row); 2 bad
 * usage; 3 tables written but some inputs gave error rows.
 */
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { existsSync, statSync } from 'node:fs';
import { FORMATS, type Format } from './tables/encode.ts';

const HELP = `claimscope — who claims which numbers, from news articles to Arrow tables.

Usage:
  claimscope extract <corpus-dir> --out <dir> [options]
  claimscope new-source <name>
  claimscope merge <shard-dir>… --out <dir> [--format <list>]
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
  --max-bytes <MiB>       largest input file read (default 32); bigger files get an
                          error row instead of being read
  --quiet, -q             no progress on stderr
  --workers <n|auto>      extract on n worker threads ("auto": one per core); each
                          article gets a time budget (--budget), after which its
                          worker is replaced and the article gets a "budget" error row
  --budget <seconds>      per-article time budget on workers (default 60)
  --cache <dir>           per-article cache: unchanged articles are not extracted again
  --shard <K/N>           extract only the K-th of N shards (by article id); writes
                          <out>/extractions/shard=K-of-N.ndjson.gz for "merge" and the
                          per-article tables as <out>/<table>/shard=K-of-N.<format>

merge: combine shard outputs (folders written by extract --shard) into the
full tables, identical to an unsharded run:
  claimscope merge <shard-dir>… --out <dir> [--format <list>] [--knowledge <dir>]
(see docs/scaling.md).

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
  if (command === 'merge') return merge(rest);
  process.stderr.write(`claimscope: unknown command "${command}"\n\n${HELP}`);
  return 2;
}

function usage(message: string): number {
  process.stderr.write(`claimscope: ${message}\nRun "claimscope --help" for usage.\n`);
  return 2;
}

/** Options every command that writes tables takes. */
const OUTPUT_OPTIONS = {
  out: { type: 'string', short: 'o' },
  format: { type: 'string', short: 'f', default: 'arrow' },
  knowledge: { type: 'string', short: 'k', multiple: true },
  quiet: { type: 'boolean', short: 'q', default: false },
  help: { type: 'boolean', short: 'h' },
} as const;

type Parsed<O extends ParseArgsConfig['options']> = ReturnType<typeof parseArgs<{ args: string[]; allowPositionals: true; options: O }>>;

/** Parses a command's arguments; a number is the exit code to return (bad usage, or --help shown). */
function parseCommand<O extends ParseArgsConfig['options']>(args: string[], options: O): Parsed<O> | number {
  let parsed: Parsed<O>;
  try {
    parsed = parseArgs({ args, allowPositionals: true, options });
  } catch (e) {
    return usage((e as Error).message);
  }
  if ((parsed.values as { help?: boolean }).help) {
    process.stdout.write(HELP);
    return 0;
  }
  return parsed;
}

/** `--format arrow,csv` (or `all`) as formats, or a usage message. */
function parseFormats(value: string | undefined): Format[] | string {
  const formats = (value === 'all' ? [...FORMATS] : (value ?? 'arrow').split(',').map((f) => f.trim())) as Format[];
  const bad = formats.filter((f) => !FORMATS.includes(f));
  return bad.length ? `unknown format ${bad.join(', ')} (choose from ${FORMATS.join(', ')})` : formats;
}

async function extract(args: string[]): Promise<number> {
  const parsed = parseCommand(args, {
    ...OUTPUT_OPTIONS,
    field: { type: 'string', multiple: true },
    stages: { type: 'string' },
    strict: { type: 'boolean', default: false },
    workers: { type: 'string' },
    budget: { type: 'string' },
    cache: { type: 'string' },
    shard: { type: 'string' },
    'max-bytes': { type: 'string' },
  });
  if (typeof parsed === 'number') return parsed;
  const { values, positionals } = parsed;
  const scale = await scaleOptions(values);
  if (typeof scale === 'string') return usage(scale);
  if (positionals.length !== 1) return usage('extract needs exactly one <corpus-dir>');
  const dir = positionals[0];
  if (!existsSync(dir) || !statSync(dir).isDirectory()) return usage(`corpus folder "${dir}" does not exist`);
  if (!values.out) return usage('extract needs --out <dir>');
  const formats = parseFormats(values.format);
  if (typeof formats === 'string') return usage(formats);
  let maxBytes: number | undefined;
  if (values['max-bytes'] !== undefined) {
    const mib = Number(values['max-bytes']);
    if (!(mib > 0)) return usage(`--max-bytes wants a size in MiB > 0, got "${values['max-bytes']}"`);
    maxBytes = Math.round(mib * 1024 * 1024);
  }
  const fieldMap: Record<string, string> = {};
  for (const f of values.field ?? []) {
    const [ours, theirs] = f.split('=');
    if (!ours || !theirs) return usage(`--field wants ours=theirs, got "${f}"`);
    fieldMap[ours] = theirs;
  }

  // Loaded here so that --help and usage errors stay instant.
  const { runCorpusAsync } = await import('./pipeline/run.ts');
  const { buildTables } = await import('./tables/index.ts');
  const { writeTables } = await import('./tables/write.ts');
  const started = Date.now();
  const progress = !values.quiet;
  let lastTick = 0;
  const runOptions: import('./pipeline/run.ts').AsyncRunOptions = {
    ...scale,
    knowledgeDirs: values.knowledge,
    stages: values.stages?.split(',').map((s) => s.trim()),
    read: { fieldMap, maxBytes },
    onProgress: progress
      ? (done, total) => {
          // A live counter on a terminal; a line every 5 s in a log file.
          const tty = process.stderr.isTTY;
          const now = Date.now();
          if (now - lastTick > (tty ? 500 : 5000) || done === total) {
            lastTick = now;
            process.stderr.write(tty ? `\rextracting ${done}/${total} articles${done === total ? '\n' : ''}` : `extracting ${done}/${total} articles\n`);
          }
        }
      : undefined,
  };
  if (scale.shard) return extractShard(dir, values.out, formats, { ...runOptions, shard: scale.shard }, progress, started);
  const result = await runCorpusAsync(dir, runOptions);
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

/** --workers, --budget, --cache, --shard as run options, or a usage message. */
async function scaleOptions(values: { workers?: string; budget?: string; cache?: string; shard?: string }): Promise<
  { workers?: number; budgetMs?: number; cache?: string; shard?: import('./pipeline/shard.ts').Shard } | string
> {
  const out: { workers?: number; budgetMs?: number; cache?: string; shard?: import('./pipeline/shard.ts').Shard } = {};
  if (values.workers !== undefined) {
    const { availableParallelism } = await import('node:os');
    const n = values.workers === 'auto' ? availableParallelism() : Number(values.workers);
    if (!Number.isInteger(n) || n < 0) return `--workers wants a whole number or "auto", got "${values.workers}"`;
    out.workers = n;
  }
  if (values.budget !== undefined) {
    const s = Number(values.budget);
    if (!(s > 0)) return `--budget wants seconds > 0, got "${values.budget}"`;
    out.budgetMs = Math.round(s * 1000);
  }
  if (values.cache) out.cache = values.cache;
  if (values.shard !== undefined) {
    const { parseShard } = await import('./pipeline/shard.ts');
    try {
      out.shard = parseShard(values.shard);
    } catch (e) {
      return (e as Error).message;
    }
  }
  return out;
}

/** `extract --shard K/N`: this shard's per-article results and partitioned tables. */
async function extractShard(
  dir: string,
  outDir: string,
  formats: Format[],
  options: import('./pipeline/run.ts').AsyncRunOptions & { shard: import('./pipeline/shard.ts').Shard },
  progress: boolean,
  started: number,
): Promise<number> {
  const { runShard } = await import('./pipeline/shard-run.ts');
  const { result, written } = await runShard(dir, outDir, formats, options);
  const errorRows = result.errors.filter((e) => e.severity === 'error');
  if (progress) {
    const secs = ((Date.now() - started) / 1000).toFixed(1);
    process.stderr.write(`shard ${options.shard.k}/${options.shard.n}: ${result.extractions.length} articles, ${written.length} files under ${outDir} in ${secs}s\n`);
    for (const e of result.errors) process.stderr.write(`${e.severity}: ${e.file}: ${e.stage}: ${e.reason}\n`);
  }
  return errorRows.length ? 3 : 0;
}

/** `merge <shard-dir>… --out <dir>`: shard outputs → the full tables. */
async function merge(args: string[]): Promise<number> {
  const parsed = parseCommand(args, OUTPUT_OPTIONS);
  if (typeof parsed === 'number') return parsed;
  const { values, positionals } = parsed;
  if (positionals.length === 0) return usage('merge needs at least one shard folder');
  if (!values.out) return usage('merge needs --out <dir>');
  const formats = parseFormats(values.format);
  if (typeof formats === 'string') return usage(formats);
  const { mergeShards } = await import('./pipeline/merge.ts');
  const { buildTables } = await import('./tables/index.ts');
  const { writeTables } = await import('./tables/write.ts');
  const started = Date.now();
  let result;
  try {
    result = await mergeShards(positionals, values.knowledge);
  } catch (e) {
    process.stderr.write(`claimscope merge: ${(e as Error).message}\n`);
    return 1;
  }
  const tables = buildTables(result);
  writeTables(tables, values.out, formats);
  if (!values.quiet) {
    const secs = ((Date.now() - started) / 1000).toFixed(1);
    process.stderr.write(`merged ${result.extractions.length} articles into ${formats.join(', ')} tables in ${values.out} in ${secs}s\n`);
  }
  return result.errors.some((e) => e.severity === 'error') ? 3 : 0;
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
