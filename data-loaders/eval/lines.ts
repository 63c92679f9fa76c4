/**
 * Boilerplate and caption lines, compared as multisets of raw lines (spaces
 * normalised): a line the gold lists twice must be found twice.
 */
import { normLine } from './normalize.ts';

export interface LinesResult {
  gold: number;
  extracted: number;
  matched: number;
  misses: string[];
  falseHits: string[];
}

export function scoreLines(gold: string[], extracted: string[]): LinesResult {
  const left = new Map<string, number>();
  for (const l of extracted) {
    const k = normLine(l);
    if (k !== '') left.set(k, (left.get(k) ?? 0) + 1);
  }
  const misses: string[] = [];
  let matched = 0;
  for (const l of gold) {
    const k = normLine(l);
    const n = left.get(k) ?? 0;
    if (n > 0) {
      left.set(k, n - 1);
      matched++;
    } else misses.push(l);
  }
  const falseHits: string[] = [];
  for (const l of extracted) {
    const k = normLine(l);
    const n = left.get(k) ?? 0;
    if (n > 0) {
      left.set(k, n - 1);
      falseHits.push(l);
    }
  }
  return { gold: gold.length, extracted: extracted.filter((l) => normLine(l) !== '').length, matched, misses, falseHits };
}
