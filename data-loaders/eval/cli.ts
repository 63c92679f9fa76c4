/**
 * `npm run eval [corpus-dir] [-- options]`: score the pipeline on a corpus with
 * gold annotations and print the report.
 *
 *   --json <file>   also write the report as JSON (default out/eval.json; "-" for stdout only)
 *   --gold <dir>    gold folder (default <corpus-dir>/gold)
 *   --summary       scores and bars only, no per-article lists
 *   --check         exit 1 when a bar is not met
 *
 * Exit codes: 0 ok (or bars met with --check); 1 a bar missed with --check; 2 bad usage.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { parseArgs } from 'node:util';
import { evaluateCorpus, formatReport } from './index.ts';

export const DEFAULT_CORPUS = 'corpus/kursk-2025';
export const DEFAULT_JSON = 'out/eval.json';

export function main(argv: string[]): number {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        json: { type: 'string' },
        gold: { type: 'string' },
        summary: { type: 'boolean', default: false },
        check: { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (e) {
    process.stderr.write(`eval: ${(e as Error).message}\n`);
    return 2;
  }
  const { values, positionals } = parsed;
  if (values.help) {
    process.stdout.write('Usage: npm run eval [corpus-dir] [-- --json <file>] [--gold <dir>] [--summary] [--check]\n');
    return 0;
  }
  if (positionals.length > 1) {
    process.stderr.write('eval: give at most one corpus folder\n');
    return 2;
  }
  const dir = positionals[0] ?? DEFAULT_CORPUS;
  let report;
  try {
    report = evaluateCorpus(dir, { goldDir: values.gold });
  } catch (e) {
    process.stderr.write(`eval: ${(e as Error).message}\n`);
    return 2;
  }
  process.stdout.write(formatReport(report, { details: !values.summary }));
  const jsonPath = values.json ?? DEFAULT_JSON;
  if (jsonPath !== '-') {
    mkdirSync(dirname(jsonPath), { recursive: true });
    writeFileSync(jsonPath, JSON.stringify(report, null, 2) + '\n');
    process.stdout.write(`\nwrote ${jsonPath}\n`);
  }
  return values.check && report.bars.some((b) => !b.pass) ? 1 : 0;
}

const invokedDirectly = process.argv[1] && import.meta.url.endsWith(process.argv[1].split('/').pop() ?? '');
if (invokedDirectly) process.exitCode = main(process.argv.slice(2));
