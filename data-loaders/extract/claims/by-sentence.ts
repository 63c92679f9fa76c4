/**
 * Per-sentence views of a Doc's layers (mentions, quotes, dates, numbers),
 * built once per layer array and cached in a WeakMap keyed on that array, so
 * lookups stay linear in the size of the article. A stage that replaces a
 * layer array gets a fresh view automatically.
 */
import type { Doc } from '../../doc/doc.ts';

const cache = new WeakMap<object, unknown[][]>();

/** The items of `layer` grouped by their `sentence` index (each group in text order). */
export function bySentence<T extends { sentence: number; start: number }>(doc: Doc, layer: T[]): T[][] {
  const hit = cache.get(layer);
  if (hit && hit.length === doc.sentences.length) return hit as T[][];
  const groups: T[][] = doc.sentences.map(() => []);
  for (const item of layer) if (groups[item.sentence]) groups[item.sentence].push(item);
  for (const g of groups) g.sort((a, b) => a.start - b.start);
  cache.set(layer, groups);
  return groups;
}
