/**
 * `overlaps`: passages two articles share (syndicated wire copy, reprints,
 * outlets copying each other), one row per passage, from
 * `clean/syndication.ts`. `share_of_a` / `share_of_b` say how much of each
 * article's cleaned text the pair shares in all (the same on every row of a
 * pair): near 1 means a reprint, small means a borrowed paragraph or quote.
 */
import type { CleanArticle } from '../types.ts';
import type { Row, TableDef } from './table.ts';
import { sortRows } from './table.ts';

/** Characters of `[start, end)` ranges covered at least once. */
function covered(ranges: Array<[number, number]>): number {
  const sorted = [...ranges].sort((x, y) => x[0] - y[0]);
  let total = 0;
  let upTo = -1;
  for (const [s, e] of sorted) {
    const from = Math.max(s, upTo);
    if (e > from) total += e - from;
    upTo = Math.max(upTo, e);
  }
  return total;
}

const round3 = (x: number) => Math.round(x * 1000) / 1000;

export const overlapsTable: TableDef = {
  name: 'overlaps',
  description: 'One row per passage shared by a pair of articles (syndicated wire copy, reprints).',
  columns: [
    { name: 'a_id', type: 'string', description: 'First article of the pair (the smaller id).' },
    { name: 'b_id', type: 'string', description: 'Second article of the pair.' },
    { name: 'a_file', type: 'string', description: 'Source file of article a.' },
    { name: 'b_file', type: 'string', description: 'Source file of article b.' },
    { name: 'a_outlet', type: 'string', nullable: true, description: 'Outlet of article a, when known.' },
    { name: 'b_outlet', type: 'string', nullable: true, description: 'Outlet of article b, when known.' },
    { name: 'a_start', type: 'int', description: 'Start of the passage in the cleaned text of article a.' },
    { name: 'a_end', type: 'int', description: 'End of the passage in the cleaned text of article a.' },
    { name: 'b_start', type: 'int', description: 'Start of the passage in the cleaned text of article b.' },
    { name: 'b_end', type: 'int', description: 'End of the passage in the cleaned text of article b.' },
    { name: 'text', type: 'string', description: 'The passage as article a has it.' },
    { name: 'similarity', type: 'float', description: 'Word similarity of the two versions of the passage, 0 to 1 (1: same words).' },
    { name: 'share_of_a', type: 'float', description: 'Share of the cleaned text of article a that this pair of articles shares (all its passages).' },
    { name: 'share_of_b', type: 'float', description: 'Share of the cleaned text of article b that this pair of articles shares (all its passages).' },
  ],
  rows(result) {
    const byId = new Map<string, CleanArticle>(result.extractions.map((e) => [e.article.id, e.article]));
    const pairRanges = new Map<string, { a: Array<[number, number]>; b: Array<[number, number]> }>();
    for (const o of result.overlaps) {
      const k = `${o.a_id}\0${o.b_id}`;
      const p = pairRanges.get(k) ?? { a: [], b: [] };
      p.a.push([o.a_start, o.a_end]);
      p.b.push([o.b_start, o.b_end]);
      pairRanges.set(k, p);
    }
    const rows: Row[] = result.overlaps.map((o) => {
      const a = byId.get(o.a_id);
      const b = byId.get(o.b_id);
      const p = pairRanges.get(`${o.a_id}\0${o.b_id}`)!;
      const share = (art: CleanArticle | undefined, r: Array<[number, number]>) => (art && art.text.length ? round3(covered(r) / art.text.length) : 0);
      return {
        a_id: o.a_id,
        b_id: o.b_id,
        a_file: a?.file ?? '',
        b_file: b?.file ?? '',
        a_outlet: a?.outlet ?? null,
        b_outlet: b?.outlet ?? null,
        a_start: o.a_start,
        a_end: o.a_end,
        b_start: o.b_start,
        b_end: o.b_end,
        text: o.text,
        similarity: o.similarity,
        share_of_a: share(a, p.a),
        share_of_b: share(b, p.b),
      };
    });
    return sortRows(rows, ['a_id', 'b_id', 'a_start']);
  },
};
