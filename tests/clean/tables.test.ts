/** The `boilerplate` and `overlaps` tables built from cleaned fixture articles. */
import { describe, expect, it } from 'vitest';
import { cleanCorpus } from '../../data-loaders/clean/index.ts';
import { findOverlaps } from '../../data-loaders/clean/syndication.ts';
import { Knowledge } from '../../data-loaders/knowledge/index.ts';
import type { CorpusResult } from '../../data-loaders/pipeline/result.ts';
import { boilerplateTable } from '../../data-loaders/tables/boilerplate.ts';
import { overlapsTable } from '../../data-loaders/tables/overlaps.ts';
import { article } from './helpers.ts';

const SHARED = [
  'Firefighters contained the hillside blaze on Sunday after four days, the regional fire service said.',
  'About 1,200 hectares of pine forest burned and 300 people spent two nights in a sports hall.',
];
const raws = [
  ['Blaze contained after four days', ...SHARED, 'Share', 'Sign up for our newsletter to get the news in your inbox.'].join('\n'),
  ['Wildfire under control', 'Residents began returning home on Monday morning.', ...SHARED, 'Shoppers queue outside the reopened market. Photo: Ines Duarte/Coast Post'].join('\n'),
];
const cleaned = cleanCorpus(
  raws.map((r, i) => article(r, { id: `w${i}`, file: `fire${i}.txt`, outlet: i ? 'Coast Post' : null })),
  new Knowledge(),
).articles;
const result = {
  extractions: cleaned.map((a) => ({ article: a, sentences: [], actors: [], layers: {} })),
  overlaps: findOverlaps(cleaned),
} as unknown as CorpusResult;

describe('boilerplate table', () => {
  it('lists removed and caption lines with reasons, not story lines', () => {
    expect(boilerplateTable.rows(result).map((r) => [r.article_id, r.line, r.kind, r.reason])).toEqual([
      ['w0', 3, 'removed', 'share_widget'],
      ['w0', 4, 'removed', 'subscription_appeal'],
      ['w1', 4, 'caption', 'photo_credit'],
    ]);
  });
});

describe('overlaps table', () => {
  it('has one row for the shared passage with files, outlets and shares', () => {
    const rows = overlapsTable.rows(result);
    expect(rows).toHaveLength(1);
    const r = rows[0];
    expect([r.a_id, r.b_id, r.a_file, r.b_file, r.a_outlet, r.b_outlet]).toEqual(['w0', 'w1', 'fire0.txt', 'fire1.txt', null, 'Coast Post']);
    expect(r.text).toBe(SHARED.join('\n'));
    expect(r.similarity).toBe(1);
    const [a, b] = cleaned;
    expect(r.share_of_a).toBeCloseTo(SHARED.join('\n').length / a.text.length, 3);
    expect(r.share_of_b).toBeCloseTo(SHARED.join('\n').length / b.text.length, 3);
    expect(r.share_of_a as number).toBeGreaterThan(r.share_of_b as number);
    for (const c of overlapsTable.columns) expect(c.name in r).toBe(true);
  });
});
