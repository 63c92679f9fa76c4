/**
 * The convention for vague amounts (docs/annotating.md): "dozens", "tens of
 * thousands" stay in the claims table flagged `vague`, but are not scored —
 * neither an extracted vague claim nor a gold claim written with qualifier
 * `vague` counts as a hit, a miss or a false hit.
 */
import { describe, expect, it } from 'vitest';
import { scoreClaims } from '../../data-loaders/eval/claims.ts';
import { exClaim, goldClaim } from './helpers.ts';

describe('vague amounts', () => {
  it('are left out of the claim score on both sides', () => {
    const gold = [goldClaim({ value: 12, unit: 'person' }), goldClaim({ value: 100, unit: 'protester', qualifier: 'vague' })];
    const ex = [exClaim({ value: 12, unit: 'person' }), exClaim({ value: null, low: 200, unit: 'person', qualifier: 'vague' })];
    const r = scoreClaims(gold, ex);
    expect(r).toMatchObject({ gold: 1, extracted: 1, matched: 1 });
    expect(r.misses).toEqual([]);
    expect(r.falseHits).toEqual([]);
  });
});
