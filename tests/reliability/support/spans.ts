/**
 * Invariants every Doc must keep, whatever the input: each span lies inside
 * the text and its `text` is exactly `doc.text.slice(start, end)`; sentences
 * are ordered and disjoint; tokens lie inside their sentence. Returns the
 * list of violations (empty when the Doc is consistent) so a failing fuzz case
 * names what broke.
 */
import type { Doc } from '../../../data-loaders/doc/doc.ts';

export function spanViolations(doc: Doc): string[] {
  const problems: string[] = [];
  const text = doc.text;
  const check = (where: string, s: { start: unknown; end: unknown; text?: unknown }) => {
    const { start, end } = s;
    if (typeof start !== 'number' || typeof end !== 'number' || !Number.isInteger(start) || !Number.isInteger(end)) {
      problems.push(`${where}: offsets are not integers (${String(start)}, ${String(end)})`);
      return;
    }
    if (start < 0 || end < start || end > text.length) {
      problems.push(`${where}: [${start}, ${end}) outside the text (length ${text.length})`);
      return;
    }
    if ('text' in s && s.text !== undefined && s.text !== text.slice(start, end)) {
      problems.push(`${where}: text ${JSON.stringify(s.text)} != slice ${JSON.stringify(text.slice(start, end))}`);
    }
  };

  let prevEnd = 0;
  doc.sentences.forEach((s, i) => {
    check(`sentences[${i}]`, s);
    if (s.index !== i) problems.push(`sentences[${i}]: index ${s.index}`);
    if (s.start < prevEnd) problems.push(`sentences[${i}]: starts at ${s.start}, before the previous sentence ends (${prevEnd})`);
    prevEnd = s.end;
  });
  doc.tokens.forEach((t, i) => {
    check(`tokens[${i}]`, t);
    const s = doc.sentences[t.sentence];
    if (!s) problems.push(`tokens[${i}]: sentence ${t.sentence} does not exist`);
    else if (t.start < s.start || t.end > s.end) problems.push(`tokens[${i}]: [${t.start}, ${t.end}) outside its sentence [${s.start}, ${s.end})`);
  });

  // Every object with numeric start/end anywhere in the layers is a span of doc.text.
  const walk = (value: unknown, where: string, depth: number) => {
    if (depth > 6 || value === null || typeof value !== 'object') return;
    if (Array.isArray(value)) {
      value.forEach((v, i) => walk(v, `${where}[${i}]`, depth + 1));
      return;
    }
    const o = value as Record<string, unknown>;
    if (typeof o.start === 'number' || typeof o.end === 'number') check(where, o as { start: unknown; end: unknown; text?: unknown });
    if (typeof o.sentence === 'number' && !doc.sentences[o.sentence]) problems.push(`${where}: sentence ${o.sentence} does not exist`);
    for (const [k, v] of Object.entries(o)) if (v && typeof v === 'object') walk(v, `${where}.${k}`, depth + 1);
  };
  for (const [name, layer] of Object.entries(doc.layers)) walk(layer, name, 0);
  return problems;
}
