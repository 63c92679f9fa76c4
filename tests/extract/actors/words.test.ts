import { describe, expect, it } from 'vitest';
import { isWordCode, wordsIn } from '../../../data-loaders/extract/actors/words.ts';

const words = (text: string) => wordsIn(text, 0, text.length).map((w) => w.text);

describe('isWordCode (the word-character table)', () => {
  it('agrees with the letter/mark/digit regex on every UTF-16 code unit', () => {
    const re = /[\p{L}\p{M}\p{N}]/u;
    const wrong: number[] = [];
    for (let c = 0; c < 0x10000; c++) if (isWordCode(c) !== re.test(String.fromCharCode(c))) wrong.push(c);
    expect(wrong).toEqual([]);
  });

  it('answers for common characters of news text', () => {
    for (const ch of ['a', 'Z', '7', 'é', 'ß', 'Ж', 'ü', '\u0301', '٣']) expect(isWordCode(ch.charCodeAt(0))).toBe(true);
    for (const ch of [' ', '.', '-', '’', '“', '”', '—', '–', '\u00a0', '€', '\ud83d']) expect(isWordCode(ch.charCodeAt(0))).toBe(false);
  });
});

describe('wordsIn with non-ASCII text', () => {
  it('splits at curly quotes and dashes and keeps accented letters and possessives', () => {
    expect(words('“Zelensky’s aides—and Macron’s”, said José Müller–Lüdenscheidt')).toEqual([
      'Zelensky',
      'aides',
      'and',
      'Macron',
      'said',
      'José',
      'Müller',
      'Lüdenscheidt',
    ]);
  });
});
