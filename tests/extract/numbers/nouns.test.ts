import { describe, expect, it } from 'vitest';
import { numberLexicon } from '../../../data-loaders/extract/numbers/lexicon.ts';
import { countedNounAfter, looksPlural, singular } from '../../../data-loaders/extract/numbers/nouns.ts';
import { getKnowledge } from '../../../data-loaders/knowledge/index.ts';

const lex = numberLexicon(getKnowledge());
const after = (text: string, opts = {}) => countedNounAfter(text, text.indexOf(' '), text.length, lex, opts);

describe('singular', () => {
  it('singularises regular and irregular plurals', () => {
    expect(singular('ferries', lex)).toBe('ferry');
    expect(singular('churches', lex)).toBe('church');
    expect(singular('tanks', lex)).toBe('tank');
    expect(singular('children', lex)).toBe('child');
    expect(singular('census', lex)).toBe('census');
  });
  it('knows plural-looking words', () => {
    expect(looksPlural('voters', lex)).toBe(true);
    expect(looksPlural('people', lex)).toBe(true);
    expect(looksPlural('crisis', lex)).toBe(false);
  });
});

describe('countedNounAfter', () => {
  it('skips nationality adjectives and modifiers to the head noun', () => {
    expect(after('90 Sudanese refugees crossed')).toMatchObject({ text: 'refugees', unit: 'refugee' });
    expect(after('6 more hostages were freed')).toMatchObject({ text: 'hostages', unit: 'hostage' });
    expect(after('12 armed men fled')).toMatchObject({ unit: 'man' });
  });
  it('stops at a verb or function word', () => {
    expect(after('40 lorries carrying grain')?.text).toBe('lorries');
    expect(after('40 of them')).toBeNull();
    expect(after('40 were hurt')).toBeNull();
  });
  it('crosses "of" only when asked', () => {
    expect(after('thousands of pilgrims', { allowOf: true })?.unit).toBe('pilgrim');
    expect(after('thousands of pilgrims')).toBeNull();
  });
  it('reads a singular head for one and for ordinals', () => {
    expect(after('1 journalist died', { singularHead: true })?.unit).toBe('journalist');
    expect(after('9th summit opened', { singularHead: true })?.unit).toBe('summit');
  });
});
