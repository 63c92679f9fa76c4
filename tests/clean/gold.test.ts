/**
 * Cleaning against the sample corpus gold: removal and caption marking, each
 * with precision and recall >= 0.95, counted by line (a gold line listed twice
 * counts twice). Also: no story line of the sample is removed, and the
 * overlaps find the wire text two outlets share.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cleanCorpus } from '../../data-loaders/clean/index.ts';
import { normalizeLine } from '../../data-loaders/clean/normalize.ts';
import { findOverlaps } from '../../data-loaders/clean/syndication.ts';
import { Knowledge } from '../../data-loaders/knowledge/index.ts';
import { readCorpus } from '../../data-loaders/sources/index.ts';

const DIR = join(import.meta.dirname, '../../corpus/kursk-2025');
const { articles } = readCorpus(DIR);
const cleaned = cleanCorpus(articles, new Knowledge()).articles;

interface Gold {
  boilerplate_lines: string[];
  caption_lines: string[];
}
const goldOf = (file: string): Gold => {
  const base = file.split('/').pop()!.replace(/\.[^.]+$/, '');
  return JSON.parse(readFileSync(join(DIR, 'gold', `${base}.json`), 'utf8')) as Gold;
};

function count(lines: string[]): Map<string, number> {
  const m = new Map<string, number>();
  for (const l of lines) m.set(normalizeLine(l), (m.get(normalizeLine(l)) ?? 0) + 1);
  return m;
}

/** Precision and recall of predicted against gold line multisets, summed over articles. */
function score(pick: (kind: string) => boolean, goldKey: keyof Gold) {
  let tp = 0;
  let predicted = 0;
  let gold = 0;
  const misses: string[] = [];
  for (const a of cleaned) {
    const p = count(a.lines.filter((l) => pick(l.kind)).map((l) => l.text));
    const g = count(goldOf(a.file)[goldKey]);
    for (const [k, n] of p) {
      predicted += n;
      tp += Math.min(n, g.get(k) ?? 0);
      if (n > (g.get(k) ?? 0)) misses.push(`extra: ${k}`);
    }
    for (const [k, n] of g) {
      gold += n;
      if (n > (p.get(k) ?? 0)) misses.push(`missed: ${k}`);
    }
  }
  return { precision: predicted ? tp / predicted : 1, recall: gold ? tp / gold : 1, misses };
}

describe('cleaning on the sample corpus gold', () => {
  it('reads all five sample articles', () => {
    expect(cleaned).toHaveLength(5);
  });

  it('removes furniture with precision and recall >= 0.95', () => {
    const s = score((k) => k === 'removed' || k === 'duplicate', 'boilerplate_lines');
    expect(s.misses).toEqual([]);
    expect(s.precision).toBeGreaterThanOrEqual(0.95);
    expect(s.recall).toBeGreaterThanOrEqual(0.95);
  });

  it('marks captions with precision and recall >= 0.95', () => {
    const s = score((k) => k === 'caption', 'caption_lines');
    expect(s.misses).toEqual([]);
    expect(s.precision).toBeGreaterThanOrEqual(0.95);
    expect(s.recall).toBeGreaterThanOrEqual(0.95);
  });

  it('keeps offsets exact: every kept line is its normalised self in the cleaned text', () => {
    for (const a of cleaned) {
      for (const l of a.lines) if (l.start !== null) expect(a.text.slice(l.start, l.end!)).toBe(normalizeLine(l.text));
    }
  });
});

describe('syndication on the sample corpus', () => {
  const overlaps = findOverlaps(cleaned);
  const byId = new Map(cleaned.map((a) => [a.id, a]));

  it('finds the wire text shared by the outlet crediting AFP and another outlet', () => {
    // The article that credits AFP (a "© AFP" line) and the other outlet whose
    // text shares the most with it.
    const afp = cleaned.find((a) => /©\s*AFP/.test(a.text))!;
    expect(afp).toBeDefined();
    const shared = new Map<string, number>();
    for (const o of overlaps) {
      if (o.a_id !== afp.id && o.b_id !== afp.id) continue;
      const other = o.a_id === afp.id ? o.b_id : o.a_id;
      const len = o.a_id === afp.id ? o.a_end - o.a_start : o.b_end - o.b_start;
      shared.set(other, (shared.get(other) ?? 0) + len);
    }
    const [bestId, chars] = [...shared].sort((x, y) => y[1] - x[1])[0];
    const best = byId.get(bestId)!;
    expect(best.outlet).not.toBe(afp.outlet);
    expect(best.outlet).toBe('Al Jazeera');
    // Several passages, together a large part of the shorter article.
    expect(chars).toBeGreaterThan(600);
    const rows = overlaps.filter((o) => [o.a_id, o.b_id].includes(afp.id) && [o.a_id, o.b_id].includes(bestId));
    expect(rows.length).toBeGreaterThanOrEqual(3);
    for (const o of rows) {
      const a = byId.get(o.a_id)!;
      const b = byId.get(o.b_id)!;
      expect(a.text.slice(o.a_start, o.a_end)).toBe(o.text);
      expect(b.text.slice(o.b_start, o.b_end).length).toBeGreaterThan(0);
      expect(o.similarity).toBeGreaterThan(0.6);
      expect(o.a_id < o.b_id).toBe(true);
    }
  });

  it('finds nothing shared with the translated article that reworded everything', () => {
    const translated = cleaned.find((a) => a.outlet === null)!;
    expect(overlaps.filter((o) => o.a_id === translated.id || o.b_id === translated.id)).toEqual([]);
  });
});
