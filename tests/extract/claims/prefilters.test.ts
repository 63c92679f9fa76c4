import { describe, expect, it } from 'vitest';
import { makeDoc } from '../../../data-loaders/doc/make.ts';
import { anyWordWithin, foldText, holdsAny, requiredFoldedWords, requiredWords } from '../../../data-loaders/extract/claims/literal-hits.ts';
import { classes, firstTokenAt, foldedSentence, lowerCase, sentenceWords, WordClass } from '../../../data-loaders/extract/claims/sentence-words.ts';
import { bySentence } from '../../../data-loaders/extract/claims/by-sentence.ts';
import { isJsSpace, tailAfterRuns } from '../../../data-loaders/extract/claims/text-tail.ts';
import { claimsLexicon } from '../../../data-loaders/extract/claims/lexicon.ts';
import { getKnowledge } from '../../../data-loaders/knowledge/index.ts';

/**
 * The claims stage's prefilters and per-sentence views must never change
 * what the rules find: a prefilter may let through a text that does not
 * match, never skip one that does.
 */
describe('literal prefilters (literal-hits.ts)', () => {
  it('keeps the longest word of each alternative, and drops a word holding another', () => {
    expect(requiredWords(['The Canadian Press', 'AP', 'APTN', 'Associated Press'])).toEqual(['Canadian', 'AP', 'Associated']);
  });

  it('finds a word only when it lies entirely inside the range', () => {
    const doc = makeDoc('Officials told Reuters the toll was 40. Nobody else did.');
    const words = requiredWords(['Reuters']);
    const at = doc.text.indexOf('Reuters');
    expect(anyWordWithin(doc, words, 0, doc.text.length)).toBe(true);
    expect(anyWordWithin(doc, words, at, at + 'Reuters'.length)).toBe(true);
    expect(anyWordWithin(doc, words, at + 1, doc.text.length)).toBe(false);
    expect(anyWordWithin(doc, words, 0, at + 'Reuters'.length - 1)).toBe(false);
    expect(anyWordWithin(doc, words, doc.sentences[1].start, doc.sentences[1].end)).toBe(false);
  });

  it('gives no prefilter for a case-insensitive word that is not plain ASCII', () => {
    expect(requiredFoldedWords(['According to', 'citing'])).toEqual(['according', 'citing']);
    expect(requiredFoldedWords(['selon', 'según'])).toBeNull();
    expect(holdsAny('anything', null)).toBe(true);
  });

  it('folds every character a case-insensitive pattern matches as an ASCII letter to that letter', () => {
    const letter = /[a-z]/iu;
    for (let cp = 0; cp <= 0x10ffff; cp++) {
      if (cp >= 0xd800 && cp <= 0xdfff) continue;
      const ch = String.fromCodePoint(cp);
      if (!letter.test(ch)) continue;
      const folded = foldText(ch);
      expect(folded).toMatch(/^[a-z]$/);
      expect(new RegExp(`^${folded}$`, 'iu').test(ch)).toBe(true);
    }
  });

  it('folds long s and the Kelvin sign in running text', () => {
    expect(foldText('Aſ QUOTED by \u212Aremlin')).toBe('as quoted by kremlin');
  });
});

describe('per-sentence token views (sentence-words.ts)', () => {
  it('lower-cases exactly as toLowerCase does', () => {
    for (const w of ['said', 'Said', 'SAID', 'iPhone', 'Ünal', 'İstanbul', '\u212Aelvin', 'ΟΔΟΣ', 'x', '1,200', '’s']) expect(lowerCase(w)).toBe(w.toLowerCase());
  });

  it('caches tokens and lower-case texts per sentence', () => {
    const doc = makeDoc('The Ministry said 40 people died. Officials at the port said 12 more were missing.');
    const words = sentenceWords(doc, 1);
    expect(words.tokens).toEqual(doc.sentenceTokens(1));
    expect(words.lower).toEqual(doc.sentenceTokens(1).map((t) => t.text.toLowerCase()));
    expect(sentenceWords(doc, 1)).toBe(words);
    expect(foldedSentence(doc, 0)).toBe('the ministry said 40 people died.');
  });

  it('marks word classes per token, possessives aside', () => {
    const kb = getKnowledge();
    const lex = claimsLexicon(kb);
    const doc = makeDoc("The ministry's figures show a person familiar with the plan was polled by Reuters.");
    const words = sentenceWords(doc, 0);
    const bits = classes(words, lex);
    const at = (w: string) => bits[words.tokens.findIndex((t) => t.text === w)];
    expect(at("ministry's") & WordClass.group).toBeTruthy();
    expect(at('figures') & WordClass.statement).toBeTruthy();
    expect(at('person') & WordClass.head).toBeTruthy();
    expect(at('The') & WordClass.cap).toBeTruthy();
    expect(at('Reuters') & WordClass.cap).toBeTruthy();
    expect(at('by') & WordClass.by).toBeTruthy();
    expect(at('show')).toBe(0);
    expect(classes(words, lex)).toBe(bits);
  });

  it('finds the first token at or after an offset', () => {
    const doc = makeDoc('One two three.');
    const tokens = sentenceWords(doc, 0).tokens;
    expect(firstTokenAt(tokens, 0)).toBe(0);
    expect(firstTokenAt(tokens, 1)).toBe(1);
    expect(firstTokenAt(tokens, 4)).toBe(1);
    expect(firstTokenAt(tokens, 100)).toBe(tokens.length);
  });
});

describe('bySentence', () => {
  it('groups items by sentence in text order, stable for equal starts', () => {
    const doc = makeDoc('First one here. Second one here.');
    const a = { sentence: 1, start: 20, id: 'a' };
    const b = { sentence: 1, start: 16, id: 'b' };
    const c = { sentence: 1, start: 16, id: 'c' };
    const d = { sentence: 0, start: 0, id: 'd' };
    const groups = bySentence(doc, [a, b, c, d]);
    expect(groups.map((g) => g.map((x) => x.id))).toEqual([['d'], ['b', 'c', 'a']]);
  });
});

describe('tails for end-anchored patterns (text-tail.ts)', () => {
  it('knows white space as /\\s/ does', () => {
    for (let c = 0; c <= 0xffff; c++) expect(isJsSpace(c)).toBe(/\s/.test(String.fromCharCode(c)));
  });

  it('cuts after the (runs + 1)-th run of white space from the end', () => {
    expect(tailAfterRuns('one two  three four ', 2)).toBe('three four ');
    expect(tailAfterRuns('a b', 2)).toBe('a b');
    expect(tailAfterRuns('x\u00a0\u00a0y z ', 1)).toBe('z ');
  });

  it('gives an end-anchored pattern the same match on the tail', () => {
    const re = /(\p{L}+)\s+(?:(?:the|a|an|its|their|some)\s+)?$/u;
    for (const t of ['it killed the ', 'co-op the ', 'by 5 the ', 'x  a  b ', 'rose\tsome ', 'été tué ', 'said an the ', 'no space']) {
      expect(re.exec(tailAfterRuns(t, 2))?.[1]).toBe(re.exec(t)?.[1]);
    }
  });
});
