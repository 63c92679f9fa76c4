/** The eval report as text for a terminal: component scores, bars, then per-article misses and false hits. */
import type { ArticleReport, EvalReport } from './score.ts';
import type { Prf } from './prf.ts';

const pct = (x: number) => `${(x * 100).toFixed(1)}%`.padStart(6);
const clip = (s: string, n = 90) => (s.length > n ? `${s.slice(0, n - 1)}…` : s);

function prfLine(name: string, p: Prf): string {
  return `  ${name.padEnd(22)} P ${pct(p.precision)}  R ${pct(p.recall)}  F1 ${pct(p.f1)}   (gold ${p.gold}, extracted ${p.extracted}, matched ${p.matched})`;
}

export function formatReport(r: EvalReport, options: { details?: boolean } = {}): string {
  const c = r.components;
  const out: string[] = [`Evaluation of ${r.corpus || 'corpus'}: ${r.articles} article(s) with gold`, ''];
  out.push(prfLine('claims', c.claims));
  for (const [name, a] of Object.entries(c.claim_attributes)) {
    out.push(`    ${name.padEnd(20)} ${pct(a.accuracy)} correct   (${a.correct}/${a.judged} matched claims)`);
  }
  out.push(prfLine('quotes', c.quotes));
  out.push(`    ${'speaker'.padEnd(20)} ${pct(c.quotes.speaker.accuracy)} correct   (${c.quotes.speaker.correct}/${c.quotes.speaker.judged} found quotes)`);
  out.push(prfLine('actors', c.actors), prfLine('events', c.events), prfLine('boilerplate lines', c.boilerplate), prfLine('caption lines', c.captions));
  out.push('', 'Bars:');
  for (const b of r.bars) out.push(`  ${b.pass ? 'pass' : 'FAIL'}  ${b.label.padEnd(42)} ${pct(b.value)}  (needs ≥ ${pct(b.min).trim()})`);
  const failed = r.bars.filter((b) => !b.pass).length;
  out.push(`  ${r.bars.length - failed}/${r.bars.length} bars met`);
  if (options.details !== false) {
    for (const a of r.per_article) out.push('', ...articleLines(a));
  }
  return out.join('\n') + '\n';
}

function articleLines(a: ArticleReport): string[] {
  const out = [`── ${a.article}${a.key ? ` [${a.key}]` : ''}${a.found ? '' : '  (NOT FOUND in the extraction)'}`];
  const section = (title: string, items: string[]) => {
    if (items.length) out.push(`  ${title}:`, ...items.map((s) => `    ${clip(s)}`));
  };
  section('claims missed', a.claims.misses.map((c) => `${c.text} (${c.value} ${c.unit ?? ''}) in “${c.sentence_excerpt}”`));
  section('claims extracted but not in gold', a.claims.false_hits.map((c) => `${c.text} (${c.value} ${c.unit ?? ''}) in “${c.sentence}”`));
  section('claim attributes wrong', a.claims.wrong_attributes.map((w) => `${w.attribute} of ${w.text}: gold ${JSON.stringify(w.gold)}, got ${JSON.stringify(w.got)}`));
  section('quotes missed', a.quotes.misses.map((q) => `${q.speaker ?? '?'}: “${q.quote_excerpt}”`));
  section('quotes extracted but not in gold', a.quotes.false_hits.map((q) => `${q.speaker ?? '?'}: “${q.text}”`));
  section('quote speakers wrong', a.quotes.wrong_speaker.map((w) => `“${w.quote}”: gold ${JSON.stringify(w.gold)}, got ${JSON.stringify(w.got)}`));
  section('actors missed', a.actors.misses);
  section('actors extracted but not in gold', a.actors.false_hits);
  section('events missed', a.events.misses.map((e) => `${e.date ?? 'no date'} [${e.actors.join(', ')}] ${e.what}`));
  section('events extracted but not in gold', a.events.false_hits.map((e) => `${e.date ?? 'no date'} ${e.text}`));
  section('boilerplate lines missed', a.boilerplate.misses);
  section('lines removed but not boilerplate in gold', a.boilerplate.false_hits);
  section('caption lines missed', a.captions.misses);
  section('lines marked caption but not in gold', a.captions.false_hits);
  if (out.length === 1) out.push('  no misses, no false hits');
  return out;
}
