import { describe, expect, it } from 'vitest';
import { numberLexicon } from '../../../data-loaders/extract/numbers/lexicon.ts';
import { parseDigits, parseNumberWords } from '../../../data-loaders/extract/numbers/words.ts';
import { getKnowledge } from '../../../data-loaders/knowledge/index.ts';

const lex = numberLexicon(getKnowledge());

describe('parseDigits', () => {
  it('reads separators and decimals', () => {
    expect(parseDigits('11,300')).toBe(11300);
    expect(parseDigits('0.75')).toBe(0.75);
    expect(parseDigits('1,000,000')).toBe(1e6);
    expect(parseDigits('12a')).toBeNull();
  });
});

describe('parseNumberWords', () => {
  it.each([
    ['seven', 7],
    ['Nineteen', 19],
    ['forty-two', 42],
    ['a hundred', 100],
    ['three hundred and six', 306],
    ['two thousand five hundred', 2500],
    ['a dozen', 12],
    ['three dozen', 36],
    ['half a million', 500000],
    ['one and a half', 1.5],
    ['two and a half million', 2500000],
    ['a million', 1e6],
    ['ninety thousand', 90000],
  ])('%s → %d', (words, value) => {
    expect(parseNumberWords(words, lex)).toBe(value);
  });

  it('rejects words that are not numbers', () => {
    expect(parseNumberWords('a', lex)).toBeNull();
    expect(parseNumberWords('seven seas', lex)).toBeNull();
  });
});
