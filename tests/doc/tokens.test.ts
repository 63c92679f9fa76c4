import { describe, expect, it } from 'vitest';
import type { Sentence, Token, TokenKind } from '../../data-loaders/doc/doc.ts';
import { tokenize } from '../../data-loaders/doc/tokens.ts';

/** The tokenizer's definition: one regex over the whole text (the ASCII fast path must agree with it). */
function byRegex(text: string, sentences: Sentence[]): Token[] {
  const re = /(\p{N}+(?:[.,]\p{N}+)*)|([\p{L}\p{M}]+(?:['\u2019\-][\p{L}\p{M}]+)*)|(\S)/gu;
  const out: Token[] = [];
  for (const s of sentences) {
    re.lastIndex = s.start;
    let m: RegExpExecArray | null;
    while ((m = re.exec(text)) !== null && m.index < s.end) {
      const end = Math.min(m.index + m[0].length, s.end);
      const kind: TokenKind = m[1] ? 'number' : m[2] ? 'word' : /\p{P}/u.test(m[0]) ? 'punct' : 'symbol';
      out.push({ start: m.index, end, text: text.slice(m.index, end), kind, sentence: s.index });
    }
  }
  return out;
}

const whole = (text: string, cuts: number[] = []): Sentence[] => {
  const bounds = [0, ...cuts, text.length];
  return bounds.slice(1).map((e, i) => ({ start: bounds[i], end: e, text: text.slice(bounds[i], e), index: i, paragraph: 0, caption: false }));
};

describe('tokenize', () => {
  it('reads words, numbers and punctuation', () => {
    const text = "Russia's troops took 1,250.5 km² — at 10:30, they said (U.S. e-mail) $5+x.";
    expect(tokenize(text, whole(text))).toEqual(byRegex(text, whole(text)));
    expect(tokenize(text, whole(text)).slice(0, 4).map((t) => [t.text, t.kind])).toEqual([
      ["Russia's", 'word'],
      ['troops', 'word'],
      ['took', 'word'],
      ['1,250.5', 'number'],
    ]);
  });

  it('agrees with the regex on non-ASCII letters, digits, spaces and joiners', () => {
    const cases = [
      'Zelenskyy’s café in Kyïv; naïve co-operation',
      'l’école d’été 12٫5 ٣٤ ¾ 2² x\u00a0y\u2003z \u3000end',
      "rock'n'roll -- it's 3.x, 4., ,5 a-b- -c 'q' don\u2019t",
      'emoji 😀 and 𝐀𝐁 math letters, e\u0301 combining',
      'A1b2 12ab ab12 x-1 1-x 1.2.3 1,2,3 ..1 1..2',
      '\tcontrol\u0001chars\u007f and ~^`|<>=',
    ];
    for (const text of cases) expect(tokenize(text, whole(text))).toEqual(byRegex(text, whole(text)));
  });

  it('cuts a token at a sentence end and starts the next sentence where it starts', () => {
    const text = 'abcdef 12345 ghi’jkl more words';
    for (let cut = 1; cut < text.length; cut++) {
      const s = whole(text, [cut]);
      expect(tokenize(text, s)).toEqual(byRegex(text, s));
    }
  });

  it('agrees with the regex on random text', () => {
    const alphabet = ['a', 'Z', '7', '.', ',', "'", '-', ' ', '\u2019', 'é', '٣', '\u00a0', '“', '$', '\n', '😀', 'e\u0301'];
    let seed = 42;
    const rand = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
    for (let n = 0; n < 300; n++) {
      let text = '';
      for (let k = 0; k < 40; k++) text += alphabet[Math.floor(rand() * alphabet.length)];
      const s = whole(text, [Math.floor(text.length / 3), Math.floor((2 * text.length) / 3)]);
      expect(tokenize(text, s)).toEqual(byRegex(text, s));
    }
  });
});
