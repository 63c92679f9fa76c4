/**
 * Regression guard: the sample corpus's scores may not fall below the bars of
 * data-loaders/eval/bars.ts. On failure the message lists every bar missed.
 */
import { describe, expect, it } from 'vitest';
import { evaluateCorpus } from '../../data-loaders/eval/index.ts';

describe('extraction quality on the sample corpus', () => {
  it('meets every bar', () => {
    const report = evaluateCorpus('corpus/kursk-2025');
    const short = report.bars.filter((b) => !b.pass).map((b) => `${b.label}: ${(b.value * 100).toFixed(1)}% < ${(b.min * 100).toFixed(0)}%`);
    expect(short, `bars not met (run "npm run eval" for the misses):\n  ${short.join('\n  ')}`).toEqual([]);
  });
});
