import { describe, expect, it } from 'vitest';
import { groupQuotes, normalizeQuote, quoteSimilarity } from '../../data-loaders/site/quote-groups.ts';
import type { QuoteRow } from '../../data-loaders/site/rows.ts';

let n = 0;
const quote = (speaker: string, outlet: string, text: string): QuoteRow => ({
  quote_id: `q${n++}`, article_id: `a${n}`, file: 'f', outlet, speaker, actor_id: `id-${speaker}`, text, start: 0, end: text.length, attribution: 'verb_after', partial: false,
});

describe('quote groups', () => {
  it('normalizes case, punctuation and curly quotes', () => {
    expect(normalizeQuote('We’ll “hold” the line — together!')).toEqual(['well', 'hold', 'the', 'line', 'together']);
  });

  it('puts two wordings of one remark together and keeps other remarks apart', () => {
    const groups = groupQuotes([
      quote('Mayor Lind', 'Daily', 'The water has reached the old town and we are moving everyone out tonight'),
      quote('Mayor Lind', 'Courier', 'the water has reached the old town, and we are moving everyone out'),
      quote('Mayor Lind', 'Courier', 'Taxes will not rise next year'),
      quote('Coach Reyes', 'Daily', 'The water has reached the old town and we are moving everyone out tonight'),
    ]);
    const lind = groups.filter((g) => g.speaker === 'Mayor Lind');
    expect(lind).toHaveLength(2);
    expect(lind[0].outlets).toEqual(['Courier', 'Daily']);
    expect(lind[0].wordings).toBe(2);
    expect(groups.find((g) => g.speaker === 'Coach Reyes')?.variants).toHaveLength(1);
  });

  it('treats a short partial quote inside a longer one as the same quote', () => {
    const a = new Set(normalizeQuote('a temporary pause for the exhausted rescue crews'));
    const b = new Set(normalizeQuote('the exhausted rescue crews'));
    expect(quoteSimilarity(a, b)).toBe(1);
    expect(quoteSimilarity(a, new Set(normalizeQuote('prices rose sharply in May')))).toBeLessThan(0.6);
  });
});
