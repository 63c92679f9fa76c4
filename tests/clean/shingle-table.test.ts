/** Shingle table: every position of a hash, in position order; absent hashes miss. */
import { describe, expect, it } from 'vitest';
import { ShingleTable } from '../../data-loaders/clean/shingle-table.ts';

const positions = (t: ShingleTable, h: number) => {
  const out: number[] = [];
  for (let p = t.first(h); p >= 0; p = t.after(p)) out.push(p);
  return out;
};

describe('ShingleTable', () => {
  it('lists the positions of each hash in order', () => {
    const t = new ShingleTable(Uint32Array.from([7, 3, 7, 0xfffffff0, 3, 7]));
    expect(positions(t, 7)).toEqual([0, 2, 5]);
    expect(positions(t, 3)).toEqual([1, 4]);
    expect(positions(t, 0xfffffff0)).toEqual([3]);
    expect(positions(t, 8)).toEqual([]);
  });

  it('handles an empty article and many colliding slots', () => {
    expect(positions(new ShingleTable(new Uint32Array(0)), 1)).toEqual([]);
    const hashes = Uint32Array.from({ length: 5000 }, (_, i) => (i % 1000) * 0x10000);
    const t = new ShingleTable(hashes);
    expect(positions(t, 999 * 0x10000)).toEqual([999, 1999, 2999, 3999, 4999]);
    expect(positions(t, 1000 * 0x10000)).toEqual([]);
  });
});
