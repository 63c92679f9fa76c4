import { describe, expect, it } from 'vitest';
import { PhraseTrie, TrieFamily } from '../../../data-loaders/extract/actors/trie.ts';
import { phraseKeys, wordsIn } from '../../../data-loaders/extract/actors/words.ts';

const words = (text: string) => wordsIn(text, 0, text.length);
const trie = (...phrases: string[]) => {
  const t = new PhraseTrie<string>();
  for (const p of phrases) t.add(phraseKeys(p).keys, p);
  return t;
};

describe('PhraseTrie', () => {
  it('matches phrases at a word, longest first', () => {
    const t = trie('european union', 'european', 'union');
    const ws = words('The European Union said');
    expect(t.match(ws, 1).map((m) => [m.end, m.value])).toEqual([
      [3, 'european union'],
      [2, 'european'],
    ]);
    expect(t.match(ws, 0)).toEqual([]);
    expect(t.starts(ws[1])).toBe(true);
    expect(t.starts(ws[3])).toBe(false);
  });

  it('lets a possessive end a phrase written without it', () => {
    const t = trie('russia');
    const ws = words('Russia’s army');
    expect(t.starts(ws[0])).toBe(true);
    expect(t.match(ws, 0).map((m) => m.end)).toEqual([1]);
  });

  it('sees a trie built after a word was first asked about', () => {
    const ws = words('Tarvel Nova spoke');
    const a = trie('ostmark');
    expect(a.starts(ws[0])).toBe(false);
    const b = trie('tarvel nova');
    expect(b.starts(ws[0])).toBe(true);
    expect(b.match(ws, 0).map((m) => m.value)).toEqual(['tarvel nova']);
    // a phrase added to an existing trie counts too
    a.add(phraseKeys('spoke').keys, 'spoke');
    expect(a.starts(ws[2])).toBe(true);
  });

  it('lists the words its phrases start with', () => {
    expect([...trie('european union', 'european', 'union', "russia's army").firstKeys()].sort()).toEqual(['european', "russia's", 'union']);
  });

  it('keeps many tries apart', () => {
    const many = Array.from({ length: 40 }, (_, k) => trie(`word${k}`));
    const ws = words('word7 word39');
    many.forEach((t, k) => {
      expect(t.starts(ws[0])).toBe(k === 7);
      expect(t.starts(ws[1])).toBe(k === 39);
    });
  });
});

describe('TrieFamily (memo slots of one lexicon)', () => {
  it('keeps the memoised matches of tries of different families apart on the same words', () => {
    const a = new TrieFamily();
    const b = new TrieFamily();
    // the first trie of each family has the same slot
    const ta = new PhraseTrie<string>(a);
    const tb = new PhraseTrie<string>(b);
    ta.add(phraseKeys('european union').keys, 'EU');
    tb.add(phraseKeys('european').keys, 'European');
    const ws = words('The European Union said');
    expect(ta.match(ws, 1).map((m) => m.value)).toEqual(['EU']);
    expect(tb.match(ws, 1).map((m) => m.value)).toEqual(['European']);
    expect(ta.match(ws, 1).map((m) => m.value)).toEqual(['EU']);
  });

  it('memoises the matches of each trie of a family in its own slot', () => {
    const fam = new TrieFamily();
    const t1 = new PhraseTrie<string>(fam);
    const t2 = new PhraseTrie<string>(fam);
    t1.add(phraseKeys('european union').keys, 'EU');
    t2.add(phraseKeys('european').keys, 'European');
    const ws = words('The European Union said');
    const first = t1.match(ws, 1);
    expect(t2.match(ws, 1).map((m) => m.value)).toEqual(['European']);
    // asked again, a trie returns its memoised array
    expect(t1.match(ws, 1)).toBe(first);
    expect(ws[1].memo?.[0]).toBe(fam);
  });
});
