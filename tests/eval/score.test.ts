import { describe, expect, it } from 'vitest';
import { BARS, checkBars } from '../../data-loaders/eval/bars.ts';
import { parseGold } from '../../data-loaders/eval/gold.ts';
import { formatReport } from '../../data-loaders/eval/report.ts';
import { scoreArticles } from '../../data-loaders/eval/score.ts';
import { exArticle, exClaim, exQuote, goldArticle, goldClaim } from './helpers.ts';

describe('corpus scoring', () => {
  const gold = [
    goldArticle({
      article: 'a/flood.txt',
      claims: [goldClaim({ value: 12, unit: 'person', claimant: 'police' }), goldClaim({ value: 300, unit: 'home' })],
      quotes: [{ speaker: 'Chief Ruiz', quote_excerpt: 'the river rose in minutes' }],
      actors: ['Chief Ruiz', 'Red Cross'],
      boilerplate_lines: ['Sign up for our newsletter'],
      caption_lines: ['Rescuers wade through water. Photo: AP'],
    }),
    goldArticle({ article: 'b/vote.txt', claims: [goldClaim({ value: 51.2, unit: 'percent' })], actors: ['Electoral Commission'] }),
  ];
  const extracted = [
    exArticle({
      file: 'a/flood.txt',
      claims: [exClaim({ value: 12, unit: 'person', claimant: 'Police' }), exClaim({ value: 300, unit: 'home', claimant: 'police' }), exClaim({ value: 2024, unit: null })],
      quotes: [exQuote('The river rose in minutes', 'Chief Ruiz')],
      actors: [{ name: 'Chief Ruiz', aliases: [] }],
      boilerplate_lines: ['Sign up for our newsletter', 'Share this'],
      caption_lines: ['Rescuers wade through water. Photo: AP'],
    }),
  ];
  const r = scoreArticles(gold, extracted, 'test');

  it('sums counts over articles, a missing article counting as all missed', () => {
    expect(r.components.claims).toMatchObject({ gold: 3, extracted: 3, matched: 2 });
    expect(r.components.claims.recall).toBeCloseTo(2 / 3, 4);
    expect(r.components.claim_attributes.claimant).toEqual({ judged: 2, correct: 1, accuracy: 0.5 });
    expect(r.components.actors).toMatchObject({ gold: 3, matched: 1 });
    expect(r.components.boilerplate).toMatchObject({ precision: 0.5, recall: 1 });
    expect(r.per_article[1].found).toBe(false);
    expect(r.per_article[0].claims.false_hits.map((c) => c.value)).toEqual([2024]);
  });

  it('checks every bar and says which fall short', () => {
    expect(r.bars.map((b) => b.id)).toEqual(BARS.map((b) => b.id));
    const claims = r.bars.find((b) => b.id === 'claims.f1')!;
    expect(claims.pass).toBe(false);
    expect(checkBars(r).find((b) => b.id === 'quotes.recall')!.pass).toBe(true);
    const text = formatReport(r);
    expect(text).toContain('FAIL  Claims F1');
    expect(text).toContain('NOT FOUND');
  });

  it('is plain JSON', () => {
    expect(JSON.parse(JSON.stringify(r))).toEqual(r);
  });
});

describe('gold files', () => {
  it('fills missing lists and rejects bad shapes', () => {
    expect(parseGold({ article: 'x.txt' }, 'x.json').claims).toEqual([]);
    expect(() => parseGold({ claims: [] }, 'y.json')).toThrow(/article/);
    expect(() => parseGold({ article: 'x.txt', claims: [{ value: '12' }] }, 'z.json')).toThrow(/value/);
  });
});
