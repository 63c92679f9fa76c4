/**
 * Summarise a V8 `.cpuprofile` (from `node --cpu-prof`): the functions with
 * the most self time, and (with `--total`) the most inclusive time, each with
 * its file and line.
 *
 *   npx tsx scripts/bench-cpuprofile.ts /tmp/prof/x.cpuprofile [--top 30] [--total] [--filter data-loaders] [--lines]
 *
 * `--lines` also lists the hottest source lines (V8's position ticks) of the
 * functions matching `--filter`.
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';

interface Node {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  hitCount?: number;
  positionTicks?: Array<{ line: number; ticks: number }>;
  children?: number[];
}
interface Profile {
  nodes: Node[];
  startTime: number;
  endTime: number;
  samples: number[];
  timeDeltas: number[];
}

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { top: { type: 'string', default: '30' }, total: { type: 'boolean', default: false }, filter: { type: 'string' }, lines: { type: 'boolean', default: false } },
});
const p = JSON.parse(readFileSync(positionals[0], 'utf8')) as Profile;
const byId = new Map(p.nodes.map((n) => [n.id, n]));
const selfUs = new Map<number, number>();
p.samples.forEach((id, i) => selfUs.set(id, (selfUs.get(id) ?? 0) + (p.timeDeltas[i] ?? 0)));
const totalUs = p.endTime - p.startTime;

const label = (n: Node) => {
  const f = n.callFrame;
  const file = f.url.replace(/^file:\/\//, '').replace(/.*\/(data-loaders|node_modules|scripts|bench)\//, '$1/');
  return `${f.functionName || '(anonymous)'}  ${file}:${f.lineNumber + 1}`;
};

// Self time per function (nodes of the same function merged).
const self = new Map<string, number>();
for (const n of p.nodes) self.set(label(n), (self.get(label(n)) ?? 0) + (selfUs.get(n.id) ?? 0));

// Inclusive time per function (counted once per stack, recursion not double-counted).
const incl = new Map<string, number>();
if (values.total) {
  const parent = new Map<number, number>();
  for (const n of p.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  for (const [id, us] of selfUs) {
    const seen = new Set<string>();
    for (let cur: number | undefined = id; cur !== undefined; cur = parent.get(cur)) {
      const l = label(byId.get(cur)!);
      if (seen.has(l)) continue;
      seen.add(l);
      incl.set(l, (incl.get(l) ?? 0) + us);
    }
  }
}

const top = Number(values.top);
const show = (title: string, m: Map<string, number>) => {
  console.log(`${title} (of ${(totalUs / 1e6).toFixed(1)} s sampled)`);
  const rows = [...m].filter(([k]) => !values.filter || k.includes(values.filter)).sort((a, b) => b[1] - a[1]).slice(0, top);
  for (const [k, us] of rows) console.log(`  ${(us / 1e6).toFixed(2).padStart(7)} s ${((100 * us) / totalUs).toFixed(1).padStart(5)}%  ${k}`);
};
show('self time', self);
if (values.total) show('inclusive time', incl);
if (values.lines) {
  const ticks = new Map<string, number>();
  let all = 0;
  for (const n of p.nodes) {
    const l = label(n);
    if (values.filter && !l.includes(values.filter)) continue;
    for (const t of n.positionTicks ?? []) {
      const key = `${l.replace(/:\d+$/, '')}:${t.line}`;
      ticks.set(key, (ticks.get(key) ?? 0) + t.ticks);
      all += t.ticks;
    }
  }
  console.log(`hottest lines (${all} ticks)`);
  for (const [k, t] of [...ticks].sort((a, b) => b[1] - a[1]).slice(0, top)) console.log(`  ${String(t).padStart(7)} ${((100 * t) / all).toFixed(1).padStart(5)}%  ${k}`);
}
