/**
 * Word keys for syndication search: the words of a text (lower case, runs of
 * letters and digits, as `/[\p{L}\p{N}]+/gu` finds them) each hashed to a
 * 53-bit number, without building a string per word.
 */

const TWO_32 = 2 ** 32;
const WORD_CHAR = /^[\p{L}\p{N}]$/u;

/**
 * Key of a word: its 32-bit FNV-1a hash (`key >>> 0` gives it back, for
 * shingles) plus 21 bits of a second multiplicative hash above it (< 2^53,
 * exact in a double).
 */
export function wordKey(s: string): number {
  let h = 0x811c9dc5;
  let g = 0x2545f491;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    h ^= c;
    h = Math.imul(h, 0x01000193);
    g = Math.imul(g ^ c, 0x5bd1e995);
    g ^= g >>> 15;
  }
  return (h >>> 0) + (g >>> 11) * TWO_32;
}

/** Whether each ASCII code is a letter or digit. */
const ASCII_WORD = Uint8Array.from({ length: 128 }, (_, c) => Number(WORD_CHAR.test(String.fromCharCode(c))));
/** Letter-or-digit answers for the non-ASCII code points met so far. */
const wide = new Map<number, boolean>();

/** Whether code point `cp` is a letter or a digit (`\p{L}` or `\p{N}`). */
export function isWordCodePoint(cp: number): boolean {
  if (cp < 128) return ASCII_WORD[cp] === 1;
  let yes = wide.get(cp);
  if (yes === undefined) {
    // A lone surrogate is no letter; String.fromCodePoint gives it as one unit.
    yes = WORD_CHAR.test(String.fromCodePoint(cp));
    wide.set(cp, yes);
  }
  return yes;
}

/**
 * Append the key of every word of `text` to `out`: one scan of the lower-cased
 * text by code point, hashing each word's UTF-16 units as it goes, so the keys
 * equal `wordTokens(text).map(wordKey)` with no token strings built.
 */
export function pushWordKeys(text: string, out: number[]): void {
  const s = text.toLowerCase();
  const n = s.length;
  let h = 0;
  let g = 0;
  let inWord = false;
  for (let i = 0; i < n; ) {
    const c = s.charCodeAt(i);
    let cp = c;
    let width = 1;
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < n) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        cp = (c - 0xd800) * 0x400 + (d - 0xdc00) + 0x10000;
        width = 2;
      }
    }
    if (isWordCodePoint(cp)) {
      if (!inWord) {
        h = 0x811c9dc5;
        g = 0x2545f491;
        inWord = true;
      }
      for (let k = i; k < i + width; k++) {
        const u = s.charCodeAt(k);
        h ^= u;
        h = Math.imul(h, 0x01000193);
        g = Math.imul(g ^ u, 0x5bd1e995);
        g ^= g >>> 15;
      }
    } else if (inWord) {
      out.push((h >>> 0) + (g >>> 11) * TWO_32);
      inWord = false;
    }
    i += width;
  }
  if (inWord) out.push((h >>> 0) + (g >>> 11) * TWO_32);
}
