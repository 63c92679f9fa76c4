/** Postings: the holders of each hash, met in order, lists capped. */
import { describe, expect, it } from 'vitest';
import { Postings } from '../../data-loaders/clean/postings.ts';

/** Post `holder` under `h`, returning the holders it met. */
const post = (p: Postings, h: number, holder: number, max = 100) => {
  const met: number[] = [];
  p.post(h, holder, max, (x) => met.push(x));
  return met;
};

describe('Postings', () => {
  it('meets the earlier holders of the same hash, in order', () => {
    const p = new Postings();
    expect(post(p, 5, 0)).toEqual([]);
    expect(post(p, 5, 1)).toEqual([0]);
    expect(post(p, 6, 1)).toEqual([]);
    expect(post(p, 5, 2)).toEqual([0, 1]);
    expect(p.size).toBe(2);
  });

  it('tells apart hashes above 2^31 and those differing in high bits only', () => {
    const p = new Postings();
    post(p, 0xffffffff, 0);
    post(p, 0x7fffffff, 1);
    post(p, 0x10000, 2);
    post(p, 0x20000, 3);
    expect(post(p, 0xffffffff, 9)).toEqual([0]);
    expect(post(p, 0x20000, 9)).toEqual([3]);
    expect(post(p, 0, 9)).toEqual([]);
  });

  it('stops growing a list at max holders, keeping the first ones', () => {
    const p = new Postings();
    for (let i = 0; i < 5; i++) post(p, 1, i, 3);
    expect(post(p, 1, 9, 3)).toEqual([0, 1, 2]);
  });

  it('keeps every hash as the table grows', () => {
    const p = new Postings();
    const hashes = Array.from({ length: 20000 }, (_, i) => Math.imul(i + 1, 0x85ebca6b) >>> 0);
    hashes.forEach((h, i) => post(p, h, i));
    expect(p.size).toBe(new Set(hashes).size);
    const first = new Map<number, number>();
    hashes.forEach((h, i) => first.has(h) || first.set(h, i));
    hashes.forEach((h, i) => expect(post(p, h, 20000 + i)).toEqual([first.get(h)]));
  });
});
