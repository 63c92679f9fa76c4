import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { foldKey, lineKey, normalizeLine, wordCount, wordsAtMost } from '../../data-loaders/clean/normalize.ts';

describe('normalizeLine', () => {
  it('turns NBSP and other spaces into one plain space and trims', () => {
    expect(normalizeLine('\u00a0 Prices\u2009rose \t 3%\u202f today  ')).toBe('Prices rose 3% today');
  });
  it('removes zero-width, BOM, soft hyphen and control characters', () => {
    expect(normalizeLine('\ufeffFlood\u200b war\u00adning\u0007\r')).toBe('Flood warning');
  });
  it('composes to NFC and keeps curly quotes and dashes', () => {
    expect(normalizeLine('Cafe\u0301 “open” — ‘yes’')).toBe('Café “open” — ‘yes’');
  });
});

describe('lineKey', () => {
  it('compares lines across quote styles, case and spacing', () => {
    expect(lineKey('Don’t  MISS “this”')).toBe(lineKey("don't miss \"this\""));
  });
});

describe('wordCount', () => {
  it('counts words of a normalised line', () => {
    expect(wordCount('')).toBe(0);
    expect(wordCount('one two three')).toBe(3);
  });
});

describe('wordsAtMost', () => {
  it('is wordCount(line) <= n', () => {
    expect(wordsAtMost('', 0)).toBe(true);
    expect(wordsAtMost('one two three', 3)).toBe(true);
    expect(wordsAtMost('one two three', 2)).toBe(false);
    const line = fc.array(fc.constantFrom('a', 'bc', ' ', '  ', 'é'), { maxLength: 30 }).map((c) => c.join(''));
    fc.assert(fc.property(line, fc.integer({ min: -1, max: 12 }), (l, n) => {
      expect(wordsAtMost(l, n)).toBe(wordCount(l) <= n);
    }), { numRuns: 500 });
  });
});

describe('lineKey cache', () => {
  it('gives the key computed afresh, asked once or again', () => {
    const chars = fc.constantFrom('a', 'B', ' ', '  ', '\u00a0', '\u200b', '\u2019', '“', '—', 'é', 'e\u0301', 'İ', '\t', '1', '.');
    fc.assert(fc.property(fc.array(chars, { maxLength: 20 }).map((c) => c.join('')), (line) => {
      const fresh = foldKey(normalizeLine(line));
      expect(lineKey(line)).toBe(fresh);
      expect(lineKey(line)).toBe(fresh);
    }), { numRuns: 500 });
  });
});
