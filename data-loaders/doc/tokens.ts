/**
 * A fast tokenizer: words (with inner apostrophes and hyphens), numbers
 * (with thousands separators and decimals), and single punctuation or symbol
 * characters. Tokens never cross sentence boundaries.
 *
 * The definition is the regex `TOKEN` below. Tokens made only of ASCII
 * characters (most of English news text) are read by a hand-written character
 * scan that gives the same result; any token that touches a non-ASCII
 * character is read by the regex itself, so Unicode letters, marks, digits and
 * spaces keep exactly the regex's meaning.
 */
import type { Sentence, Token, TokenKind } from './doc.ts';

const TOKEN = /(\p{N}+(?:[.,]\p{N}+)*)|([\p{L}\p{M}]+(?:['\u2019\-][\p{L}\p{M}]+)*)|(\S)/gu;
const PUNCT = /\p{P}/u;

/** What an ASCII character is to the tokenizer (computed from the regexes, so the two cannot disagree). */
const enum Ascii {
  Space,
  Digit,
  Letter,
  Punct,
  Symbol,
}
const ASCII_CLASS: Ascii[] = [];
for (let c = 0; c < 128; c++) {
  const ch = String.fromCharCode(c);
  ASCII_CLASS.push(/\s/.test(ch) ? Ascii.Space : /\p{N}/u.test(ch) ? Ascii.Digit : /\p{L}/u.test(ch) ? Ascii.Letter : PUNCT.test(ch) ? Ascii.Punct : Ascii.Symbol);
}

/** Class of the character at `i`: its ASCII class, -1 past the end, -2 for a non-ASCII character. */
function classAt(text: string, i: number): number {
  if (i >= text.length) return -1;
  const c = text.charCodeAt(i);
  return c < 128 ? ASCII_CLASS[c] : -2;
}

/**
 * End of the all-ASCII token of class `cls` (Digit or Letter) starting at `p`,
 * or -1 when a non-ASCII character could belong to it (then the regex decides).
 */
function asciiRunEnd(text: string, p: number, cls: Ascii): number {
  let q = p;
  for (;;) {
    let k = classAt(text, q);
    while (k === cls) k = classAt(text, ++q);
    if (k === -2) return -1;
    // a joiner: "." or "," inside numbers; "'" or "-" inside words
    const c = text.charCodeAt(q);
    const joins = cls === Ascii.Digit ? c === 46 || c === 44 : c === 39 || c === 45;
    if (!joins) return q;
    const after = classAt(text, q + 1);
    if (after === -2) return -1;
    if (after !== cls) return q;
    q++;
  }
}

export function tokenize(text: string, sentences: Sentence[]): Token[] {
  const tokens: Token[] = [];
  const n = text.length;
  for (const s of sentences) {
    let p = s.start;
    while (p < n) {
      const cls = classAt(text, p);
      if (cls === Ascii.Space) {
        p++;
        continue;
      }
      let start = p;
      let tokenEnd = -1;
      let kind: TokenKind = 'symbol';
      if (cls === Ascii.Digit || cls === Ascii.Letter) {
        tokenEnd = asciiRunEnd(text, p, cls);
        kind = cls === Ascii.Digit ? 'number' : 'word';
      } else if (cls === Ascii.Punct || cls === Ascii.Symbol) {
        tokenEnd = p + 1;
        kind = cls === Ascii.Punct ? 'punct' : 'symbol';
      }
      if (tokenEnd < 0) {
        // a non-ASCII character: the regex reads the token (skipping any Unicode space first)
        TOKEN.lastIndex = p;
        const m = TOKEN.exec(text);
        if (m === null) break;
        start = m.index;
        tokenEnd = start + m[0].length;
        kind = m[1] ? 'number' : m[2] ? 'word' : PUNCT.test(m[0]) ? 'punct' : 'symbol';
      }
      if (start >= s.end) break;
      const end = Math.min(tokenEnd, s.end);
      tokens.push({ start, end, text: text.slice(start, end), kind, sentence: s.index });
      p = tokenEnd;
    }
  }
  return tokens;
}
