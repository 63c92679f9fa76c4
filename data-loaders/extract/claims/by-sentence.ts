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
  const groups: T[][] = new Array(doc.sentences.length);
  for (let i = 0; i < groups.length; i++) groups[i] = [];
  for (const item of layer) if (groups[item.sentence]) groups[item.sentence].push(item);
  // Layers are mostly in text order already: sort only a group that is not.
  for (const g of groups) if (!inOrder(g)) g.sort(byStart);
  cache.set(layer, groups);
  return groups;
}

const byStart = (a: { start: number }, b: { start: number }) => a.start - b.start;

/** Is the group sorted by start (as the stable sort would leave it)? */
function inOrder(g: Array<{ start: number }>): boolean {
  for (let i = 1; i < g.length; i++) if (g[i - 1].start > g[i].start) return false;
  return true;
}
