/**
 * A fast regex tokenizer: words (with inner apostrophes and hyphens), numbers
 * (with thousands separators and decimals), and single punctuation or symbol
 * characters. Tokens never cross sentence boundaries.
 */
import type { Sentence, Token, TokenKind } from './doc.ts';

const TOKEN = /(\p{N}+(?:[.,]\p{N}+)*)|([\p{L}\p{M}]+(?:['\u2019\-][\p{L}\p{M}]+)*)|(\S)/gu;

export function tokenize(text: string, sentences: Sentence[]): Token[] {
  const tokens: Token[] = [];
  for (const s of sentences) {
    TOKEN.lastIndex = s.start;
    let m: RegExpExecArray | null;
    while ((m = TOKEN.exec(text)) !== null && m.index < s.end) {
      const end = Math.min(m.index + m[0].length, s.end);
      const kind: TokenKind = m[1] ? 'number' : m[2] ? 'word' : /\p{P}/u.test(m[0]) ? 'punct' : 'symbol';
      tokens.push({ start: m.index, end, text: text.slice(m.index, end), kind, sentence: s.index });
    }
  }
  return tokens;
}
