import { describe, expect, it } from 'vitest';
import { scoreQuotes } from '../../data-loaders/eval/quotes.ts';
import { exQuote } from './helpers.ts';

describe('quote matching', () => {
  it('finds a gold excerpt inside an extracted quote, ignoring quote marks, dashes and edge punctuation', () => {
    const r = scoreQuotes(
      [{ speaker: 'Maria Lopez', quote_excerpt: '“We’re not leaving — not until the water goes down,”' }],
      [exQuote("Honestly, we're not leaving - not until the water goes down", 'Maria López')],
    );
    expect(r.matched).toBe(1);
    expect(r.speaker).toEqual({ judged: 1, correct: 1 });
  });

  it('counts a wrong or missing speaker over found quotes only', () => {
    const r = scoreQuotes(
      [
        { speaker: 'Union leader', quote_excerpt: 'we will strike on Monday' },
        { speaker: 'Mayor Ahmed', quote_excerpt: 'the budget is balanced' },
        { speaker: 'Minister Ito', quote_excerpt: 'never said this' },
      ],
      [exQuote('We will strike on Monday', 'Mayor Ahmed'), exQuote('The budget is balanced', 'Ahmed', ['Mayor Ahmed', 'Ahmed'])],
    );
    expect(r.matched).toBe(2);
    expect(r.speaker).toEqual({ judged: 2, correct: 1 });
    expect(r.misses.map((q) => q.quote_excerpt)).toEqual(['never said this']);
    expect(r.wrongSpeaker).toEqual([{ quote: 'we will strike on Monday', gold: 'Union leader', got: 'Mayor Ahmed' }]);
  });

  it('lets one long quote hold several different excerpts, but a repeated excerpt needs two quotes', () => {
    const long = exQuote('Prices rose again. Families cannot cope. Something must change.', 'Economist');
    const parts = scoreQuotes(
      [
        { speaker: 'Economist', quote_excerpt: 'Prices rose again.' },
        { speaker: 'Economist', quote_excerpt: 'Something must change' },
      ],
      [long],
    );
    expect(parts.matched).toBe(2);
    expect(parts.matchedExtracted).toBe(1);
    const twice = scoreQuotes(
      [
        { speaker: 'Coach', quote_excerpt: 'unacceptable' },
        { speaker: 'Coach', quote_excerpt: 'unacceptable' },
      ],
      [exQuote('unacceptable', 'Coach')],
    );
    expect(twice.matched).toBe(1);
    expect(twice.misses).toHaveLength(1);
  });

  it('reports extracted quotes holding no gold excerpt as false hits', () => {
    const r = scoreQuotes([], [exQuote('a quote nobody annotated', null)]);
    expect(r.falseHits).toHaveLength(1);
    expect(r.matchedExtracted).toBe(0);
  });
});
