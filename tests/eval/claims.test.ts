import { describe, expect, it } from 'vitest';
import { scoreClaims } from '../../data-loaders/eval/claims.ts';
import { exClaim, goldClaim } from './helpers.ts';

describe('claim matching', () => {
  it('matches on value and counts misses and false hits', () => {
    const gold = [goldClaim({ value: 12, unit: 'person' }), goldClaim({ value: 3.5, unit: 'percent' })];
    const ex = [exClaim({ value: 12, unit: 'person' }), exClaim({ value: 40, unit: 'house' })];
    const r = scoreClaims(gold, ex);
    expect(r.matched).toBe(1);
    expect(r.misses.map((c) => c.value)).toEqual([3.5]);
    expect(r.falseHits.map((c) => c.value)).toEqual([40]);
  });

  it('matches a share written as a fraction with the same share as a percentage, within rounding', () => {
    const gold = [goldClaim({ value: 0.33, unit: 'share' }), goldClaim({ value: 0.125, unit: 'share' }), goldClaim({ value: 0.4, unit: 'share' })];
    const ex = [exClaim({ value: 33.3, unit: 'percent' }), exClaim({ value: 12.5, unit: 'percent' }), exClaim({ value: 45, unit: 'percent' })];
    const r = scoreClaims(gold, ex);
    expect(r.matched).toBe(2);
    expect(r.attributes.unit.correct).toBe(2);
    expect(r.misses.map((c) => c.value)).toEqual([0.4]);
  });

  it('does not read a count as a share', () => {
    const r = scoreClaims([goldClaim({ value: 0.5, unit: 'share' })], [exClaim({ value: 50, unit: 'person' })]);
    expect(r.matched).toBe(0);
  });

  it('lets one extracted claim match at most one gold claim', () => {
    const gold = [goldClaim({ value: 7 }), goldClaim({ value: 7 })];
    const r = scoreClaims(gold, [exClaim({ value: 7 })]);
    expect(r.matched).toBe(1);
    expect(r.misses).toHaveLength(1);
    expect(r.falseHits).toHaveLength(0);
  });

  it('prefers the extracted claim in the same sentence, then the same text and unit', () => {
    const gold = [
      goldClaim({ value: 250, text: '250 homes', unit: 'home', sentence_excerpt: 'the flood destroyed 250 homes' }),
      goldClaim({ value: 250, text: '$250', unit: 'usd', sentence_excerpt: 'each family will receive $250' }),
    ];
    const ex = [
      exClaim({ value: 250, text: '$250', unit: 'usd', sentence: 'Officials said each family will receive $250 in aid.', claimant: 'officials' }),
      exClaim({ value: 250, text: '250 homes', unit: 'home', sentence: 'By Sunday the flood destroyed 250 homes along the river.' }),
    ];
    const r = scoreClaims(gold, ex);
    expect(r.matched).toBe(2);
    expect(r.attributes.unit).toEqual({ judged: 2, correct: 2 });
  });

  it('accepts a gold value equal to a bound of an extracted range', () => {
    const r = scoreClaims([goldClaim({ value: 30, qualifier: 'range' })], [exClaim({ value: 35, low: 30, high: 40, qualifier: 'range' })]);
    expect(r.matched).toBe(1);
  });

  it('does not match a different value, however close the text', () => {
    const r = scoreClaims([goldClaim({ value: 1200, text: '1,200' })], [exClaim({ value: 1100, text: '1,100' })]);
    expect(r.matched).toBe(0);
  });

  it('judges the claimant with names normalised and null equal to null', () => {
    const gold = [
      goldClaim({ value: 1, claimant: 'Ministère de la Santé' }),
      goldClaim({ value: 2, claimant: null }),
      goldClaim({ value: 3, claimant: 'World Health Organization' }),
      goldClaim({ value: 4, claimant: 'Election Commission' }),
    ];
    const ex = [
      exClaim({ value: 1, claimant: 'ministere de la sante' }),
      exClaim({ value: 2, claimant: null }),
      exClaim({ value: 3, claimant: 'WHO', claimantNames: ['WHO', 'World Health Organization'] }),
      exClaim({ value: 4, claimant: null }),
    ];
    const r = scoreClaims(gold, ex);
    expect(r.attributes.claimant).toEqual({ judged: 4, correct: 3 });
    expect(r.wrong).toEqual([{ attribute: 'claimant', text: '4', sentence: '', gold: 'Election Commission', got: null }]);
  });

  it('judges units (plurals, case), qualifier, cited source and as-of date', () => {
    const gold = [goldClaim({ value: 9, unit: 'vote', qualifier: 'more_than', cited_source: 'Reuters', as_of: '2024-11-05' })];
    const right = scoreClaims(gold, [exClaim({ value: 9, unit: 'Votes', qualifier: 'more_than', cited_source: 'reuters', as_of: '2024-11-05' })]);
    expect(Object.values(right.attributes).every((a) => a.correct === 1)).toBe(true);
    const wrong = scoreClaims(gold, [exClaim({ value: 9, unit: 'seat', qualifier: 'exact', cited_source: null, as_of: '2024-11' })]);
    expect(wrong.wrong.map((w) => w.attribute).sort()).toEqual(['as_of', 'cited_source', 'qualifier', 'unit']);
  });
});

describe('name normalisation', () => {
  it('reads "of the" and "of" alike inside a name, and drops a leading article', async () => {
    const { normName } = await import('../../data-loaders/eval/normalize.ts');
    expect(normName('Turkish Ministry of the Interior')).toBe(normName('Turkish Ministry of Interior'));
    expect(normName('The Associated Press')).toBe(normName('Associated Press'));
    expect(normName('Ministry of Health')).not.toBe(normName('Ministry of Finance'));
  });
});
