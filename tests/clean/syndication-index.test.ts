/**
 * The overlap index: articles added one at a time give the passages of the
 * whole-corpus call, and the cache of alignment data changes speed only.
 */
import { describe, expect, it } from 'vitest';
import { cleanCorpus } from '../../data-loaders/clean/index.ts';
import { OverlapIndex, findOverlaps, sortOverlaps } from '../../data-loaders/clean/syndication.ts';
import { Knowledge } from '../../data-loaders/knowledge/index.ts';
import { article } from './helpers.ts';

const kb = new Knowledge();

/** Made-up stories, a third of them reprinting (with edits) passages of earlier ones. */
function corpus(n: number) {
  let s = 7;
  const rnd = () => {
    s = (s + 0x6d2b79f5) | 0;
    let t = Math.imul(s ^ (s >>> 15), 1 | s);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const syl = ['ta', 'ko', 'ri', 'mu', 'se', 'la', 'no', 'vi', 'pe', 'da'];
  const words = syl.flatMap((x) => syl.map((y) => x + y + 'r'));
  const sentence = () => {
    const w = Array.from({ length: 8 + Math.floor(rnd() * 10) }, () => words[Math.floor(rnd() * words.length)]);
    return w[0][0].toUpperCase() + w.join(' ').slice(1) + '.';
  };
  const stories: string[][] = [];
  for (let i = 0; i < n; i++) {
    const own = Array.from({ length: 3 + Math.floor(rnd() * 5) }, sentence);
    if (i > 0 && rnd() < 0.35) {
      const src = stories[Math.floor(rnd() * i)];
      const from = Math.floor(rnd() * src.length);
      const copied = src.slice(from, from + 1 + Math.floor(rnd() * 4)).map((x) => (rnd() < 0.3 ? x.replace(/ \w+/, ' replaced') : x));
      own.splice(1, 0, ...copied);
    }
    stories.push(own);
  }
  const raws = stories.map((st, i) => article(['Headline ' + i, ...st].join('\n'), { id: `a${String(i).padStart(3, '0')}`, outlet: `Outlet ${i % 7}`, file: `f${i}.txt` }));
  return cleanCorpus(raws, kb).articles;
}

describe('OverlapIndex', () => {
  const arts = corpus(150);
  const all = findOverlaps(arts);

  it('finds reprinted passages in the test corpus', () => {
    expect(all.length).toBeGreaterThan(20);
    expect(all.some((o) => o.similarity < 1)).toBe(true);
  });

  it('gives, article by article, the passages of the whole-corpus call', () => {
    const index = new OverlapIndex();
    const streamed = arts.flatMap((a) => index.add(a));
    expect(sortOverlaps(streamed)).toEqual(all);
  });

  it('gives the same passages whatever the size of its cache', () => {
    expect(findOverlaps(arts, { detailCache: 1 })).toEqual(all);
    expect(findOverlaps(arts, { detailCache: 0 })).toEqual(all);
  });

  it('reports each passage with the offsets of both articles', () => {
    const byId = new Map(arts.map((a) => [a.id, a]));
    for (const o of all) {
      expect(byId.get(o.a_id)!.text.slice(o.a_start, o.a_end)).toBe(o.text);
      expect(o.b_end).toBeGreaterThan(o.b_start);
    }
  });
});
