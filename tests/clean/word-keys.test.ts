/** Word keys: one scan of the text gives the keys of the regex tokens, without token strings. */
import { describe, expect, it } from 'vitest';
import { wordTokens } from '../../data-loaders/clean/syndication.ts';
import { isWordCodePoint, pushWordKeys, wordKey } from '../../data-loaders/clean/word-keys.ts';

const keysOf = (text: string) => {
  const out: number[] = [];
  pushWordKeys(text, out);
  return out;
};

describe('pushWordKeys', () => {
  it('gives the keys of the regex tokens', () => {
    for (const text of [
      '',
      '   ',
      'Port closed.',
      '“Port’s” closed, said—Ana 2025.',
      'Zürich, São Paulo and Київ; ΟΔΟΣ Σ',
      'İstanbul ǅemal',
      'e\u0301te\u0301 (combining marks split words)',
      'math 𝐀𝐁 and emoji 😀 x',
      'lone \ud800 surrogate\udc00end',
      '٣٤ digits ١٢٣',
      'tail𝐀',
    ]) {
      expect(keysOf(text)).toEqual(wordTokens(text).map(wordKey));
    }
  });

  it('appends to what the list holds', () => {
    const out = [7];
    pushWordKeys('a b', out);
    expect(out).toEqual([7, wordKey('a'), wordKey('b')]);
  });
});

describe('wordKey', () => {
  it('is a 53-bit integer whose low 32 bits are the FNV-1a hash', () => {
    const k = wordKey('kyiv');
    expect(Number.isSafeInteger(k)).toBe(true);
    expect(k).toBeLessThan(2 ** 53);
    let fnv = 0x811c9dc5;
    for (const c of 'kyiv') fnv = Math.imul(fnv ^ c.charCodeAt(0), 0x01000193);
    expect(k >>> 0).toBe(fnv >>> 0);
    expect(wordKey('kyiv')).not.toBe(wordKey('kiev'));
  });
});

describe('isWordCodePoint', () => {
  it('is true for letters and digits only', () => {
    expect(['a', 'Z', '7', 'é', 'Ж', '٣'].map((c) => isWordCodePoint(c.codePointAt(0)!))).toEqual([true, true, true, true, true, true]);
    expect([' ', '-', '’', '\u0301', '😀'].map((c) => isWordCodePoint(c.codePointAt(0)!))).toEqual([false, false, false, false, false]);
    expect(isWordCodePoint('𝐀'.codePointAt(0)!)).toBe(true);
  });
});
