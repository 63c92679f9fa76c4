import { describe, expect, it } from 'vitest';
import { makeDoc } from '../../data-loaders/doc/make.ts';

describe('sentence splitting', () => {
  it('splits on full stops followed by a capital', () => {
    const doc = makeDoc('The flood reached the town. Residents fled at dawn.');
    expect(doc.sentences.map((s) => s.text)).toEqual(['The flood reached the town.', 'Residents fled at dawn.']);
  });

  it('keeps abbreviations, initials and decimals inside a sentence', () => {
    const doc = makeDoc('Gen. Mark Milley met Dr. Jane K. Doe in the U.S. capital. Growth was 1.5 percent.');
    expect(doc.sentences.map((s) => s.text)).toEqual([
      'Gen. Mark Milley met Dr. Jane K. Doe in the U.S. capital.',
      'Growth was 1.5 percent.',
    ]);
  });

  it('keeps closing quotes with the sentence they end', () => {
    const doc = makeDoc('“We will rebuild.” The mayor spoke on Friday.');
    expect(doc.sentences.map((s) => s.text)).toEqual(['“We will rebuild.”', 'The mayor spoke on Friday.']);
  });

  it('never lets a sentence cross a paragraph and keeps offsets exact', () => {
    const text = 'First paragraph without stop\nSecond one. Third!';
    const doc = makeDoc(text);
    expect(doc.sentences.map((s) => [s.paragraph, s.text])).toEqual([
      [0, 'First paragraph without stop'],
      [1, 'Second one.'],
      [1, 'Third!'],
    ]);
    for (const s of doc.sentences) expect(text.slice(s.start, s.end)).toBe(s.text);
    for (const t of doc.tokens) expect(text.slice(t.start, t.end)).toBe(t.text);
  });

  it('tokenizes numbers with separators as one token', () => {
    const doc = makeDoc('About 62,400 people and 1.5 billion dollars.');
    expect(doc.tokens.filter((t) => t.kind === 'number').map((t) => t.text)).toEqual(['62,400', '1.5']);
    expect(doc.sentenceTokens(0).length).toBe(doc.tokens.length);
  });
});
