/**
 * The same line printed twice inside one article (a caption repeated under a
 * gallery, a paragraph duplicated by a careless page save) is kept once: later
 * copies become `duplicate` lines (reason `repeated_in_article`) and are left
 * out of the cleaned text, so a claim is not counted twice.
 */
import { lineKey } from './normalize.ts';
import type { Decision } from './structure.ts';

/** Mark repeats of kept lines (story or caption) after their first occurrence (mutates `d`). */
export function markDuplicates(lines: string[], d: Array<Decision | null>): void {
  const seen = new Set<string>();
  for (let i = 0; i < lines.length; i++) {
    const dec = d[i];
    if (dec !== null && dec.kind !== 'caption') continue;
    const k = lineKey(lines[i]);
    if (k === '') continue;
    if (seen.has(k)) d[i] = { kind: 'duplicate', reason: 'repeated_in_article' };
    else seen.add(k);
  }
}
